import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { FollowUpList } from '@/components/follow-up-list';
import { PageHeader } from '@/components/page-header';
import { buttonClass } from '@/components/ui/button-styles';
import { reviewQueueSections } from '@/db/follow-ups';
import type { ReviewSection } from '@/lib/follow-ups';
import { getFormat } from '@/server/format';
import { parseFollowUpFilters } from '@/lib/schemas/follow-ups';
import { requirePermission } from '@/server/current-user';
import { changeStatusAction } from '../actions';
import { FollowUpFilters } from '../_components/follow-up-filters';
import { toRows } from '../../_components/follow-up-rows';
import { missionToday } from '@/db/settings';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('review'))('title') };
}

/** The most urgent of each section at a glance; each section's link opens all of it, page by page, in the follow-ups list. */
const PER_SECTION = 10;

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission('follow-up:review');
  const t = await getTranslations('review');
  const f = await getFormat();
  const format = await getFormatter();
  const filters = parseFollowUpFilters(await searchParams);
  const day = missionToday();
  const queue = reviewQueueSections({ viewer, today: day, filters, perSection: PER_SECTION });
  const empty: Record<ReviewSection, string> = {
    overdue: t('empty.overdue'),
    dueSoon: t('empty.dueSoon'),
    unassigned: t('empty.unassigned'),
    stale: t('empty.stale'),
  };
  const sections = (Object.keys(empty) as ReviewSection[]).map((key) => ({ key, title: f.reviewSection[key], ...queue[key], empty: empty[key] }));
  const filtered = Object.entries({ owner: filters.ownerId, post: filters.postId, country: filters.countryCode })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => [k, String(v)]);
  const query = new URLSearchParams([...filtered, ['queue', '1']]);
  const wholeSection = (section: ReviewSection) => `/follow-ups?${new URLSearchParams([...filtered, ['section', section]])}`;
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <a className={buttonClass('secondary')} href={`/follow-ups/export?${query}`} download>
            {t('exportCsv')}
          </a>
        }
      />
      <FollowUpFilters viewer={viewer} filters={filters} queue />
      <div className="space-y-6">
        {sections.map((section) => (
          <section key={section.key} aria-labelledby={`${section.key}-heading`} className="space-y-2">
            <h2 id={`${section.key}-heading`} className="text-lg font-semibold">
              {section.title} <span className="text-slate-500">({format.number(section.count)})</span>
            </h2>
            <FollowUpList rows={toRows(viewer, section.items)} changeStatus={changeStatusAction} today={day} empty={section.empty} />
            {section.count > section.items.length && (
              <p className="text-sm text-slate-600">
                {t('mostUrgent', { shown: format.number(section.items.length), total: format.number(section.count) })}{' '}
                <Link href={wholeSection(section.key)} className="font-medium text-brand-700 underline underline-offset-2">
                  {t('seeAll', { count: format.number(section.count) })}
                  <span className="sr-only"> {section.title.toLowerCase()}</span>
                </Link>
              </p>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
