import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { listCooperationAreas, listFocusCountryCodes } from '@/db/reference';
import { listActiveColleagues } from '@/db/users';
import { countriesByName } from '@/lib/countries';
import { requirePermission } from '@/server/current-user';
import { loadMeeting } from '../../meetings/_components/load-meeting';
import { FollowUpForm } from '../_components/follow-up-form';

export const metadata: Metadata = { title: 'New follow-up' };

export default async function NewFollowUpPage({ searchParams }: { searchParams: Promise<{ meeting?: string }> }) {
  const user = await requirePermission('follow-up:create');
  const { meeting: rawMeetingId } = await searchParams;
  // A meeting the viewer cannot see is a 404, as everywhere.
  const meeting = rawMeetingId ? loadMeeting(user, rawMeetingId) : undefined;
  const focus = listFocusCountryCodes();
  return (
    <div className="max-w-2xl">
      <PageHeader title="New follow-up" />
      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <FollowUpForm
          meeting={meeting && { id: meeting.id, title: meeting.title }}
          defaults={{ countryCode: meeting?.countries[0] ?? focus[0] ?? '', ownerId: user.id }}
          options={{ countries: countriesByName, colleagues: listActiveColleagues(), areas: listCooperationAreas() }}
        />
      </div>
    </div>
  );
}
