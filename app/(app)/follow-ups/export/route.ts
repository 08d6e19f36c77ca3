import { getTranslations } from 'next-intl/server';
import { exportFollowUps, exportReviewQueue, type FollowUpListItem } from '@/db/follow-ups';
import { missionToday } from '@/db/settings';
import type { CsvColumn } from '@/lib/csv';
import { can } from '@/lib/policy';
import { parseFollowUpFilters } from '@/lib/schemas/follow-ups';
import { csvDownload } from '@/server/downloads';
import { type Format, getFormat } from '@/server/format';
import { defineRoute } from '@/server/route';

type Translate = Awaited<ReturnType<typeof getTranslations<'csv.followUps'>>>;

const columnsIn = (t: Translate, f: Format): CsvColumn<FollowUpListItem>[] => [
  { header: t('title'), value: (row) => row.title },
  { header: t('status'), value: (row) => f.status[row.status] },
  { header: t('dueDate'), value: (row) => row.dueDate },
  { header: t('country'), value: (row) => f.country(row.countryCode) },
  { header: t('committedBy'), value: (row) => f.side[row.committedBy] },
  { header: t('owner'), value: (row) => row.ownerName },
  // A deleted meeting took its title with it; a follow-up from no meeting names none.
  { header: t('meeting'), value: (row) => (row.meetingId === null ? null : (row.meetingTitle ?? t('deletedMeeting'))) },
  { header: t('lastUpdate'), value: (row) => row.updatedAt.toISOString().slice(0, 10) },
];

/** The follow-ups list (or, for managers, the review queue) as CSV, with the same filters and visibility, read in batches (server/downloads.ts). */
export const GET = defineRoute('follow-up:export', async (request, { viewer }) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const filters = parseFollowUpFilters(params);
  const today = missionToday();
  const [t, f] = await Promise.all([getTranslations('csv.followUps'), getFormat()]);
  return csvDownload({
    filename: t('filename', { date: today }),
    columns: columnsIn(t, f),
    read: (db) =>
      params.queue && can(viewer, 'follow-up:review') ? exportReviewQueue({ viewer, today, filters, db }) : exportFollowUps({ viewer, today, filters, db }),
  });
});
