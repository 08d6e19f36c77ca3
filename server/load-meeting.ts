import 'server-only';
import { cache } from 'react';
import { getMeeting } from '../db/meetings';
import type { Viewer } from '../lib/policy';
import { loadOr404 } from './load-or-404';

/** The meeting of the URL if the viewer may see it; a 404 otherwise, the same as a missing one. Read once per request (title and page). */
export const loadMeeting = cache((viewer: Viewer, rawId: string) => loadOr404(rawId, (id) => getMeeting({ viewer, id })));
