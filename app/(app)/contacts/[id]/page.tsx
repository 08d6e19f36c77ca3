import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { MeetingList } from '@/components/meeting-list';
import { buttonClass } from '@/components/ui/button-styles';
import { listMeetings } from '@/db/meetings';
import { can } from '@/lib/policy';
import { requirePermission } from '@/server/current-user';
import { getFormat } from '@/server/format';
import { recordTitle } from '@/server/record-title';
import { ownerLabel } from '@/lib/posts';
import { loadContact } from '../_components/load-contact';
import { MergeForm } from '../_components/merge-form';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return recordTitle('contact:view', (await getTranslations('contacts.contact'))('fallbackTitle'), () => loadContact(id).name);
}

export default async function ContactPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ merged?: string }> }) {
  const viewer = await requirePermission('contact:view');
  const contact = loadContact((await params).id);
  const { merged } = await searchParams;
  const t = await getTranslations('contacts.contact');
  const f = await getFormat();
  // Only the meetings this viewer may see: a restricted meeting never shows here for others.
  const { meetings, next } = listMeetings({ viewer, filters: { contactId: contact.id }, limit: 100 });
  return (
    <div className="max-w-3xl space-y-4">
      <Link href="/contacts" className="text-sm text-brand-700 underline">
        ← {t('allContacts')}
      </Link>
      {merged && (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm">
          {t('merged')}
        </p>
      )}
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{contact.name}</h1>
          <p className="text-slate-700">{[contact.title, contact.organisationName].filter(Boolean).join(', ')}</p>
          {contact.alternativeNames && <p className="text-sm text-slate-600">{t('alsoSpelled', { names: contact.alternativeNames.split('\n').join(', ') })}</p>}
          {(contact.ownerId || contact.ownerPostId) && <p className="text-sm text-slate-700">{t('keptBy', { owner: ownerLabel(contact, f.post) ?? '' })}</p>}
        </div>
        {can(viewer, 'contact:edit') && (
          <Link href={`/contacts/${contact.id}/edit`} className={buttonClass('secondary')}>
            {t('edit')}
          </Link>
        )}
      </header>
      <dl className="grid gap-2 rounded-xl border border-slate-200 bg-white p-4 text-sm sm:grid-cols-3">
        <div>
          <dt className="font-medium">{t('organisation')}</dt>
          <dd>
            {contact.organisationId ? (
              <Link className="text-brand-700 underline" href={`/organisations/${contact.organisationId}`}>
                {contact.organisationName}
              </Link>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt className="font-medium">{t('country')}</dt>
          <dd>{contact.countryCode ? f.country(contact.countryCode) : '—'}</dd>
        </div>
        <div>
          <dt className="font-medium">{t('emailPhone')}</dt>
          <dd className="break-words">{[contact.email, contact.phone].filter(Boolean).join(' · ') || '—'}</dd>
        </div>
      </dl>
      <section aria-labelledby="contact-meetings" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="contact-meetings" className="mb-2 font-semibold">
          {t('meetings')}
        </h2>
        <MeetingList meetings={meetings} empty={t('noMeetings')} />
        {next && (
          <Link className="mt-2 inline-block text-sm text-brand-700 underline" href={`/meetings?contact=${contact.id}`}>
            {t('allMeetingsWith', { name: contact.name })}
          </Link>
        )}
      </section>
      {can(viewer, 'contact:merge') && (
        <section className="rounded-xl border border-slate-200 bg-white p-4">
          <MergeForm
            keepContactId={contact.id}
            keepName={contact.name}
            labels={{
              heading: t('merge.heading', { name: contact.name }),
              find: t('merge.find'),
              duplicate: t('merge.duplicate'),
              explained: t.raw('merge.explained') as string,
              submit: t('merge.submit'),
            }}
          />
        </section>
      )}
    </div>
  );
}
