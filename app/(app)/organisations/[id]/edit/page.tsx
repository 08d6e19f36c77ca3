import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { requirePermission } from '@/server/current-user';
import { loadOrganisation } from '../../_components/load-organisation';
import { OrganisationForm } from '../../_components/organisation-form';
import { organisationFormProps } from '../../_components/organisation-form-props';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('organisations.form'))('editMetaTitle') };
}

export default async function EditOrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('contact:edit');
  const organisation = loadOrganisation((await params).id);
  const t = await getTranslations('organisations.form');
  return (
    <div className="max-w-2xl">
      <PageHeader title={t('editTitle', { name: organisation.name })} />
      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <OrganisationForm
          {...await organisationFormProps()}
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
