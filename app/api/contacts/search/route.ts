import { NextResponse } from 'next/server';
import { searchContacts } from '@/db/contacts';
import { defineRoute } from '@/server/route';

/** Look-up as you type for the counterpart picker and the duplicate warning. */
export const GET = defineRoute('contact:view', (request) => {
  const query = new URL(request.url).searchParams.get('q')?.slice(0, 100) ?? '';
  const contacts = searchContacts({ query }).map(({ id, name, title, organisationName, alternativeNames }) => ({
    id,
    name,
    title,
    organisationName,
    alternativeNames,
  }));
  return NextResponse.json({ contacts });
});
