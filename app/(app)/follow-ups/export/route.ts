import { exportFollowUps, exportReviewQueue, type FollowUpListItem } from '@/db/follow-ups';
import { missionToday } from '@/db/settings';
import { countryName } from '@/lib/countries';
import type { CsvColumn } from '@/lib/csv';
import { commitmentSideLabels, followUpStatusLabels, meetingOfFollowUp } from '@/lib/follow-ups';
import { can } from '@/lib/policy';
import { parseFollowUpFilters } from '@/lib/schemas/follow-ups';
import { csvDownload } from '@/server/downloads';
import { defineRoute } from '@/server/route';

const columns: CsvColumn<FollowUpListItem>[] = [
  { header: 'Title', value: (row) => row.title },
  { header: 'Status', value: (row) => followUpStatusLabels[row.status] },
  { header: 'Due date', value: (row) => row.dueDate },
  { header: 'Partner country', value: (row) => countryName(row.countryCode) },
  { header: 'Committed by', value: (row) => commitmentSideLabels[row.committedBy] },
  { header: 'Owner', value: (row) => row.ownerName },
  { header: 'Meeting', value: meetingOfFollowUp },
  { header: 'Last update', value: (row) => row.updatedAt.toISOString().slice(0, 10) },
];

/** The follow-ups list (or, for managers, the review queue) as CSV, with the same filters and visibility, read in batches (server/downloads.ts). */
export const GET = defineRoute('follow-up:export', (request, { viewer }) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const filters = parseFollowUpFilters(params);
  const today = missionToday();
  return csvDownload({
    filename: `follow-ups-${today}.csv`,
    columns,
    read: (db) =>
      params.queue && can(viewer, 'follow-up:review') ? exportReviewQueue({ viewer, today, filters, db }) : exportFollowUps({ viewer, today, filters, db }),
  });
});
