import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { countriesByName } from '@/lib/countries';
import { requirePermission } from '@/server/current-user';
import { OrganisationForm } from '../_components/organisation-form';

export const metadata: Metadata = { title: 'New organisation' };

export default async function NewOrganisationPage() {
  await requirePermission('contact:create');
  return (
    <div className="max-w-2xl">
      <PageHeader title="New organisation" />
      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <OrganisationForm countries={countriesByName} initial={{ name: '', kind: 'government', countryCode: '' }} />
      </div>
    </div>
  );
}
