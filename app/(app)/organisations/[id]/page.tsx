import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { MeetingList } from '@/components/meeting-list';
import { buttonClass } from '@/components/ui/button-styles';
import { listContacts } from '@/db/contacts';
import { listMeetings } from '@/db/meetings';
import { can } from '@/lib/policy';
import { requirePermission } from '@/server/current-user';
import { getFormat } from '@/server/format';
import { recordTitle } from '@/server/record-title';
import { loadOrganisation } from '../_components/load-organisation';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return recordTitle('contact:view', (await getTranslations('organisations.organisation'))('fallbackTitle'), () => loadOrganisation(id).name);
}

export default async function OrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('contact:view');
  const organisation = loadOrganisation((await params).id);
  const people = listContacts({ organisationId: organisation.id, limit: 200 }).rows;
  const { meetings, next } = listMeetings({ viewer, filters: { organisationId: organisation.id }, limit: 50 });
  const t = await getTranslations('organisations.organisation');
  const f = await getFormat();
  return (
    <div className="max-w-3xl space-y-4">
      <Link href="/organisations" className="text-sm text-brand-700 underline">
        ← {t('allOrganisations')}
      </Link>
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{organisation.name}</h1>
          <p className="text-slate-700">
            {f.organisationKind[organisation.kind]}
            {organisation.countryCode && ` · ${f.country(organisation.countryCode)}`}
          </p>
        </div>
        {can(viewer, 'contact:edit') && (
          <Link href={`/organisations/${organisation.id}/edit`} className={buttonClass('secondary')}>
            {t('edit')}
          </Link>
        )}
      </header>
      <section aria-labelledby="people" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="people" className="mb-2 font-semibold">
          {t('people')}
        </h2>
        {people.length ? (
          <ul className="space-y-1">
            {people.map((contact) => (
              <li key={contact.id}>
                <Link href={`/contacts/${contact.id}`} className="text-brand-700 underline">
                  {contact.name}
                </Link>
                {contact.title && <span className="text-slate-600">, {contact.title}</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">{t('noContact')}</p>
        )}
      </section>
      <section aria-labelledby="organisation-meetings" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="organisation-meetings" className="mb-2 font-semibold">
          {t('meetings')}
        </h2>
        <MeetingList meetings={meetings} empty={t('noMeetings')} />
        {next && (
          <Link className="mt-2 inline-block text-sm text-brand-700 underline" href={`/meetings?organisation=${organisation.id}`}>
            {t('allMeetings')}
          </Link>
        )}
      </section>
    </div>
  );
}
