import { getTranslations } from 'next-intl/server';
import { listPosts } from '@/db/posts';
import { listActiveColleagues } from '@/db/users';
import { can, type Viewer } from '@/lib/policy';
import { followUpStatuses, reviewSections } from '@/lib/follow-ups';
import type { parseFollowUpFilters } from '@/lib/schemas/follow-ups';
import { getFormat } from '@/server/format';
import { FollowUpFilterForm } from './follow-up-filter-form';

/**
 * The filters of the follow-up list (`me` given: "Me" is offered as an owner) and of the review
 * queue (`queue`). Only the current choices are named here; the long lists come from /api/pick-lists.
 */
export async function FollowUpFilters({
  viewer,
  filters,
  me,
  queue = false,
}: {
  viewer: Viewer;
  filters: ReturnType<typeof parseFollowUpFilters>;
  me?: number;
  queue?: boolean;
}) {
  const t = await getTranslations('followUpFilters');
  const f = await getFormat();
  const fixedOwners = [...(me ? [{ value: String(me), label: t('me') }] : []), { value: 'none', label: t('noOwner') }];
  const owner = typeof filters.ownerId === 'number' ? listActiveColleagues().find((colleague) => colleague.id === filters.ownerId) : undefined;
  const choices = {
    fixedOwners,
    owner: filters.ownerId === 'none' ? fixedOwners.at(-1) : owner && { value: String(owner.id), label: owner.name },
    country: filters.countryCode ? { value: filters.countryCode, label: f.country(filters.countryCode) } : undefined,
    posts: can(viewer, 'post:view') ? listPosts({ viewer }).map((post) => ({ value: String(post.id), label: f.post(post.title) })) : [],
    post: filters.postId,
    status: filters.status,
    section: filters.section,
    statuses: followUpStatuses.map((status) => ({ value: status, label: f.status[status] })),
    sections: reviewSections.map((section) => ({ value: section, label: f.reviewSection[section] })),
  };
  const labels = {
    form: queue ? t('filterQueue') : t('filterFollowUps'),
    owner: t('owner'),
    anyOwner: t('anyOwner'),
    post: t('post'),
    anyPost: t('anyPost'),
    country: t('country'),
    anyCountry: t('anyCountry'),
    status: t('status'),
    anyStatus: t('anyStatus'),
    section: t('section'),
    anySection: t('anySection'),
    apply: t('apply'),
  };
  return <FollowUpFilterForm labels={labels} queue={queue} choices={choices} />;
}
