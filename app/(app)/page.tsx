import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { RecoverUnsaved } from '@/components/capture/recover-unsaved';
import { FollowUpList } from '@/components/follow-up-list';
import { MeetingList } from '@/components/meeting-list';
import { buttonClass } from '@/components/ui/button-styles';
import { listDrafts } from '@/db/drafts';
import { listMyOpenFollowUps, listPostOpenFollowUps } from '@/db/follow-ups';
import { handoversAwaiting, postsHeldBy } from '@/db/posts';
import { HandoversAwaiting } from './_components/handovers-awaiting';
import { listMyRecentMeetings } from '@/db/meetings';
import { can } from '@/lib/policy';
import { requireViewer } from '@/server/current-user';
import { getFormat } from '@/server/format';
import { DraftsList } from './_components/drafts-list';
import { saveDraftAction } from './drafts/actions';
import { SetupChecklist } from './_components/setup-checklist';
import { changeStatusAction } from './follow-ups/actions';
import { toRows } from './_components/follow-up-rows';
import { missionToday } from '@/db/settings';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('home'))('title') };
}

/** The most urgent few; the full list is one link away. */
const HOME_FOLLOW_UPS = 20;

export default async function HomePage() {
  const viewer = await requireViewer();
  const t = await getTranslations('home');
  const format = await getFormatter();
  const f = await getFormat();
  const mine = can(viewer, 'follow-up:view') ? listMyOpenFollowUps({ viewer, limit: HOME_FOLLOW_UPS }) : { rows: [], total: 0 };
  const followUps = toRows(viewer, mine.rows);
  const recent = can(viewer, 'meeting:view') ? listMyRecentMeetings({ viewer }) : [];
  const drafts = can(viewer, 'draft:keep') ? listDrafts({ viewer }) : [];
  const today = missionToday();
  const myPosts = can(viewer, 'post:view') && can(viewer, 'follow-up:view') ? postsHeldBy({ userId: viewer.id, day: today }) : [];
  const handovers = can(viewer, 'handover:take-part') ? handoversAwaiting({ viewer }) : { toAcknowledge: [], toWrite: [] };
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t('welcome', { name: viewer.name })}</h1>
          <p className="mt-1 text-slate-600">{t('intro')}</p>
        </div>
        {can(viewer, 'meeting:create') && (
          <Link href="/meetings/new" className={buttonClass()}>
            {t('logMeeting')}
          </Link>
        )}
      </div>
      <SetupChecklist />
      <RecoverUnsaved userId={viewer.id} saveDraft={saveDraftAction} />
      <DraftsList drafts={drafts} />
      <HandoversAwaiting {...handovers} />
      {myPosts.map((post) => {
        const owned = listPostOpenFollowUps({ viewer, postId: post.id, limit: HOME_FOLLOW_UPS });
        return (
          <section key={post.id} aria-labelledby={`post-${post.id}`} className="space-y-2">
            <h2 id={`post-${post.id}`} className="text-lg font-semibold">
              {t('asPost', { post: post.interim ? t('adInterim', { post: f.post(post.title) }) : f.post(post.title) })}
            </h2>
            <FollowUpList rows={toRows(viewer, owned.rows)} changeStatus={changeStatusAction} today={today} empty={t('postNothingOpen')} />
            {owned.total > owned.rows.length && (
              <p className="text-sm">
                {t('mostUrgent', { shown: owned.rows.length, total: format.number(owned.total) })}{' '}
                <Link href={`/follow-ups?post=${post.id}`} className="font-medium text-brand-700 underline">
                  {t('seeAllOfPost')}
                </Link>
              </p>
            )}
          </section>
        );
      })}
      <section aria-labelledby="my-follow-ups" className="space-y-2">
        <h2 id="my-follow-ups" className="text-lg font-semibold">
          {t('myFollowUps')}
        </h2>
        <FollowUpList rows={followUps} changeStatus={changeStatusAction} today={today} empty={t('nothingOpen')} />
        {mine.total > mine.rows.length && (
          <p className="text-sm">
            {t('mostUrgent', { shown: mine.rows.length, total: format.number(mine.total) })}{' '}
            <Link href={`/follow-ups?owner=${viewer.id}`} className="font-medium text-brand-700 underline">
              {t('seeAllMine')}
            </Link>
          </p>
        )}
      </section>
      <section aria-labelledby="my-meetings" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="my-meetings" className="text-lg font-semibold">
          {t('myMeetings')}
        </h2>
        <MeetingList meetings={recent} empty={t('noMeetings')} />
      </section>
    </div>
  );
}
