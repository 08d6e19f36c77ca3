import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { PageHeader } from '@/components/page-header';
import { FilterSelect } from '@/components/list-controls';
import { buttonClass } from '@/components/ui/button-styles';
import { listPosts } from '@/db/posts';
import { can } from '@/lib/policy';
import { countriesPerAgreedArea, followUpsPerMonth, openCommitmentsByCountry } from '@/db/dashboard';
import { listFocusCountryCodes } from '@/db/reference';
import { requirePermission } from '@/server/current-user';
import { getFormat } from '@/server/format';
import { missionToday } from '@/db/settings';
import { CountryRows } from './_components/country-rows';
import { type CountryRowWords, type CountrySort, countryRowView, countrySorts, countryTable, FIRST_ROWS, isCountrySort } from './_components/country-table';
import { AgreedAreasChart, OpenedVersusClosedChart, OpenVersusOverdueChart } from './_components/charts';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ sort?: string; all?: string; post?: string }> }) {
  const viewer = await requirePermission('dashboard:view');
  const params = await searchParams;
  const t = await getTranslations('dashboard');
  const f = await getFormat();
  const sort: CountrySort = isCountrySort(params.sort) ? params.sort : 'focus';
  const all = params.all === '1';
  const now = missionToday();
  const focus = new Set(listFocusCountryCodes());
  const posts = can(viewer, 'post:view') ? listPosts({ viewer }) : [];
  const post = posts.find((p) => String(p.id) === params.post);
  const figures = openCommitmentsByCountry({ viewer, today: now }).filter((row) => !post || post.countryCodes.includes(row.countryCode));
  const { sorted: rows, shown } = countryTable(figures, { focus, sort, all, format: f });
  const link = (to: { sort?: CountrySort; all?: boolean }) =>
    `/dashboard?${new URLSearchParams({ sort: to.sort ?? sort, ...((to.all ?? all) ? { all: '1' } : {}), ...(post ? { post: String(post.id) } : {}) })}`;
  const words: CountryRowWords = {
    agreedAreas: (count) => (count ? t('agreedAreas', { count }) : t('noAgreedArea')),
    areasAndMore: (areas, more) => t('areasAndMore', { areas, more }),
  };

  return (
    <div className="space-y-6">
      <PageHeader
        title={t('heading')}
        description={post ? t('asOfPost', { date: f.dateRange(now), post: f.post(post.title) }) : t('asOf', { date: f.dateRange(now) })}
      />
      {posts.length > 0 && (
        <form method="get" role="search" aria-label={t('filterByPost')} className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="sort" value={sort} />
          <FilterSelect
            id="post"
            label={t('postCountries')}
            anyLabel={t('everyCountry')}
            value={post?.id}
            options={posts.map((p) => ({ value: p.id, label: f.post(p.title) }))}
          />
          <button type="submit" className={buttonClass('secondary')}>
            {t('show')}
          </button>
        </form>
      )}
      <nav aria-label={t('sortCountries')} className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-600">{t('sortBy')}</span>
        {countrySorts.map((key) => (
          <Link
            key={key}
            href={link({ sort: key })}
            aria-current={key === sort ? 'true' : undefined}
            className={`rounded-full border px-3 py-1.5 ${key === sort ? 'border-brand-600 bg-brand-600 text-white' : 'border-slate-300 bg-white'}`}
          >
            {t(`sorts.${key}`)}
          </Link>
        ))}
      </nav>
      {/* On a phone the counts come first and the rest folds under each country's name: no sideways scrolling. */}
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full text-left text-sm md:min-w-[56rem] [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2">
          <caption className="sr-only">{t(`sortedBy.${sort}`)}</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col">{t('columns.country')}</th>
              <th scope="col" className="text-right">
                {t('columns.open')}
              </th>
              <th scope="col" className="text-right">
                {t('columns.overdue')}
              </th>
              <th scope="col" className="text-right">
                {t('columns.dueSoon')}
              </th>
              <th scope="col" className="hidden md:table-cell">
                {t('columns.sides')}
              </th>
              <th scope="col" className="hidden md:table-cell">
                {t('columns.agreedAreas')}
              </th>
              <th scope="col" className="hidden md:table-cell">
                {t('columns.lastMeeting')}
              </th>
              <th scope="col" className="hidden text-right md:table-cell">
                {t('columns.recentMeetings')}
              </th>
            </tr>
          </thead>
          <CountryRows rows={shown.map((row) => countryRowView(row, { focus, now, words, format: f }))} labels={{ focus: t('focus'), lastMet: t('lastMet') }} />
        </table>
      </div>
      {rows.length > FIRST_ROWS && (
        <p className="text-sm text-slate-600">
          {all ? t('allCountries', { count: rows.length }) : t('firstCountries', { shown: FIRST_ROWS, total: rows.length })}{' '}
          <Link href={link({ all: !all })} className="font-medium text-brand-700 underline underline-offset-2">
            {all ? t('showFirst', { count: FIRST_ROWS }) : t('showAll', { count: rows.length })}
          </Link>
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <OpenVersusOverdueChart
          data={rows
            .filter((row) => row.open > 0)
            .slice(0, 12)
            .map((row) => ({ country: f.country(row.countryCode), open: row.open, overdue: row.overdue }))}
        />
        <OpenedVersusClosedChart data={followUpsPerMonth({ viewer, today: now })} today={now} />
        <div className="lg:col-span-2">
          <AgreedAreasChart data={countriesPerAgreedArea({ viewer, today: now }).map((row) => ({ area: f.area(row.area), countries: row.countries }))} />
        </div>
      </div>
    </div>
  );
}
