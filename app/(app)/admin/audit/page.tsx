import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { FilterPanel } from '@/components/filter-panel';
import { PageHeader } from '@/components/page-header';
import { buttonClass } from '@/components/ui/button-styles';
import { listAuditActions, listAuditEvents } from '@/db/audit';
import { getMissionSettings } from '@/db/settings';
import { listActiveColleagues } from '@/db/users';
import { formatTimestamp } from '@/lib/dates';
import { countActiveFilters } from '@/lib/list-filters';
import { describeBrowser } from '@/lib/sessions';
import { calendarDate, recordId } from '@/lib/schemas/common';
import { requirePermission } from '@/server/current-user';

export const metadata: Metadata = { title: 'Audit log' };

const control = 'block w-full rounded-md border border-slate-300 bg-white px-3 py-2';

function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePermission('audit:read');
  const params = await searchParams;
  const filters = {
    actorId: recordId.safeParse(params.actor).data,
    entityType: params.entity?.match(/^[a-z_]{1,40}$/)?.[0],
    entityId: params.record?.match(/^[\w-]{1,40}$/)?.[0],
    action: params.action?.match(/^[a-z.-]{1,60}$/)?.[0],
    kind: params.kind === 'security' || params.kind === 'changes' ? (params.kind as 'security' | 'changes') : undefined,
    clientAddress: params.address?.match(/^[\w.:%-]{1,64}$/)?.[0],
    from: calendarDate('From').safeParse(params.from).data,
    to: calendarDate('To').safeParse(params.to).data,
  };
  const { timeZone } = getMissionSettings();
  const { events, next } = listAuditEvents({ filters, before: recordId.safeParse(params.before).data });
  const query = new URLSearchParams(Object.entries(params).filter(([key, value]) => key !== 'before' && value) as [string, string][]);
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change, who made it, when and from where, with the fields before and after; and every sign-in, failed attempt, lock, ended session and refused request. Nobody can edit or delete it, not even in the database."
        actions={
          <a href="/admin/audit/export" className={buttonClass('secondary')} download>
            Download as JSON lines
          </a>
        }
      />
      <FilterPanel activeCount={countActiveFilters(filters)}>
        <form
          method="get"
          role="search"
          aria-label="Filter the audit log"
          className="mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-4"
        >
          <div>
            <label htmlFor="kind" className="text-sm font-medium">
              Events
            </label>
            <select id="kind" name="kind" defaultValue={filters.kind ?? ''} className={control}>
              <option value="">All events</option>
              <option value="security">Security events</option>
              <option value="changes">Changes to records</option>
            </select>
          </div>
          <div>
            <label htmlFor="actor" className="text-sm font-medium">
              Who
            </label>
            <select id="actor" name="actor" defaultValue={params.actor ?? ''} className={control}>
              <option value="">Anyone</option>
              {listActiveColleagues().map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="action" className="text-sm font-medium">
              Action
            </label>
            <select id="action" name="action" defaultValue={filters.action ?? ''} className={control}>
              <option value="">Any</option>
              {listAuditActions().map((action) => (
                <option key={action} value={action}>
                  {action}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="entity" className="text-sm font-medium">
              Record type
            </label>
            <select id="entity" name="entity" defaultValue={filters.entityType ?? ''} className={control}>
              <option value="">Any</option>
              {[
                'meeting',
                'follow_up',
                'contact',
                'organisation',
                'user',
                'session',
                'email',
                'permission',
                'cooperation_area',
                'country',
                'mission_settings',
              ].map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="record" className="text-sm font-medium">
              Record id
            </label>
            <input id="record" name="record" defaultValue={filters.entityId} className={control} />
          </div>
          <div>
            <label htmlFor="address" className="text-sm font-medium">
              Client address
            </label>
            <input id="address" name="address" defaultValue={filters.clientAddress} className={control} />
          </div>
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
          <div className="flex gap-2 sm:col-span-3 lg:col-span-4">
            <button type="submit" className={buttonClass()}>
              Apply
            </button>
            <Link href="/admin/audit" className={buttonClass('secondary')}>
              Clear
            </Link>
          </div>
        </form>
      </FilterPanel>
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full min-w-[48rem] text-left text-sm">
          <caption className="sr-only">Audit events, newest first</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2">
                When
              </th>
              <th scope="col" className="px-3 py-2">
                Who
              </th>
              <th scope="col" className="px-3 py-2">
                Action
              </th>
              <th scope="col" className="px-3 py-2">
                Record
              </th>
              <th scope="col" className="px-3 py-2">
                From
              </th>
              <th scope="col" className="px-3 py-2">
                Changes (before → after)
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {events.map((event) => (
              <tr key={event.id}>
                <td className="whitespace-nowrap px-3 py-2">
                  <time dateTime={event.at.toISOString()}>{formatTimestamp(event.at, timeZone, { seconds: true })}</time>
                </td>
                <td className="px-3 py-2">{event.actorName ?? '—'}</td>
                <td className="px-3 py-2 font-mono text-xs">{event.action}</td>
                <td className="px-3 py-2">
                  {event.entityType} #{event.entityId}
                </td>
                <td className="px-3 py-2">
                  {event.clientAddress ?? '—'}
                  {event.userAgent && <span className="block text-xs text-slate-600">{describeBrowser(event.userAgent)}</span>}
                </td>
                <td className="px-3 py-2">
                  <ul>
                    {Object.entries(event.changes ?? {}).map(([field, [before, after]]) => (
                      <li key={field} className="break-words">
                        <span className="font-medium">{field}</span>: {formatValue(before)} → {formatValue(after)}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
            {events.length === 0 && (
              <tr>
                <td colSpan={6} className="p-6 text-center text-slate-600">
                  No event matches these filters.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {next && (
        <Link href={`/admin/audit?${query}${query.size ? '&' : ''}before=${next}`} className={`${buttonClass('secondary')} mt-4`}>
          Older events
        </Link>
      )}
    </>
  );
}
