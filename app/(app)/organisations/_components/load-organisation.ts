import 'server-only';
import { cache } from 'react';
import { getOrganisation } from '@/db/organisations';
import { loadOr404 } from '@/server/load-or-404';

/** The organisation of the URL, or the 404 page; read once per request (title and page). */
export const loadOrganisation = cache((rawId: string) => loadOr404(rawId, (id) => getOrganisation({ id })));
