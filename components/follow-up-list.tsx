import { getTranslations } from 'next-intl/server';
import type { CommitmentSide, FollowUpStatus } from '@/lib/follow-ups';
import { ownerLabel } from '@/lib/posts';
import { getFormat } from '@/server/format';
import { type ChangeStatus, FollowUpListView } from './follow-up-list-view';

export type FollowUpRow = {
  id: number;
  title: string;
  countryCode: string;
  committedBy: CommitmentSide;
  ownerName: string | null;
  /** The post that keeps it, named with its holder (lib/posts.ts ownerLabel) in the reader's language. */
  ownerPostTitle: string | null;
  dueDate: string | null;
  status: FollowUpStatus;
  meetingId: number | null;
  /** Null for a deleted meeting. */
  meetingTitle: string | null;
  version: number;
  /** Whether this viewer may change it: decided on the server from the one policy. */
  canUpdate: boolean;
};

/**
 * Follow-ups with a quick status change (FollowUpListView). Each row's line (due date, country,
 * side, owner, meeting) is worded here, in the reader's language, so the browser only draws it.
 */
export async function FollowUpList({ rows, changeStatus, today, empty }: { rows: FollowUpRow[]; changeStatus: ChangeStatus; today: string; empty: string }) {
  const t = await getTranslations('common.followUpList');
  const f = await getFormat();
  const shown = rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    version: row.version,
    canUpdate: row.canUpdate,
    pastDue: row.dueDate !== null && row.dueDate < today,
    // One text node rather than six: fewer nodes for the server to render and the browser to hydrate.
    details: [
      row.dueDate ? t('due', { date: f.dateRange(row.dueDate) }) : t('noDueDate'),
      f.country(row.countryCode),
      f.side[row.committedBy],
      ownerLabel(row, f.post) ?? t('noOwner'),
      row.meetingTitle ? t('fromMeeting', { title: row.meetingTitle }) : row.meetingId !== null && t('fromDeleted'),
    ]
      .filter(Boolean)
      .join(' · '),
  }));
  return (
    <FollowUpListView
      rows={shown}
      changeStatus={changeStatus}
      empty={empty}
      labels={{
        list: t('label'),
        overdue: t('overdue'),
        statusOf: t.raw('statusOf'),
        saved: t.raw('saved'),
        notSaved: t.raw('notSaved'),
        unreachable: t('unreachable'),
        status: f.status,
      }}
    />
  );
}
