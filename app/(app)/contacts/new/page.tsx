import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { requirePermission } from '@/server/current-user';
import { ContactForm } from '../_components/contact-form';
import { contactFormProps } from '../_components/load-contact';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('contacts.form'))('newTitle') };
}

export default async function NewContactPage() {
  const viewer = await requirePermission('contact:create');
  const t = await getTranslations('contacts.form');
  return (
    <div className="max-w-2xl">
      <PageHeader title={t('newTitle')} />
      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <ContactForm
          {...await contactFormProps(viewer)}
          initial={{
            name: '',
            title: '',
            organisationId: '',
            countryCode: '',
            email: '',
            phone: '',
            alternativeNames: '',
            ownerId: String(viewer.id),
            ownerPostId: '',
          }}
        />
      </div>
    </div>
  );
}
