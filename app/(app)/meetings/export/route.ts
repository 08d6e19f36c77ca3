import { getTranslations } from 'next-intl/server';
import { exportMeetings, type MeetingExportRow } from '@/db/meetings';
import { missionToday } from '@/db/settings';
import { countryChoices } from '@/lib/countries';
import type { CsvColumn } from '@/lib/csv';
import { parseMeetingFilters } from '@/lib/schemas/meetings';
import { csvDownload } from '@/server/downloads';
import { type Format, getFormat } from '@/server/format';
import { defineRoute } from '@/server/route';

type Translate = Awaited<ReturnType<typeof getTranslations<'csv.meetings'>>>;

// exportMeetings names the partner countries in English ("Belgium; Luxembourg"): back to their codes, to name them in the reader's language.
const codeOfEnglishName = new Map(countryChoices('en').map((country) => [country.name, country.code]));
const countriesIn = (f: Format, names: string) =>
  names
    .split('; ')
    .filter(Boolean)
    .map((name) => {
      const code = codeOfEnglishName.get(name);
      return code ? f.country(code) : name;
    })
    .join('; ');

const columnsIn = (t: Translate, f: Format): CsvColumn<MeetingExportRow>[] => [
  { header: t('date'), value: (row) => row.startDate },
  { header: t('endDate'), value: (row) => row.endDate },
  { header: t('title'), value: (row) => row.title },
  { header: t('kind'), value: (row) => f.meetingKind[row.kind] },
  { header: t('places'), value: (row) => row.places },
  { header: t('countries'), value: (row) => countriesIn(f, row.countries) },
  { header: t('counterparts'), value: (row) => row.counterparts },
  { header: t('attendees'), value: (row) => row.attendees },
  { header: t('agreedAreas'), value: (row) => row.agreedAreas.map((name) => f.area(name)).join('; ') },
  { header: t('discussedAreas'), value: (row) => row.discussedAreas.map((name) => f.area(name)).join('; ') },
  { header: t('confidentiality'), value: (row) => t(row.confidentiality) },
  { header: t('summary'), value: (row) => row.summary },
  { header: t('outcome'), value: (row) => row.outcome },
];

/** The filtered meetings list as CSV: the same filters and the same visibility rule as the page, read in batches (server/downloads.ts). */
export const GET = defineRoute('meeting:export', async (request, { viewer }) => {
  const { filters } = parseMeetingFilters(Object.fromEntries(new URL(request.url).searchParams));
  const [t, f] = await Promise.all([getTranslations('csv.meetings'), getFormat()]);
  return csvDownload({
    filename: t('filename', { date: missionToday() }),
    columns: columnsIn(t, f),
    read: (db) => exportMeetings({ viewer, filters, db }),
  });
});
