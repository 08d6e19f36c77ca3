import 'server-only';
import { getOrganisation } from '@/db/organisations';
import { loadOr404 } from '@/server/load-or-404';

export function loadOrganisation(rawId: string) {
  return loadOr404(rawId, (id) => getOrganisation({ id }));
}
