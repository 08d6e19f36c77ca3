import { NextResponse } from 'next/server';
import { searchOrganisationsAndNearDuplicates } from '@/db/organisations';
import { defineRoute } from '@/server/route';

/** The organisation picker of a new counterpart: names containing the query, then likely misspellings of one. */
export const GET = defineRoute('contact:view', (request) => {
  const query = new URL(request.url).searchParams.get('q')?.slice(0, 100) ?? '';
  return NextResponse.json({ organisations: searchOrganisationsAndNearDuplicates({ query }) });
});
