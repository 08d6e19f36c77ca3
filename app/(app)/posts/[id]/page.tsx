import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { FollowUpList } from '@/components/follow-up-list';
import { buttonClass } from '@/components/ui/button-styles';
import { listFollowUps } from '@/db/follow-ups';
import { listCooperationAreas } from '@/db/reference';
import { missionToday } from '@/db/settings';
import { isActiveStatus } from '@/lib/follow-ups';
import { can } from '@/lib/policy';
import { requirePermission } from '@/server/current-user';
import { getFormat } from '@/server/format';
import { recordTitle } from '@/server/record-title';
import { changeStatusAction } from '../../follow-ups/actions';
import { toRows } from '../../_components/follow-up-rows';
import { loadPost } from '../_components/load-post';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const f = await getFormat();
  return recordTitle('post:view', (await getTranslations('posts.post'))('fallbackTitle'), (viewer) => f.post(loadPost(viewer, id).title));
}

const LISTED = 25;

export default async function PostPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('post:view');
  const post = loadPost(viewer, (await params).id);
  const [t, f] = await Promise.all([getTranslations('posts.post'), getFormat()]);
  const today = missionToday();
  // Active ones come first in this order, so the first page holds the open ones.
  const owned = listFollowUps({ viewer, filters: { postId: post.id }, today, limit: LISTED }).filter((item) => isActiveStatus(item.status));
  /** "Name (ad interim) (account closed)": how a past or present holder reads in the list. */
  const holderName = (holder: { name: string; interim: boolean; active: boolean }) => {
    const name = holder.interim ? t('adInterim', { name: holder.name }) : holder.name;
    return holder.active ? name : t('accountClosed', { name });
  };
  const areas = listCooperationAreas({ includeRetired: true }).filter((area) => post.areaIds.includes(area.id));
  return (
    <div className="max-w-3xl space-y-4">
      <Link href="/posts" className="text-sm text-brand-700 underline">
        ← {t('allPosts')}
      </Link>
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{f.post(post.title)}</h1>
          <p className="text-slate-700">
            {[
              post.section,
              post.holder ? t(post.holder.interim ? 'heldByInterim' : 'heldBy', { name: post.holder.name, date: post.holder.fromDate }) : t('vacant'),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href={`/posts/${post.id}/brief`} className={buttonClass('secondary')}>
            {t('handoverBrief')}
          </Link>
          {can(viewer, 'post:hand-over') && (
            <Link href={`/posts/${post.id}/handover`} className={buttonClass()}>
              {post.holder ? t('handOver') : t('giveHolder')}
            </Link>
          )}
          {can(viewer, 'post:manage') && (
            <Link href={`/posts/${post.id}/edit`} className={buttonClass('secondary')}>
              {t('edit')}
            </Link>
          )}
        </div>
      </header>
      <dl className="grid gap-2 rounded-xl border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-medium">{t('partnerCountries')}</dt>
          <dd>{post.countryCodes.length ? post.countryCodes.map((code) => f.country(code)).join(', ') : '—'}</dd>
        </div>
        <div>
          <dt className="font-medium">{t('cooperationAreas')}</dt>
          <dd>{areas.length ? areas.map((area) => f.area(area.name)).join(', ') : '—'}</dd>
        </div>
      </dl>
      <section aria-labelledby="post-follow-ups" className="space-y-2">
        <h2 id="post-follow-ups" className="text-lg font-semibold">
          {t('openFollowUps')}
        </h2>
        <FollowUpList rows={toRows(viewer, owned)} changeStatus={changeStatusAction} today={today} empty={t('nothingOpen')} />
        <Link href={`/follow-ups?post=${post.id}`} className="text-sm text-brand-700 underline">
          {t('everyFollowUp')}
        </Link>
      </section>
      <section aria-labelledby="post-holders" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="post-holders" className="mb-2 font-semibold">
          {t('holders')}
        </h2>
        {post.holders.length ? (
          <ol className="space-y-1 text-sm">
            {post.holders.map((holder) => (
              <li key={`${holder.userId}-${holder.fromDate}`}>
                {t('holderPeriod', { name: holderName(holder), from: holder.fromDate, to: holder.toDate ?? t('today') })}
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-slate-600">{t('noHolder')}</p>
        )}
        {post.handovers.length > 0 && (
          <>
            <h3 className="mt-3 mb-1 text-sm font-semibold">{t('handovers')}</h3>
            <ul className="space-y-1 text-sm">
              {post.handovers.map((handover) => (
                <li key={handover.id}>
                  <Link href={`/handovers/${handover.id}`} className="text-brand-700 underline">
                    {t('handoverOf', { date: handover.effectiveDate })}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
