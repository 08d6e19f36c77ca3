'use client';

import { FilterPanel } from '@/components/filter-panel';
import { FilterSelect } from '@/components/list-controls';
import { PickListSelect } from '@/components/pick-list-select';
import { buttonClass } from '@/components/ui/button-styles';
import { Link } from '@/components/ui/link';
import { countActiveFilters } from '@/lib/list-filters';
import type { PickOption } from '@/lib/pick-lists';

const control = 'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base';

/** The form's words, in the reader's language (the meetings page translates them: no catalogue is shipped). */
export type MeetingFilterLabels = {
  /** The form's accessible name. */
  form: string;
  search: string;
  searchPlaceholder: string;
  country: string;
  anyCountry: string;
  kind: string;
  anyKind: string;
  from: string;
  to: string;
  area: string;
  anyArea: string;
  attendee: string;
  anyAttendee: string;
  order: string;
  newest: string;
  oldest: string;
  apply: string;
  clear: string;
};

type Props = {
  query?: string;
  country?: PickOption;
  kind?: string;
  from?: string;
  to?: string;
  area?: PickOption;
  attendee?: PickOption;
  sort: 'newest' | 'oldest';
  /** The meeting kinds, worded by the page. */
  kindOptions: PickOption[];
  labels: MeetingFilterLabels;
};

/**
 * The meetings page's filters, a GET form. A client component fed the current choices, like the
 * lists (decision 0009): the form's markup no longer rides in every results page's RSC payload.
 * The order is not a filter, so it does not count as one.
 */
export function MeetingFilters({ query, country, kind, from, to, area, attendee, sort, kindOptions, labels }: Props) {
  return (
    <FilterPanel activeCount={countActiveFilters({ query, country, kind, from, to, area, attendee })}>
      <form
        method="get"
        role="search"
        aria-label={labels.form}
        className="mb-6 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <div className="sm:col-span-2">
          <label htmlFor="q" className="text-sm font-medium">
            {labels.search}
          </label>
          <input id="q" name="q" type="search" defaultValue={query} placeholder={labels.searchPlaceholder} className={control} />
        </div>
        <PickListSelect id="country" label={labels.country} list="countries" anyLabel={labels.anyCountry} selected={country} />
        <FilterSelect id="kind" label={labels.kind} anyLabel={labels.anyKind} value={kind} options={kindOptions} />
        <div>
          <label htmlFor="from" className="text-sm font-medium">
            {labels.from}
          </label>
          <input id="from" name="from" type="date" defaultValue={from} className={control} />
        </div>
        <div>
          <label htmlFor="to" className="text-sm font-medium">
            {labels.to}
          </label>
          <input id="to" name="to" type="date" defaultValue={to} className={control} />
        </div>
        <PickListSelect id="area" label={labels.area} list="areas" anyLabel={labels.anyArea} selected={area} />
        <PickListSelect id="attendee" label={labels.attendee} list="colleagues" anyLabel={labels.anyAttendee} selected={attendee} />
        <div>
          <label htmlFor="sort" className="text-sm font-medium">
            {labels.order}
          </label>
          <select id="sort" name="sort" defaultValue={sort} className={control}>
            <option value="newest">{labels.newest}</option>
            <option value="oldest">{labels.oldest}</option>
          </select>
        </div>
        <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-3">
          <button type="submit" className={buttonClass()}>
            {labels.apply}
          </button>
          <Link href="/meetings" className={buttonClass('secondary')}>
            {labels.clear}
          </Link>
        </div>
      </form>
    </FilterPanel>
  );
}
