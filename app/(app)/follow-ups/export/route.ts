import { listFollowUps, reviewQueue } from '@/db/follow-ups';
import { countryName } from '@/lib/countries';
import { toCsv } from '@/lib/csv';
import { commitmentSideLabels, followUpStatusLabels } from '@/lib/meetings';
import { can } from '@/lib/policy';
import { parseFollowUpFilters } from '@/lib/schemas/follow-ups';
import { defineRoute } from '@/server/route';

type Row = ReturnType<typeof listFollowUps>[number];

const columns: { header: string; value: (row: Row) => string | null }[] = [
  { header: 'Title', value: (row) => row.title },
  { header: 'Status', value: (row) => followUpStatusLabels[row.status] },
  { header: 'Due date', value: (row) => row.dueDate },
  { header: 'Partner country', value: (row) => countryName(row.countryCode) },
  { header: 'Committed by', value: (row) => commitmentSideLabels[row.committedBy] },
  { header: 'Owner', value: (row) => row.ownerName },
  { header: 'Meeting', value: (row) => row.meetingTitle },
  { header: 'Last update', value: (row) => row.updatedAt.toISOString().slice(0, 10) },
];

/** The follow-ups list (or, for managers, the review queue) as CSV, with the same filters and visibility. */
export const GET = defineRoute('follow-up:export', (request, { user }) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const filters = parseFollowUpFilters(params);
  const rows =
    params.queue && can(user, 'follow-up:review')
      ? reviewQueue({ viewer: user, today: new Date().toISOString().slice(0, 10), filters })
      : listFollowUps({ viewer: user, filters, limit: 100_000 });
  return new Response(toCsv(columns, rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="follow-ups-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
