import 'server-only';
import { getContact } from '@/db/contacts';
import { listOrganisations } from '@/db/organisations';
import { countriesByName } from '@/lib/countries';
import { loadOr404 } from '@/server/load-or-404';

export function loadContact(rawId: string) {
  return loadOr404(rawId, (id) => getContact({ id }));
}

export function contactFormOptions() {
  return { countries: countriesByName, organisations: listOrganisations({ limit: 2000 }).rows };
}
