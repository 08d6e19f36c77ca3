import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { buttonClass } from '@/components/ui/button-styles';
import { FollowUpList } from '@/components/follow-up-list';
import { listFollowUps } from '@/db/follow-ups';
import { isOwnMeeting } from '@/db/meetings';
import { can, canOnRecord } from '@/lib/policy';
import { requirePermission } from '@/server/current-user';
import { getFormat } from '@/server/format';
import { changeStatusAction } from '../../follow-ups/actions';
import { toRows } from '../../_components/follow-up-rows';
import { missionToday } from '@/db/settings';
import { DeleteMeetingButton } from '../_components/delete-meeting-button';
import { deleteMeetingLabels } from '../_components/form-options';
import { recordTitle } from '@/server/record-title';
import { loadMeeting } from '@/server/load-meeting';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return recordTitle('meeting:view', (await getTranslations('meetings.detail'))('fallbackTitle'), (viewer) => loadMeeting(viewer, id).title);
}

/** The day a record was logged or changed, as it has always been written here (YYYY-MM-DD: the same in every language). */
const day = (at: Date) => at.toISOString().slice(0, 10);

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-xl border border-slate-200 bg-white p-4 sm:p-5" aria-label={title}>
      <h2 className="mb-2 font-semibold">{title}</h2>
      {children}
    </section>
  );
}

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('meeting:view');
  const meeting = loadMeeting(viewer, (await params).id);
  const t = await getTranslations('meetings.detail');
  const f = await getFormat();
  const agreed = meeting.areas.filter((area) => area.outcome === 'agreed');
  const discussed = meeting.areas.filter((area) => area.outcome === 'discussed');
  return (
    <article className="max-w-4xl space-y-4">
      <Link href="/meetings" className="text-sm text-brand-700 underline">
        ← {t('allMeetings')}
      </Link>
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm font-medium text-slate-600">
            {f.meetingKind[meeting.kind]} · {f.dateRange(meeting.startDate, meeting.endDate)}
          </p>
          <h1 className="text-2xl font-semibold break-words">{meeting.title}</h1>
          <p className="mt-1 text-slate-700">{meeting.places.map((place) => `${place.city} (${f.country(place.countryCode)})`).join(' · ')}</p>
          {meeting.confidentiality === 'restricted' && (
            <p className="mt-2 inline-block rounded-full bg-amber-100 px-3 py-1 text-sm font-medium text-amber-900">{t('restricted')}</p>
          )}
        </div>
        {canOnRecord(viewer, 'meeting:edit', isOwnMeeting(viewer, meeting)) && (
          <Link href={`/meetings/${meeting.id}/edit`} className={buttonClass('secondary')}>
            {t('edit')}
          </Link>
        )}
      </header>

      <div className="grid gap-4 md:grid-cols-2">
        <Section title={t('partnerCountries')}>
          <p>{meeting.countries.map((code) => f.country(code)).join(', ')}</p>
        </Section>
        <Section title={t('attendees')}>
          <p>
            {meeting.attendees.map((attendee) => (attendee.postTitle ? `${attendee.name} (${f.post(attendee.postTitle)})` : attendee.name)).join(', ') || '—'}
          </p>
        </Section>
      </div>

      <Section title={t('counterparts')}>
        {meeting.contacts.length ? (
          <ul className="space-y-1">
            {meeting.contacts.map((contact) => (
              <li key={contact.id}>
                <Link href={`/contacts/${contact.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {contact.name}
                </Link>
                <span className="text-slate-600">{[contact.title, contact.organisationName].filter(Boolean).map((part) => `, ${part}`)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">{t('noneRecorded')}</p>
        )}
      </Section>

      <Section title={t('areas')}>
        {agreed.length > 0 && (
          <p>
            <span className="font-medium">{t('agreed')} </span>
            {agreed.map((area) => (
              <span key={area.id} className="mr-1 inline-block rounded-full bg-emerald-100 px-2 py-0.5 text-sm text-emerald-900">
                {f.area(area.name)}
              </span>
            ))}
          </p>
        )}
        {discussed.length > 0 && (
          <p className="mt-1">
            <span className="font-medium">{t('discussed')} </span>
            {discussed.map((area) => f.area(area.name)).join(', ')}
          </p>
        )}
        {meeting.areas.length === 0 && <p className="text-slate-600">{t('noneRecorded')}</p>}
      </Section>

      <Section title={t('summary')}>
        <p className="whitespace-pre-wrap break-words">{meeting.summary ?? '—'}</p>
      </Section>
      <Section title={t('outcome')}>
        <p className="whitespace-pre-wrap break-words">{meeting.outcome ?? '—'}</p>
      </Section>

      {meeting.sourceText && (
        // Part of the meeting, so shown to whoever may see the meeting; folded, since it is long.
        <details className="rounded-xl border border-slate-200 bg-white">
          <summary className="flex min-h-11 cursor-pointer items-center px-4 font-semibold sm:px-5">{t('sourceReadout')}</summary>
          <div className="whitespace-pre-wrap break-words border-t border-slate-200 p-4 text-sm text-slate-800 sm:p-5">{meeting.sourceText}</div>
        </details>
      )}

      <section aria-labelledby="meeting-follow-ups" className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="meeting-follow-ups" className="font-semibold">
            {t('followUps')}
          </h2>
          {can(viewer, 'follow-up:create') && (
            <Link href={`/follow-ups/new?meeting=${meeting.id}`} className={buttonClass('secondary')}>
              {t('addFollowUp')}
            </Link>
          )}
        </div>
        <FollowUpList
          rows={toRows(viewer, listFollowUps({ viewer, filters: { meetingId: meeting.id } }))}
          changeStatus={changeStatusAction}
          today={missionToday()}
          empty={t('noFollowUp')}
        />
      </section>

      <p className="text-sm text-slate-600">
        {meeting.version > 1
          ? t('loggedAndChanged', { name: meeting.createdByName, date: day(meeting.createdAt), changed: day(meeting.updatedAt) })
          : t('logged', { name: meeting.createdByName, date: day(meeting.createdAt) })}
      </p>
      {can(viewer, 'meeting:delete') && <DeleteMeetingButton meetingId={meeting.id} labels={await deleteMeetingLabels()} />}
    </article>
  );
}
