import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { buttonClass } from '@/components/ui/button-styles';
import { FollowUpList } from '@/components/follow-up-list';
import { listFollowUps } from '@/db/follow-ups';
import { isOwnMeeting } from '@/db/meetings';
import { countryName } from '@/lib/countries';
import { formatDateRange } from '@/lib/dates';
import { meetingKindLabels } from '@/lib/meetings';
import { can, canOnRecord } from '@/lib/policy';
import { requirePermission } from '@/server/current-user';
import { changeStatusAction } from '../../follow-ups/actions';
import { toRows } from '../../_components/follow-up-rows';
import { missionToday } from '@/db/settings';
import { DeleteMeetingButton } from '../_components/delete-meeting-button';
import { recordTitle } from '@/server/record-title';
import { loadMeeting } from '@/server/load-meeting';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return recordTitle('meeting:view', 'Meeting', (viewer) => loadMeeting(viewer, id).title);
}

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
  const agreed = meeting.areas.filter((area) => area.outcome === 'agreed');
  const discussed = meeting.areas.filter((area) => area.outcome === 'discussed');
  return (
    <article className="max-w-4xl space-y-4">
      <Link href="/meetings" className="text-sm text-brand-700 underline">
        ← All meetings
      </Link>
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm font-medium text-slate-600">
            {meetingKindLabels[meeting.kind]} · {formatDateRange(meeting.startDate, meeting.endDate)}
          </p>
          <h1 className="text-2xl font-semibold break-words">{meeting.title}</h1>
          <p className="mt-1 text-slate-700">{meeting.places.map((place) => `${place.city} (${countryName(place.countryCode)})`).join(' · ')}</p>
          {meeting.confidentiality === 'restricted' && (
            <p className="mt-2 inline-block rounded-full bg-amber-100 px-3 py-1 text-sm font-medium text-amber-900">
              Restricted: its author, attendees and managers only
            </p>
          )}
        </div>
        {canOnRecord(viewer, 'meeting:edit', isOwnMeeting(viewer, meeting)) && (
          <Link href={`/meetings/${meeting.id}/edit`} className={buttonClass('secondary')}>
            Edit
          </Link>
        )}
      </header>

      <div className="grid gap-4 md:grid-cols-2">
        <Section title="Partner countries">
          <p>{meeting.countries.map((code) => countryName(code)).join(', ')}</p>
        </Section>
        <Section title="Our attendees">
          <p>{meeting.attendees.map((attendee) => (attendee.postTitle ? `${attendee.name} (${attendee.postTitle})` : attendee.name)).join(', ') || '—'}</p>
        </Section>
      </div>

      <Section title="Counterparts">
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
          <p className="text-slate-600">None recorded.</p>
        )}
      </Section>

      <Section title="Cooperation areas">
        {agreed.length > 0 && (
          <p>
            <span className="font-medium">Agreed: </span>
            {agreed.map((area) => (
              <span key={area.id} className="mr-1 inline-block rounded-full bg-emerald-100 px-2 py-0.5 text-sm text-emerald-900">
                {area.name}
              </span>
            ))}
          </p>
        )}
        {discussed.length > 0 && (
          <p className="mt-1">
            <span className="font-medium">Discussed: </span>
            {discussed.map((area) => area.name).join(', ')}
          </p>
        )}
        {meeting.areas.length === 0 && <p className="text-slate-600">None recorded.</p>}
      </Section>

      <Section title="Summary">
        <p className="whitespace-pre-wrap break-words">{meeting.summary ?? '—'}</p>
      </Section>
      <Section title="Outcome">
        <p className="whitespace-pre-wrap break-words">{meeting.outcome ?? '—'}</p>
      </Section>

      {meeting.sourceText && (
        // Part of the meeting, so shown to whoever may see the meeting; folded, since it is long.
        <details className="rounded-xl border border-slate-200 bg-white">
          <summary className="flex min-h-11 cursor-pointer items-center px-4 font-semibold sm:px-5">Source readout</summary>
          <div className="whitespace-pre-wrap break-words border-t border-slate-200 p-4 text-sm text-slate-800 sm:p-5">{meeting.sourceText}</div>
        </details>
      )}

      <section aria-labelledby="meeting-follow-ups" className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="meeting-follow-ups" className="font-semibold">
            Follow-ups
          </h2>
          {can(viewer, 'follow-up:create') && (
            <Link href={`/follow-ups/new?meeting=${meeting.id}`} className={buttonClass('secondary')}>
              Add a follow-up
            </Link>
          )}
        </div>
        <FollowUpList
          rows={toRows(viewer, listFollowUps({ viewer, filters: { meetingId: meeting.id } }))}
          changeStatus={changeStatusAction}
          today={missionToday()}
          empty="No follow-up recorded for this meeting."
        />
      </section>

      <p className="text-sm text-slate-600">
        Logged by {meeting.createdByName} on {meeting.createdAt.toISOString().slice(0, 10)}
        {meeting.version > 1 && `, last changed ${meeting.updatedAt.toISOString().slice(0, 10)}`}.
      </p>
      {can(viewer, 'meeting:delete') && <DeleteMeetingButton meetingId={meeting.id} />}
    </article>
  );
}
