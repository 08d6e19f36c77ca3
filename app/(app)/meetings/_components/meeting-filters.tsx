'use client';

import { FilterPanel } from '@/components/filter-panel';
import { FilterSelect } from '@/components/list-controls';
import { PickListSelect } from '@/components/pick-list-select';
import { buttonClass } from '@/components/ui/button-styles';
import { Link } from '@/components/ui/link';
import { countActiveFilters } from '@/lib/list-filters';
import { meetingKindLabels, meetingKinds } from '@/lib/meetings';
import type { PickOption } from '@/lib/pick-lists';

const control = 'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base';
const kindOptions = meetingKinds.map((kind) => ({ value: kind, label: meetingKindLabels[kind] }));

type Props = {
  query?: string;
  country?: PickOption;
  kind?: string;
  from?: string;
  to?: string;
  area?: PickOption;
  attendee?: PickOption;
  sort: 'newest' | 'oldest';
};

/**
 * The meetings page's filters, a GET form. A client component fed the current choices, like the
 * lists (decision 0009): the form's markup no longer rides in every results page's RSC payload.
 * The order is not a filter, so it does not count as one.
 */
export function MeetingFilters({ query, country, kind, from, to, area, attendee, sort }: Props) {
  return (
    <FilterPanel activeCount={countActiveFilters({ query, country, kind, from, to, area, attendee })}>
      <form
        method="get"
        role="search"
        aria-label="Filter meetings"
        className="mb-6 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <div className="sm:col-span-2">
          <label htmlFor="q" className="text-sm font-medium">
            Search
          </label>
          <input id="q" name="q" type="search" defaultValue={query} placeholder="Title, summary or counterpart" className={control} />
        </div>
        <PickListSelect id="country" label="Partner country" list="countries" selected={country} />
        <FilterSelect id="kind" label="Kind" value={kind} options={kindOptions} />
        <div>
          <label htmlFor="from" className="text-sm font-medium">
            From
          </label>
          <input id="from" name="from" type="date" defaultValue={from} className={control} />
        </div>
        <div>
          <label htmlFor="to" className="text-sm font-medium">
            To
          </label>
          <input id="to" name="to" type="date" defaultValue={to} className={control} />
        </div>
        <PickListSelect id="area" label="Cooperation area" list="areas" selected={area} />
        <PickListSelect id="attendee" label="Attendee" list="colleagues" anyLabel="Anyone" selected={attendee} />
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
    </FilterPanel>
  );
}
