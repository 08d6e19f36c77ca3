import 'server-only';
import { ownablePosts } from '@/db/posts';
import { listActiveColleagues } from '@/db/users';
import type { Viewer } from '@/lib/policy';
import { cache } from 'react';
import { getContact } from '@/db/contacts';
import { listOrganisations } from '@/db/organisations';
import { countriesByName } from '@/lib/countries';
import { loadOr404 } from '@/server/load-or-404';

/** The contact of the URL, or the 404 page; read once per request (title and page). */
export const loadContact = cache((rawId: string) => loadOr404(rawId, (id) => getContact({ id })));

export function contactFormOptions(viewer: Viewer) {
  return {
    countries: countriesByName,
    organisations: listOrganisations({ limit: 2000 }).rows,
    colleagues: listActiveColleagues(),
    posts: ownablePosts({ viewer }),
  };
}
