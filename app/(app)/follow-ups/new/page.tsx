import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { getDraft } from '@/db/drafts';
import { listCooperationAreas, listFocusCountryCodes } from '@/db/reference';
import { listActiveColleagues } from '@/db/users';
import { ownablePosts } from '@/db/posts';
import { commitmentSides } from '@/lib/follow-ups';
import { requirePermission } from '@/server/current-user';
import { getFormat } from '@/server/format';
import { loadOr404 } from '@/server/load-or-404';
import { loadMeeting } from '@/server/load-meeting';
import { FollowUpForm } from '../_components/follow-up-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('followUp.new'))('title') };
}

export default async function NewFollowUpPage({ searchParams }: { searchParams: Promise<{ meeting?: string; draft?: string }> }) {
  const viewer = await requirePermission('follow-up:create');
  const { meeting: rawMeetingId, draft: rawDraftId } = await searchParams;
  const t = await getTranslations('followUp');
  const f = await getFormat();
  // A meeting the viewer cannot see is a 404, as everywhere; so is someone else's draft.
  const meeting = rawMeetingId ? loadMeeting(viewer, rawMeetingId) : undefined;
  const draft = rawDraftId ? loadOr404(rawDraftId, (id) => getDraft({ viewer, id })) : undefined;
  const focus = listFocusCountryCodes();
  return (
    <div className="max-w-2xl">
      <PageHeader title={t('new.title')} />
      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <FollowUpForm
          meeting={meeting && { id: meeting.id, title: meeting.title }}
          defaults={{ countryCode: meeting?.countries[0] ?? focus[0] ?? '' }}
          author={{ id: viewer.id, email: viewer.email }}
          draft={draft && { id: draft.id, payload: draft.payload }}
          options={{
            countries: f.countries(),
            colleagues: listActiveColleagues(),
            areas: listCooperationAreas().map((area) => ({ id: area.id, name: f.area(area.name) })),
            posts: ownablePosts({ viewer, post: f.post }),
            sides: commitmentSides.map((side) => ({ value: side, label: f.side[side] })),
          }}
          labels={{
            fromMeeting: t.raw('form.fromMeeting') as string,
            title: t('form.title'),
            details: t('form.details'),
            committedBy: t('form.committedBy'),
            owner: t('form.owner'),
            nobodyYet: t('form.nobodyYet'),
            post: t('form.post'),
            postHint: t('form.postHint'),
            noPost: t('form.noPost'),
            country: t('form.country'),
            choose: t('form.choose'),
            dueDate: t('form.dueDate'),
            area: t('form.area'),
            save: t('form.save'),
            untitled: t('form.untitled'),
          }}
        />
      </div>
    </div>
  );
}
