import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { NameSearch, Pager } from '@/components/list-controls';
import { PageHeader } from '@/components/page-header';
import { buttonClass } from '@/components/ui/button-styles';
import { listOrganisations } from '@/db/organisations';
import { countryName } from '@/lib/countries';
import { organisationKindLabels } from '@/lib/organisations';
import { can } from '@/lib/policy';
import { requirePermission } from '@/server/current-user';

export const metadata: Metadata = { title: 'Organisations' };
const PAGE_SIZE = 50;

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const viewer = await requirePermission('contact:view');
  const { q = '', page: rawPage } = await searchParams;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(rawPage ?? '1', 10) || 1));
  const query = q.slice(0, 200);
  const { rows, total } = listOrganisations({ query, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const pageLink = (n: number) => `/organisations?${new URLSearchParams({ ...(query ? { q: query } : {}), page: String(n) })}`;
  return (
    <>
      <PageHeader
        title="Organisations"
        description={`${total} organisation${total === 1 ? '' : 's'}.`}
        actions={
          can(viewer, 'contact:create') && (
            <Link href="/organisations/new" className={buttonClass()}>
              New organisation
            </Link>
          )
        }
      />
      <NameSearch id="organisation-q" label="Search organisations" query={query} placeholder="Name" />
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white" aria-label="Organisations">
        {rows.map((organisation) => (
          <li key={organisation.id} className="p-4">
            <Link href={`/organisations/${organisation.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
              {organisation.name}
            </Link>
            <p className="text-sm text-slate-600">
              {[
                organisationKindLabels[organisation.kind],
                organisation.countryCode && countryName(organisation.countryCode),
                `${organisation.contactCount} contact(s)`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </li>
        ))}
        {rows.length === 0 && <li className="p-6 text-center text-slate-600">No organisation found.</li>}
      </ul>
      <Pager page={page} hasNext={page * PAGE_SIZE < total} href={pageLink} />
    </>
  );
}
