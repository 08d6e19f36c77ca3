import 'server-only';
import { notFound } from 'next/navigation';
import { getContact } from '@/db/contacts';
import { listOrganisations } from '@/db/organisations';
import { countriesByName } from '@/lib/countries';
import { NotFound } from '@/lib/errors';
import { recordId } from '@/lib/schemas/common';

export function loadContact(rawId: string) {
  const id = recordId.safeParse(rawId);
  if (!id.success) notFound();
  try {
    return getContact({ id: id.data });
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
}

export function contactFormOptions() {
  return { countries: countriesByName, organisations: listOrganisations({ limit: 2000 }).rows };
}
