import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { requirePermission } from '@/server/current-user';
import { OrganisationForm } from '../_components/organisation-form';
import { organisationFormProps } from '../_components/organisation-form-props';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('organisations.form'))('newTitle') };
}

export default async function NewOrganisationPage() {
  await requirePermission('contact:create');
  const t = await getTranslations('organisations.form');
  return (
    <div className="max-w-2xl">
      <PageHeader title={t('newTitle')} />
      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <OrganisationForm {...await organisationFormProps()} initial={{ name: '', kind: 'government', countryCode: '' }} />
      </div>
    </div>
  );
}
