import 'server-only';
import { getMeeting } from '@/db/meetings';
import type { Viewer } from '@/db/viewer';
import { loadOr404 } from '@/server/load-or-404';

/** The meeting of the URL if the viewer may see it; a 404 otherwise, the same as a missing one. */
export function loadMeeting(viewer: Viewer, rawId: string) {
  return loadOr404(rawId, (id) => getMeeting({ viewer, id }));
}
