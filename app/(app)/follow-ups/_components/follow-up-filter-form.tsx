'use client';

import { FilterPanel } from '@/components/filter-panel';
import { FilterSelect } from '@/components/list-controls';
import { PickListSelect } from '@/components/pick-list-select';
import { buttonClass } from '@/components/ui/button-styles';
import { countActiveFilters } from '@/lib/list-filters';
import { followUpStatusLabels, followUpStatuses, reviewSectionLabels, reviewSections } from '@/lib/follow-ups';
import type { PickOption } from '@/lib/pick-lists';

const statusOptions = followUpStatuses.map((status) => ({ value: status, label: followUpStatusLabels[status] }));
const sectionOptions = reviewSections.map((section) => ({ value: section, label: reviewSectionLabels[section] }));

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
};

/**
 * The follow-up list's and the review queue's GET filter form, fed the current choices (decision
 * 0009). The queue is already one of the sections, so it filters by owner and country only.
 */
export function FollowUpFilterForm({ label, queue, choices }: { label: string; queue: boolean; choices: FollowUpFilterChoices }) {
  return (
    <FilterPanel
      activeCount={countActiveFilters({ owner: choices.owner, post: choices.post, country: choices.country, status: choices.status, section: choices.section })}
    >
      <form
        method="get"
        role="search"
        aria-label={label}
        className={`grid gap-3 rounded-xl border border-slate-200 bg-white p-4 ${queue ? 'mb-6 sm:grid-cols-2 lg:grid-cols-4' : 'mb-4 sm:grid-cols-3 lg:grid-cols-6'}`}
      >
        <PickListSelect id="owner" label="Owner" list="colleagues" anyLabel="Anyone" fixed={choices.fixedOwners} selected={choices.owner} />
        {choices.posts.length > 0 && <FilterSelect id="post" label="Owned by post" anyLabel="Any or none" value={choices.post} options={choices.posts} />}
        <PickListSelect id="country" label="Partner country" list="countries" selected={choices.country} />
        {!queue && (
          <>
            <FilterSelect id="status" label="Status" value={choices.status} options={statusOptions} />
            <FilterSelect id="section" label="Needs attention" value={choices.section} options={sectionOptions} />
          </>
        )}
        <div className="flex items-end">
          <button type="submit" className={buttonClass()}>
            Apply
          </button>
        </div>
      </form>
    </FilterPanel>
  );
}
