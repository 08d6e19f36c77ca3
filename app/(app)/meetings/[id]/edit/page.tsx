import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DraftAge } from '@/components/capture/draft-age';
import { PageHeader } from '@/components/page-header';
import { Link } from '@/components/ui/link';
import { findDraftFor } from '@/db/drafts';
import { audienceOf, isOwnMeeting } from '@/db/meetings';
import { canChangeAudience, canOnRecord } from '@/lib/policy';
import { requirePermission } from '@/server/current-user';
import { updateMeetingAction } from '../../actions';
import { DiscardDraftButton } from '../../../_components/discard-draft-button';
import { meetingFormLabels, meetingFormOptions } from '../../_components/form-options';
import { loadMeeting } from '@/server/load-meeting';
import { MeetingForm } from '../../_components/meeting-form';
import { newKey } from '../../_components/rows';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meetingForm.editPage'))('metaTitle') };
}

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('meeting:view');
  const meeting = loadMeeting(viewer, (await params).id);
  if (!canOnRecord(viewer, 'meeting:edit', isOwnMeeting(viewer, meeting))) notFound();
  // Changes typed earlier and never saved come back by themselves; saving still checks the version they started from.
  const draft = findDraftFor({ viewer, form: 'meeting', targetId: meeting.id });
  const t = await getTranslations('meetingForm.editPage');
  return (
    <div className="max-w-3xl">
      <Link href={`/meetings/${meeting.id}`} className="text-sm text-brand-700 underline">
        ← {t('back')}
      </Link>
      <PageHeader title={t('title', { title: meeting.title })} />
      {draft && (
        <div role="status" className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm">
          <p>{t.rich('draftBack', { age: () => <DraftAge at={draft.updatedAt} /> })}</p>
          <DiscardDraftButton draftId={draft.id} label={t('discardDraft')} />
        </div>
      )}
      <MeetingForm
        key={draft?.id ?? 'saved'}
        action={updateMeetingAction}
        options={await meetingFormOptions(meeting.areas)}
        labels={await meetingFormLabels(t('submit'))}
        author={{ id: viewer.id, email: viewer.email }}
        draft={draft && { id: draft.id, payload: draft.payload }}
        audienceLocked={!canChangeAudience(viewer, audienceOf(meeting), { confidentiality: 'normal', attendeeIds: [] })}
        initial={{
          meetingId: meeting.id,
          version: meeting.version,
          title: meeting.title,
          kind: meeting.kind,
          startDate: meeting.startDate,
          endDate: meeting.endDate ?? '',
          places: meeting.places.map((place) => ({ ...place, key: newKey() })),
          countries: meeting.countries,
          attendees: meeting.attendees.map((attendee) => attendee.id),
          contacts: meeting.contacts,
          areas: Object.fromEntries(meeting.areas.map((area) => [area.id, area.outcome])),
          summary: meeting.summary ?? '',
          outcome: meeting.outcome ?? '',
          confidentiality: meeting.confidentiality,
          sourceText: meeting.sourceText ?? '',
          proposedContacts: [],
        }}
      />
    </div>
  );
}
