import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { FilterSelect } from '@/components/list-controls';
import { MeetingList } from '@/components/meeting-list';
import { PickListSelect } from '@/components/pick-list-select';
import { PageHeader } from '@/components/page-header';
import { buttonClass } from '@/components/ui/button-styles';
import { listMeetings, parseCursor } from '@/db/meetings';
import { listCooperationAreas } from '@/db/reference';
import { listActiveColleagues } from '@/db/users';
import { countryName } from '@/lib/countries';
import { meetingKindLabels, meetingKinds } from '@/lib/meetings';
import { can } from '@/lib/policy';
import { parseMeetingFilters } from '@/lib/schemas/meetings';
import { requirePermission } from '@/server/current-user';

export const metadata: Metadata = { title: 'Meetings' };

const control = 'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base';

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission('meeting:view');
  const params = await searchParams;
  const { filters, sort, after } = parseMeetingFilters(params);
  const { meetings, next } = listMeetings({ viewer: user, filters, sort, after: parseCursor(after) });
  // Only the current choices are rendered here; the long lists come from /api/pick-lists.
  const area = filters.areaId === undefined ? undefined : listCooperationAreas({ includeRetired: true }).find((a) => a.id === filters.areaId);
  const attendee = filters.attendeeId === undefined ? undefined : listActiveColleagues().find((c) => c.id === filters.attendeeId);
  const filterQuery = new URLSearchParams(
    Object.entries({ q: filters.query, country: filters.country, kind: filters.kind, from: filters.from, to: filters.to, area: filters.areaId, attendee: filters.attendeeId, contact: filters.contactId, organisation: filters.organisationId, sort: sort === 'oldest' ? 'oldest' : undefined })
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, String(value)]),
  );
  const nextQuery = new URLSearchParams(filterQuery);
  if (next) nextQuery.set('after', next);

  return (
    <>
      <PageHeader
        title="Meetings"
        actions={
          <div className="flex flex-wrap gap-2">
            {can(user, 'meeting:export') && (
              <a href={`/meetings/export?${filterQuery}`} className={buttonClass('secondary')} download>
                Export CSV
              </a>
            )}
            {can(user, 'meeting:create') && (
              <Link href="/meetings/new" className={buttonClass()}>
                Log a meeting
              </Link>
            )}
          </div>
        }
      />
      {params.deleted && (
        <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm">
          The meeting was deleted.
        </p>
      )}
      <form method="get" role="search" aria-label="Filter meetings" className="mb-6 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <label htmlFor="q" className="text-sm font-medium">
            Search
          </label>
          <input id="q" name="q" type="search" defaultValue={filters.query} placeholder="Title, summary or counterpart" className={control} />
        </div>
        <PickListSelect id="country" label="Partner country" list="countries" selected={filters.country ? { value: filters.country, label: countryName(filters.country) } : undefined} />
        <FilterSelect id="kind" label="Kind" value={filters.kind} options={meetingKinds.map((kind) => ({ value: kind, label: meetingKindLabels[kind] }))} />
        <div>
          <label htmlFor="from" className="text-sm font-medium">
            From
          </label>
          <input id="from" name="from" type="date" defaultValue={filters.from} className={control} />
        </div>
        <div>
          <label htmlFor="to" className="text-sm font-medium">
            To
          </label>
          <input id="to" name="to" type="date" defaultValue={filters.to} className={control} />
        </div>
        <PickListSelect id="area" label="Cooperation area" list="areas" selected={area && { value: String(area.id), label: area.name }} />
        <PickListSelect id="attendee" label="Attendee" list="colleagues" anyLabel="Anyone" selected={attendee && { value: String(attendee.id), label: attendee.name }} />
        <div>
          <label htmlFor="sort" className="text-sm font-medium">
            Order
          </label>
          <select id="sort" name="sort" defaultValue={sort} className={control}>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </select>
        </div>
        <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-3">
          <button type="submit" className={buttonClass()}>
            Apply filters
          </button>
          <Link href="/meetings" className={buttonClass('secondary')}>
            Clear
          </Link>
        </div>
      </form>

      <MeetingList meetings={meetings} framed empty="No meeting matches these filters." />
      <nav aria-label="Pages" className="mt-4 flex gap-2">
        {after && (
          <Link href={`/meetings?${filterQuery}`} className={buttonClass('secondary')}>
            First page
          </Link>
        )}
        {next && (
          <Link href={`/meetings?${nextQuery}`} className={buttonClass('secondary')}>
            Next page
          </Link>
        )}
      </nav>
    </>
  );
}
