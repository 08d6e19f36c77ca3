import type { Metadata } from 'next';
import Link from 'next/link';
import { FollowUpList } from '@/components/follow-up-list';
import { PageHeader } from '@/components/page-header';
import { buttonClass } from '@/components/ui/button-styles';
import { listFollowUps } from '@/db/follow-ups';
import { listActiveColleagues } from '@/db/users';
import { countriesByName } from '@/lib/countries';
import { followUpStatusLabels, followUpStatuses } from '@/lib/meetings';
import { can } from '@/lib/policy';
import { parseFollowUpFilters } from '@/lib/schemas/follow-ups';
import { requirePermission } from '@/server/current-user';
import { changeStatusAction } from './actions';
import { CalendarFeed } from './_components/calendar-feed';
import { today, toRows } from './_components/rows';

export const metadata: Metadata = { title: 'Follow-ups' };
const control = 'block w-full rounded-md border border-slate-300 bg-white px-3 py-2';

export default async function FollowUpsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission('follow-up:view');
  const params = await searchParams;
  const filters = parseFollowUpFilters(params);
  const rows = toRows(user, listFollowUps({ viewer: user, filters }));
  const query = new URLSearchParams(Object.entries({ owner: filters.ownerId, country: filters.countryCode, status: filters.status }).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
  return (
    <>
      <PageHeader
        title="Follow-ups"
        actions={
          <div className="flex flex-wrap gap-2">
            {can(user, 'follow-up:export') && (
              <a className={buttonClass('secondary')} href={`/follow-ups/export?${query}`} download>
                Export CSV
              </a>
            )}
            {can(user, 'follow-up:create') && (
              <Link className={buttonClass()} href="/follow-ups/new">
                New follow-up
              </Link>
            )}
          </div>
        }
      />
      <form method="get" role="search" aria-label="Filter follow-ups" className="mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-4">
        <div>
          <label htmlFor="owner" className="text-sm font-medium">
            Owner
          </label>
          <select id="owner" name="owner" defaultValue={filters.ownerId ? String(filters.ownerId) : ''} className={control}>
            <option value="">Anyone</option>
            <option value={user.id}>Me</option>
            <option value="none">No owner</option>
            {listActiveColleagues().map((colleague) => (
              <option key={colleague.id} value={colleague.id}>
                {colleague.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="country" className="text-sm font-medium">
            Partner country
          </label>
          <select id="country" name="country" defaultValue={filters.countryCode ?? ''} className={control}>
            <option value="">Any</option>
            {countriesByName.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="text-sm font-medium">
            Status
          </label>
          <select id="status" name="status" defaultValue={filters.status ?? ''} className={control}>
            <option value="">Any</option>
            {followUpStatuses.map((status) => (
              <option key={status} value={status}>
                {followUpStatusLabels[status]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end">
          <button type="submit" className={buttonClass()}>
            Apply
          </button>
        </div>
      </form>
      <FollowUpList rows={rows} changeStatus={changeStatusAction} today={today()} empty="No follow-up matches these filters." />
      {can(user, 'calendar:own') && <CalendarFeed />}
    </>
  );
}
