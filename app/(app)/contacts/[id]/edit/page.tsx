import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { requirePermission } from '@/server/current-user';
import { ContactForm } from '../../_components/contact-form';
import { contactFormProps, loadContact } from '../../_components/load-contact';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('contacts.form'))('editMetaTitle') };
}

export default async function EditContactPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('contact:edit');
  const contact = loadContact((await params).id);
  const t = await getTranslations('contacts.form');
  return (
    <div className="max-w-2xl">
      <PageHeader title={t('editTitle', { name: contact.name })} />
      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <ContactForm
          {...await contactFormProps(viewer)}
          initial={{
            contactId: contact.id,
            version: contact.version,
            name: contact.name,
            title: contact.title ?? '',
            organisationId: contact.organisationId ? String(contact.organisationId) : '',
            countryCode: contact.countryCode ?? '',
            email: contact.email ?? '',
            phone: contact.phone ?? '',
            alternativeNames: contact.alternativeNames ?? '',
            ownerId: contact.ownerId ? String(contact.ownerId) : '',
            ownerPostId: contact.ownerPostId ? String(contact.ownerPostId) : '',
          }}
        />
      </div>
    </div>
  );
}
