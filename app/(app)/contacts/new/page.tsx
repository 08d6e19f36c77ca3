import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { requirePermission } from '@/server/current-user';
import { ContactForm } from '../_components/contact-form';
import { contactFormOptions } from '../_components/load-contact';

export const metadata: Metadata = { title: 'New contact' };

export default async function NewContactPage() {
  const viewer = await requirePermission('contact:create');
  return (
    <div className="max-w-2xl">
      <PageHeader title="New contact" />
      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <ContactForm
          options={contactFormOptions(viewer)}
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
