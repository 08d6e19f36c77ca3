import { NextResponse } from 'next/server';
import { searchContacts } from '@/db/contacts';
import { defineRoute } from '@/server/route';

/**
 * Look-up as you type for the counterpart picker and the duplicate warning. `several=1` (the
 * picker) lets the words name different people; without it every word must match (the warning).
 */
export const GET = defineRoute('contact:view', (request) => {
  const params = new URL(request.url).searchParams;
  const query = params.get('q')?.slice(0, 100) ?? '';
  const contacts = searchContacts({ query, several: params.get('several') === '1' }).map(({ id, name, title, organisationName, alternativeNames }) => ({
    id,
    name,
    title,
    organisationName,
    alternativeNames,
  }));
  return NextResponse.json({ contacts });
});
