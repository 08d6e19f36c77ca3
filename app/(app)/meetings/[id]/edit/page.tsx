import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/page-header';
import { isOwnMeeting } from '@/db/meetings';
import { canOnRecord } from '@/lib/policy';
import { requirePermission } from '@/server/current-user';
import { updateMeetingAction } from '../../actions';
import { meetingFormOptions } from '../../_components/form-options';
import { loadMeeting } from '../../_components/load-meeting';
import { MeetingForm } from '../../_components/meeting-form';

export const metadata: Metadata = { title: 'Edit meeting' };

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission('meeting:view');
  const meeting = loadMeeting(user, (await params).id);
  if (!canOnRecord(user, 'meeting:edit', isOwnMeeting(user, meeting))) notFound();
  return (
    <div className="max-w-3xl">
      <Link href={`/meetings/${meeting.id}`} className="text-sm text-brand-700 underline">
        ← Back to the meeting
      </Link>
      <PageHeader title={`Edit: ${meeting.title}`} />
      <MeetingForm
        action={updateMeetingAction}
        submitLabel="Save changes"
        options={meetingFormOptions(meeting.areas)}
        initial={{
          meetingId: meeting.id,
          version: meeting.version,
          title: meeting.title,
          kind: meeting.kind,
          startDate: meeting.startDate,
          endDate: meeting.endDate ?? '',
          places: meeting.places,
          countries: meeting.countries,
          attendees: meeting.attendees.map((attendee) => attendee.id),
          contacts: meeting.contacts,
          areas: Object.fromEntries(meeting.areas.map((area) => [area.id, area.outcome])),
          summary: meeting.summary ?? '',
          outcome: meeting.outcome ?? '',
          confidentiality: meeting.confidentiality,
        }}
      />
    </div>
  );
}
