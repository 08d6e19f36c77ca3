import { NextResponse } from 'next/server';
import { searchOrganisations } from '@/db/organisations';
import { defineRoute } from '@/server/route';

export const GET = defineRoute('contact:view', (request) => {
  const query = new URL(request.url).searchParams.get('q')?.slice(0, 100) ?? '';
  return NextResponse.json({ organisations: searchOrganisations({ query }) });
});
