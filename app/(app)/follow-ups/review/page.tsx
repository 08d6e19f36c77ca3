import type { Metadata } from 'next';
import { FollowUpList } from '@/components/follow-up-list';
import { PageHeader } from '@/components/page-header';
import { buttonClass } from '@/components/ui/button-styles';
import { reviewQueueSections } from '@/db/follow-ups';
import { parseFollowUpFilters } from '@/lib/schemas/follow-ups';
import { requirePermission } from '@/server/current-user';
import { changeStatusAction } from '../actions';
import { OwnerCountryFilters } from '../_components/owner-country-filters';
import { today, toRows } from '../_components/rows';

export const metadata: Metadata = { title: 'Review queue' };

/** Enough to act on in one sitting; the CSV holds the whole queue. */
const PER_SECTION = 25;

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission('follow-up:review');
  const filters = parseFollowUpFilters(await searchParams);
  const day = today();
  const queue = reviewQueueSections({ viewer: user, today: day, filters, perSection: PER_SECTION });
  const sections = [
    { id: 'overdue', title: 'Overdue', ...queue.overdue, empty: 'Nothing overdue.' },
    { id: 'due-soon', title: 'Due in the next 14 days', ...queue.dueSoon, empty: 'Nothing due in the next two weeks.' },
    { id: 'unassigned', title: 'Without an owner', ...queue.unassigned, empty: 'Every commitment of ours has an owner.' },
    { id: 'stale', title: 'No update for 30 days', ...queue.stale, empty: 'Nothing has gone quiet.' },
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
        <OwnerCountryFilters filters={filters} />
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
              {section.title} <span className="text-slate-500">({section.count.toLocaleString('en')})</span>
            </h2>
            <FollowUpList rows={toRows(user, section.items)} changeStatus={changeStatusAction} today={day} empty={section.empty} />
            {section.count > section.items.length && (
              <p className="text-sm text-slate-600">
                The {section.items.length} most urgent of {section.count.toLocaleString('en')}: narrow by owner or country, or export the CSV for all of them.
              </p>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
