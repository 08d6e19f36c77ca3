import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { requirePermission } from '@/server/current-user';
import { recordMeetingAction } from '../actions';
import { meetingFormOptions } from '../_components/form-options';
import { MeetingForm } from '../_components/meeting-form';

export const metadata: Metadata = { title: 'Log a meeting' };

export default async function NewMeetingPage() {
  const user = await requirePermission('meeting:create');
  const options = meetingFormOptions();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="max-w-3xl">
      <PageHeader title="Log a meeting" />
      <MeetingForm
        action={recordMeetingAction}
        submitLabel="Save meeting"
        options={options}
        initial={{
          title: '',
          kind: 'business-meeting',
          startDate: today,
          endDate: '',
          places: [{ city: '', countryCode: '' }],
          countries: options.focusCountries.length === 1 ? options.focusCountries : [],
          attendees: [user.id],
          contacts: [],
          areas: {},
          summary: '',
          outcome: '',
          confidentiality: 'normal',
          followUps: [{ title: '', committedBy: 'ours', ownerId: String(user.id), dueDate: '', countryCode: '' }],
        }}
      />
    </div>
  );
}
