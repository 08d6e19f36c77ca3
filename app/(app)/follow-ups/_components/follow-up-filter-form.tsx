'use client';

import { FilterPanel } from '@/components/filter-panel';
import { FilterSelect } from '@/components/list-controls';
import { PickListSelect } from '@/components/pick-list-select';
import { buttonClass } from '@/components/ui/button-styles';
import { countActiveFilters } from '@/lib/list-filters';
import type { PickOption } from '@/lib/pick-lists';

export type FollowUpFilterChoices = {
  /** "Me" and "No owner", offered before the colleagues. */
  fixedOwners: PickOption[];
  owner?: PickOption;
  country?: PickOption;
  /** The mission's posts: a few, listed in full. */
  posts: PickOption[];
  post?: number;
  status?: string;
  section?: string;
  /** Every status and review section, worded. */
  statuses: PickOption[];
  sections: PickOption[];
};

/** Its words, in the reader's language (FollowUpFilters translates them on the server: no catalogue is shipped). */
export type FollowUpFilterLabels = {
  /** The form's accessible name. */
  form: string;
  owner: string;
  anyOwner: string;
  post: string;
  anyPost: string;
  country: string;
  anyCountry: string;
  status: string;
  anyStatus: string;
  section: string;
  anySection: string;
  apply: string;
};

/**
 * The follow-up list's and the review queue's GET filter form, fed the current choices (decision
 * 0009). The queue is already one of the sections, so it filters by owner and country only.
 */
export function FollowUpFilterForm({ labels, queue, choices }: { labels: FollowUpFilterLabels; queue: boolean; choices: FollowUpFilterChoices }) {
  return (
    <FilterPanel
      activeCount={countActiveFilters({ owner: choices.owner, post: choices.post, country: choices.country, status: choices.status, section: choices.section })}
    >
      <form
        method="get"
        role="search"
        aria-label={labels.form}
        className={`grid gap-3 rounded-xl border border-slate-200 bg-white p-4 ${queue ? 'mb-6 sm:grid-cols-2 lg:grid-cols-4' : 'mb-4 sm:grid-cols-3 lg:grid-cols-6'}`}
      >
        <PickListSelect id="owner" label={labels.owner} list="colleagues" anyLabel={labels.anyOwner} fixed={choices.fixedOwners} selected={choices.owner} />
        {choices.posts.length > 0 && <FilterSelect id="post" label={labels.post} anyLabel={labels.anyPost} value={choices.post} options={choices.posts} />}
        <PickListSelect id="country" label={labels.country} list="countries" anyLabel={labels.anyCountry} selected={choices.country} />
        {!queue && (
          <>
            <FilterSelect id="status" label={labels.status} anyLabel={labels.anyStatus} value={choices.status} options={choices.statuses} />
            <FilterSelect id="section" label={labels.section} anyLabel={labels.anySection} value={choices.section} options={choices.sections} />
          </>
        )}
        <div className="flex items-end">
          <button type="submit" className={buttonClass()}>
            {labels.apply}
          </button>
        </div>
      </form>
    </FilterPanel>
  );
}
