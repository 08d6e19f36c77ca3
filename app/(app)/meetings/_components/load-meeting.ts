import 'server-only';
import { notFound } from 'next/navigation';
import { getMeeting } from '@/db/meetings';
import type { Viewer } from '@/db/viewer';
import { NotFound } from '@/lib/errors';
import { recordId } from '@/lib/schemas/common';

/** The meeting of the URL if the viewer may see it; a 404 otherwise, the same as a missing one. */
export function loadMeeting(viewer: Viewer, rawId: string) {
  const id = recordId.safeParse(rawId);
  if (!id.success) notFound();
  try {
    return getMeeting({ viewer, id: id.data });
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
}
