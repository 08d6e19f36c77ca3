import { exportMeetings, type MeetingExportRow } from '@/db/meetings';
import { missionToday } from '@/db/settings';
import type { CsvColumn } from '@/lib/csv';
import { meetingKindLabels } from '@/lib/meetings';
import { parseMeetingFilters } from '@/lib/schemas/meetings';
import { csvDownload } from '@/server/downloads';
import { defineRoute } from '@/server/route';

const columns: CsvColumn<MeetingExportRow>[] = [
  { header: 'Date', value: (row) => row.startDate },
  { header: 'End date', value: (row) => row.endDate },
  { header: 'Title', value: (row) => row.title },
  { header: 'Kind', value: (row) => meetingKindLabels[row.kind] },
  { header: 'Places', value: (row) => row.places },
  { header: 'Partner countries', value: (row) => row.countries },
  { header: 'Counterparts', value: (row) => row.counterparts },
  { header: 'Our attendees', value: (row) => row.attendees },
  { header: 'Agreed areas', value: (row) => row.agreedAreas },
  { header: 'Discussed areas', value: (row) => row.discussedAreas },
  { header: 'Confidentiality', value: (row) => row.confidentiality },
  { header: 'Summary', value: (row) => row.summary },
  { header: 'Outcome', value: (row) => row.outcome },
];

/** The filtered meetings list as CSV: the same filters and the same visibility rule as the page, read in batches (server/downloads.ts). */
export const GET = defineRoute('meeting:export', (request, { viewer }) => {
  const { filters } = parseMeetingFilters(Object.fromEntries(new URL(request.url).searchParams));
  return csvDownload({
    filename: `meetings-${missionToday()}.csv`,
    columns,
    read: (db) => exportMeetings({ viewer, filters, db }),
  });
});
