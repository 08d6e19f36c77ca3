import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { getDraft } from '@/db/drafts';
import { listCooperationAreas, listFocusCountryCodes } from '@/db/reference';
import { listActiveColleagues } from '@/db/users';
import { ownablePosts } from '@/db/posts';
import { countriesByName } from '@/lib/countries';
import { requirePermission } from '@/server/current-user';
import { loadOr404 } from '@/server/load-or-404';
import { loadMeeting } from '@/server/load-meeting';
import { FollowUpForm } from '../_components/follow-up-form';

export const metadata: Metadata = { title: 'New follow-up' };

export default async function NewFollowUpPage({ searchParams }: { searchParams: Promise<{ meeting?: string; draft?: string }> }) {
  const viewer = await requirePermission('follow-up:create');
  const { meeting: rawMeetingId, draft: rawDraftId } = await searchParams;
  // A meeting the viewer cannot see is a 404, as everywhere; so is someone else's draft.
  const meeting = rawMeetingId ? loadMeeting(viewer, rawMeetingId) : undefined;
  const draft = rawDraftId ? loadOr404(rawDraftId, (id) => getDraft({ viewer, id })) : undefined;
  const focus = listFocusCountryCodes();
  return (
    <div className="max-w-2xl">
      <PageHeader title="New follow-up" />
      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <FollowUpForm
          meeting={meeting && { id: meeting.id, title: meeting.title }}
          defaults={{ countryCode: meeting?.countries[0] ?? focus[0] ?? '' }}
          author={{ id: viewer.id, email: viewer.email }}
          draft={draft && { id: draft.id, payload: draft.payload }}
          options={{ countries: countriesByName, colleagues: listActiveColleagues(), areas: listCooperationAreas(), posts: ownablePosts({ viewer }) }}
        />
      </div>
    </div>
  );
}
