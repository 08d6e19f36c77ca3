import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { countriesByName } from '@/lib/countries';
import { requirePermission } from '@/server/current-user';
import { loadOrganisation } from '../../_components/load-organisation';
import { OrganisationForm } from '../../_components/organisation-form';

export const metadata: Metadata = { title: 'Edit organisation' };

export default async function EditOrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('contact:edit');
  const organisation = loadOrganisation((await params).id);
  return (
    <div className="max-w-2xl">
      <PageHeader title={`Edit: ${organisation.name}`} />
      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <OrganisationForm
          countries={countriesByName}
          initial={{
            organisationId: organisation.id,
            version: organisation.version,
            name: organisation.name,
            kind: organisation.kind,
            countryCode: organisation.countryCode ?? '',
          }}
        />
      </div>
    </div>
  );
}
