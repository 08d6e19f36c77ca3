import 'server-only';
import { type FollowUpListItem, isOwnFollowUp } from '@/db/follow-ups';
import type { Viewer } from '@/lib/policy';
import type { FollowUpRow } from '@/components/follow-up-list';
import { canOnRecord } from '@/lib/policy';

/** List rows for the client, each with the viewer's right to change it decided here on the server. */
export function toRows(viewer: Viewer, items: FollowUpListItem[]): FollowUpRow[] {
  return items.map((item) => ({
    id: item.id,
    title: item.title,
    countryCode: item.countryCode,
    committedBy: item.committedBy,
    ownerName: item.ownerName,
    ownerPostTitle: item.ownerPostTitle,
    dueDate: item.dueDate,
    status: item.status,
    meetingId: item.meetingId,
    meetingTitle: item.meetingTitle,
    version: item.version,
    canUpdate: canOnRecord(viewer, 'follow-up:update', isOwnFollowUp(viewer, item)),
  }));
}
