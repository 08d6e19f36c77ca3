import type { Metadata } from 'next';
import { FollowUpList } from '@/components/follow-up-list';
import { FilterSelect } from '@/components/list-controls';
import { PageHeader } from '@/components/page-header';
import { buttonClass } from '@/components/ui/button-styles';
import { reviewQueue } from '@/db/follow-ups';
import { listActiveColleagues } from '@/db/users';
import { countriesByName } from '@/lib/countries';
import { parseFollowUpFilters } from '@/lib/schemas/follow-ups';
import { requirePermission } from '@/server/current-user';
import { changeStatusAction } from '../actions';
import { today, toRows } from '../_components/rows';

export const metadata: Metadata = { title: 'Review queue' };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission('follow-up:review');
  const filters = parseFollowUpFilters(await searchParams);
  const day = today();
  const queue = reviewQueue({ viewer: user, today: day, filters });
  const sections = [
    { id: 'overdue', title: 'Overdue', items: queue.filter((item) => item.overdue), empty: 'Nothing overdue.' },
    { id: 'due-soon', title: 'Due in the next 14 days', items: queue.filter((item) => item.dueSoon), empty: 'Nothing due in the next two weeks.' },
    { id: 'unassigned', title: 'Without an owner', items: queue.filter((item) => item.unassigned), empty: 'Every commitment of ours has an owner.' },
    { id: 'stale', title: 'No update for 30 days', items: queue.filter((item) => item.stale), empty: 'Nothing has gone quiet.' },
  ];
  const query = new URLSearchParams(Object.entries({ owner: filters.ownerId, country: filters.countryCode }).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
  query.set('queue', '1');
  return (
    <>
      <PageHeader
        title="Review queue"
        description="Open commitments that need a manager’s eye. Reassign, re-date, close or cancel them from their page."
        actions={
          <a className={buttonClass('secondary')} href={`/follow-ups/export?${query}`} download>
            Export CSV
          </a>
        }
      />
      <form method="get" role="search" aria-label="Filter the queue" className="mb-6 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3">
        <FilterSelect
          id="owner"
          label="Owner"
          value={filters.ownerId}
          anyLabel="Anyone"
          options={[{ value: 'none', label: 'No owner' }, ...listActiveColleagues().map((c) => ({ value: c.id, label: c.name }))]}
        />
        <FilterSelect id="country" label="Partner country" value={filters.countryCode} options={countriesByName.map((c) => ({ value: c.code, label: c.name }))} />
        <div className="flex items-end">
          <button type="submit" className={buttonClass()}>
            Apply
          </button>
        </div>
      </form>
      <div className="space-y-6">
        {sections.map((section) => (
          <section key={section.id} aria-labelledby={`${section.id}-heading`} className="space-y-2">
            <h2 id={`${section.id}-heading`} className="text-lg font-semibold">
              {section.title} <span className="text-slate-500">({section.items.length})</span>
            </h2>
            <FollowUpList rows={toRows(user, section.items)} changeStatus={changeStatusAction} today={day} empty={section.empty} />
          </section>
        ))}
      </div>
    </>
  );
}
