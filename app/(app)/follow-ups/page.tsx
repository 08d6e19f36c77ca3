import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { FollowUpList } from '@/components/follow-up-list';
import { Pager } from '@/components/list-controls';
import { PageHeader } from '@/components/page-header';
import { buttonClass } from '@/components/ui/button-styles';
import { listFollowUps } from '@/db/follow-ups';
import { can } from '@/lib/policy';
import { parseFollowUpFilters } from '@/lib/schemas/follow-ups';
import { requirePermission } from '@/server/current-user';
import { changeStatusAction } from './actions';
import { CalendarFeed } from './_components/calendar-feed';
import { FollowUpFilters } from './_components/follow-up-filters';
import { toRows } from '../_components/follow-up-rows';
import { missionToday } from '@/db/settings';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('followUps'))('title') };
}

/** As the meetings list: a phone screen's worth of scrolling, and a page the server renders quickly. */
const PAGE_SIZE = 25;

export default async function FollowUpsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission('follow-up:view');
  const t = await getTranslations('followUps');
  const tc = await getTranslations('followUp.calendarFeed');
  const params = await searchParams;
  const filters = parseFollowUpFilters(params);
  const page = Math.max(1, Math.min(10_000, Number.parseInt(String(params.page ?? '1'), 10) || 1));
  // One row more than a page tells whether there is a next one, without counting them all.
  const day = missionToday();
  const found = listFollowUps({ viewer, filters, today: day, limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE });
  const rows = toRows(viewer, found.slice(0, PAGE_SIZE));
  const query = new URLSearchParams(
    Object.entries({ owner: filters.ownerId, post: filters.postId, country: filters.countryCode, status: filters.status, section: filters.section })
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
  const pageLink = (n: number) => `/follow-ups?${new URLSearchParams([...query, ['page', String(n)]])}`;
  return (
    <>
      <PageHeader
        title={t('title')}
        actions={
          <div className="flex flex-wrap gap-2">
            {can(viewer, 'follow-up:export') && (
              <a className={buttonClass('secondary')} href={`/follow-ups/export?${query}`} download>
                {t('exportCsv')}
              </a>
            )}
            {can(viewer, 'follow-up:create') && (
              <Link className={buttonClass()} href="/follow-ups/new">
                {t('newFollowUp')}
              </Link>
            )}
          </div>
        }
      />
      <FollowUpFilters viewer={viewer} filters={filters} me={viewer.id} />
      <FollowUpList key={pageLink(page)} rows={rows} changeStatus={changeStatusAction} today={day} empty={t('noMatch')} />
      <Pager page={page} hasNext={found.length > PAGE_SIZE} href={pageLink} />
      {can(viewer, 'calendar:own') && (
        <CalendarFeed labels={{ heading: tc('heading'), description: tc('description'), submit: tc('submit'), pending: tc('pending') }} />
      )}
    </>
  );
}
