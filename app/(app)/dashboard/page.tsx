import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { PageHeader } from '@/components/page-header';
import { FilterSelect } from '@/components/list-controls';
import { buttonClass } from '@/components/ui/button-styles';
import { listPosts } from '@/db/posts';
import { can } from '@/lib/policy';
import { countriesPerAgreedArea, followUpsPerMonth, openCommitmentsByCountry } from '@/db/dashboard';
import { listFocusCountryCodes } from '@/db/reference';
import { countryName } from '@/lib/countries';
import { formatDateRange } from '@/lib/dates';
import { requirePermission } from '@/server/current-user';
import { missionToday } from '@/db/settings';
import { CountryRows } from './_components/country-rows';
import { type CountrySort, countryRowView, countrySorts, countryTable, FIRST_ROWS } from './_components/country-table';
import { AgreedAreasChart, OpenedVersusClosedChart, OpenVersusOverdueChart } from './_components/charts';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ sort?: string; all?: string; post?: string }> }) {
  const viewer = await requirePermission('dashboard:view');
  const params = await searchParams;
  const sort: CountrySort = params.sort && params.sort in countrySorts ? (params.sort as CountrySort) : 'focus';
  const all = params.all === '1';
  const now = missionToday();
  const focus = new Set(listFocusCountryCodes());
  const posts = can(viewer, 'post:view') ? listPosts({ viewer }) : [];
  const post = posts.find((p) => String(p.id) === params.post);
  const figures = openCommitmentsByCountry({ viewer, today: now }).filter((row) => !post || post.countryCodes.includes(row.countryCode));
  const { sorted: rows, shown } = countryTable(figures, { focus, sort, all });
  const link = (to: { sort?: CountrySort; all?: boolean }) =>
    `/dashboard?${new URLSearchParams({ sort: to.sort ?? sort, ...((to.all ?? all) ? { all: '1' } : {}), ...(post ? { post: String(post.id) } : {}) })}`;

  return (
    <div className="space-y-6">
      <PageHeader
        title="Open commitments per partner country"
        description={`As of ${formatDateRange(now)}, over every record you may see${post ? `, in the countries the ${post.title} covers` : ''}.`}
      />
      {posts.length > 0 && (
        <form method="get" role="search" aria-label="Filter by post" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="sort" value={sort} />
          <FilterSelect
            id="post"
            label="Countries of a post"
            anyLabel="Every country"
            value={post?.id}
            options={posts.map((p) => ({ value: p.id, label: p.title }))}
          />
          <button type="submit" className={buttonClass('secondary')}>
            Show
          </button>
        </form>
      )}
      <nav aria-label="Sort countries" className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-600">Sort by:</span>
        {(Object.keys(countrySorts) as CountrySort[]).map((key) => (
          <Link
            key={key}
            href={link({ sort: key })}
            aria-current={key === sort ? 'true' : undefined}
            className={`rounded-full border px-3 py-1.5 ${key === sort ? 'border-brand-600 bg-brand-600 text-white' : 'border-slate-300 bg-white'}`}
          >
            {countrySorts[key]}
          </Link>
        ))}
      </nav>
      {/* On a phone the counts come first and the rest folds under each country's name: no sideways scrolling. */}
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full text-left text-sm md:min-w-[56rem] [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2">
          <caption className="sr-only">Open commitments per partner country, sorted by {countrySorts[sort].toLowerCase()}</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col">Country</th>
              <th scope="col" className="text-right">
                Open
              </th>
              <th scope="col" className="text-right">
                Overdue
              </th>
              <th scope="col" className="text-right">
                Due ≤ 14 days
              </th>
              <th scope="col" className="hidden md:table-cell">
                Ours · partner · joint
              </th>
              <th scope="col" className="hidden md:table-cell">
                Agreed areas
              </th>
              <th scope="col" className="hidden md:table-cell">
                Last meeting
              </th>
              <th scope="col" className="hidden text-right md:table-cell">
                Meetings, 90 days
              </th>
            </tr>
          </thead>
          <CountryRows rows={shown.map((row) => countryRowView(row, { focus, now }))} />
        </table>
      </div>
      {rows.length > FIRST_ROWS && (
        <p className="text-sm text-slate-600">
          {all ? `All ${rows.length} countries. ` : `The first ${FIRST_ROWS} of ${rows.length} countries. `}
          <Link href={link({ all: !all })} className="font-medium text-brand-700 underline underline-offset-2">
            {all ? `Show the first ${FIRST_ROWS}` : `Show all ${rows.length} countries`}
          </Link>
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <OpenVersusOverdueChart
          data={rows
            .filter((row) => row.open > 0)
            .slice(0, 12)
            .map((row) => ({ country: countryName(row.countryCode), open: row.open, overdue: row.overdue }))}
        />
        <OpenedVersusClosedChart data={followUpsPerMonth({ viewer, today: now })} today={now} />
        <div className="lg:col-span-2">
          <AgreedAreasChart data={countriesPerAgreedArea({ viewer, today: now })} />
        </div>
      </div>
    </div>
  );
}
