import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { MeetingList } from '@/components/meeting-list';
import { PageHeader } from '@/components/page-header';
import { buttonClass } from '@/components/ui/button-styles';
import { listMeetings, parseCursor } from '@/db/meetings';
import { listCooperationAreas } from '@/db/reference';
import { listActiveColleagues } from '@/db/users';
import { meetingKinds } from '@/lib/meetings';
import { can } from '@/lib/policy';
import { parseMeetingFilters } from '@/lib/schemas/meetings';
import { requirePermission } from '@/server/current-user';
import { getFormat } from '@/server/format';
import { MeetingFilters } from './_components/meeting-filters';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meetings.list'))('title') };
}

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission('meeting:view');
  const t = await getTranslations('meetings.list');
  const tf = await getTranslations('meetings.filters');
  const f = await getFormat();
  const params = await searchParams;
  const { filters, sort, after } = parseMeetingFilters(params);
  const { meetings, next } = listMeetings({ viewer, filters, sort, after: parseCursor(after) });
  // Only the current choices are rendered here; the long lists come from /api/pick-lists.
  const area = filters.areaId === undefined ? undefined : listCooperationAreas({ includeRetired: true }).find((a) => a.id === filters.areaId);
  const attendee = filters.attendeeId === undefined ? undefined : listActiveColleagues().find((c) => c.id === filters.attendeeId);
  const filterQuery = new URLSearchParams(
    Object.entries({
      q: filters.query,
      country: filters.country,
      kind: filters.kind,
      from: filters.from,
      to: filters.to,
      area: filters.areaId,
      attendee: filters.attendeeId,
      contact: filters.contactId,
      organisation: filters.organisationId,
      sort: sort === 'oldest' ? 'oldest' : undefined,
    })
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, String(value)]),
  );
  const nextQuery = new URLSearchParams(filterQuery);
  if (next) nextQuery.set('after', next);

  return (
    <>
      <PageHeader
        title={t('title')}
        actions={
          <div className="flex flex-wrap gap-2">
            {can(viewer, 'meeting:export') && (
              <a href={`/meetings/export?${filterQuery}`} className={buttonClass('secondary')} download>
                {t('exportCsv')}
              </a>
            )}
            {can(viewer, 'meeting:create') && (
              <Link href="/meetings/new" className={buttonClass()}>
                {t('logMeeting')}
              </Link>
            )}
          </div>
        }
      />
      {params.deleted && (
        <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm">
          {t('deleted')}
        </p>
      )}
      <MeetingFilters
        query={filters.query}
        country={filters.country ? { value: filters.country, label: f.country(filters.country) } : undefined}
        kind={filters.kind}
        from={filters.from}
        to={filters.to}
        area={area && { value: String(area.id), label: f.area(area.name) }}
        attendee={attendee && { value: String(attendee.id), label: attendee.name }}
        sort={sort}
        kindOptions={meetingKinds.map((kind) => ({ value: kind, label: f.meetingKind[kind] }))}
        labels={{
          form: tf('form'),
          search: tf('search'),
          searchPlaceholder: tf('searchPlaceholder'),
          country: tf('country'),
          anyCountry: tf('anyCountry'),
          kind: tf('kind'),
          anyKind: tf('anyKind'),
          from: tf('from'),
          to: tf('to'),
          area: tf('area'),
          anyArea: tf('anyArea'),
          attendee: tf('attendee'),
          anyAttendee: tf('anyAttendee'),
          order: tf('order'),
          newest: tf('newest'),
          oldest: tf('oldest'),
          apply: tf('apply'),
          clear: tf('clear'),
        }}
      />

      <MeetingList meetings={meetings} framed empty={t('noMatch')} />
      <nav aria-label={t('pages')} className="mt-4 flex gap-2">
        {after && (
          <Link href={`/meetings?${filterQuery}`} className={buttonClass('secondary')}>
            {t('firstPage')}
          </Link>
        )}
        {next && (
          <Link href={`/meetings?${nextQuery}`} className={buttonClass('secondary')}>
            {t('nextPage')}
          </Link>
        )}
      </nav>
    </>
  );
}
