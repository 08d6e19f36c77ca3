import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { Link } from '@/components/ui/link';
import { findDraftFor } from '@/db/drafts';
import { getFollowUp, isOwnFollowUp } from '@/db/follow-ups';
import { getMissionSettings } from '@/db/settings';
import { listActiveColleagues } from '@/db/users';
import { type FollowUpStatus, followUpStatuses } from '@/lib/follow-ups';
import { can, canOnRecord } from '@/lib/policy';
import { ownerLabel } from '@/lib/posts';
import { ownablePosts } from '@/db/posts';
import { type SignedInViewer, requirePermission } from '@/server/current-user';
import { type Format, getFormat } from '@/server/format';
import { recordTitle } from '@/server/record-title';
import { loadOr404 } from '@/server/load-or-404';
import { DueDateForm, NoteForm, ReassignForm, StatusForm } from '../_components/follow-up-controls';

const loadFollowUp = cache((viewer: SignedInViewer, rawId: string) => loadOr404(rawId, (id) => getFollowUp({ viewer, id })));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return recordTitle('follow-up:view', (await getTranslations('followUp.detail'))('fallbackTitle'), (viewer) => loadFollowUp(viewer, id).title);
}

type Translate = Awaited<ReturnType<typeof getTranslations<'followUp.log'>>>;

/** A change in the log, after its author's name: "changed the status from Open to In progress". */
function describe(event: { kind: string; fromValue: string | null; toValue: string | null }, t: Translate, f: Format) {
  const status = (value: string | null) => (value ? ((f.status as Record<string, string>)[value] ?? value) : '—');
  switch (event.kind) {
    case 'created':
      return t('created');
    case 'status':
      return t('status', { from: status(event.fromValue), to: status(event.toValue) });
    case 'owner':
      return t('owner', { from: event.fromValue ?? t('nobody'), to: event.toValue ?? t('nobody') });
    case 'due-date':
      return t('dueDate', { from: event.fromValue ?? t('none'), to: event.toValue ?? t('none') });
    default:
      return t('note');
  }
}

export default async function FollowUpPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('follow-up:view');
  const followUp = loadFollowUp(viewer, (await params).id);
  const t = await getTranslations('followUp.detail');
  const tl = await getTranslations('followUp.log');
  const tc = await getTranslations('followUp.controls');
  const f = await getFormat();
  const canUpdate = canOnRecord(viewer, 'follow-up:update', isOwnFollowUp(viewer, followUp));
  const noteDraft = canUpdate ? findDraftFor({ viewer, form: 'follow-up-note', targetId: followUp.id }) : undefined;
  const { timeZone } = getMissionSettings();
  const owner = ownerLabel(followUp, f.post);
  return (
    <div className="max-w-4xl space-y-4">
      <Link href="/follow-ups" className="text-sm text-brand-700 underline">
        ← {t('allFollowUps')}
      </Link>
      <header>
        <p className="text-sm font-medium text-slate-600">
          {f.status[followUp.status]} · {f.side[followUp.committedBy]} · {f.country(followUp.countryCode)}
        </p>
        <h1 className="text-2xl font-semibold break-words">{followUp.title}</h1>
        <p className="text-slate-700">
          {followUp.dueDate ? t('due', { date: f.dateRange(followUp.dueDate) }) : t('noDueDate')} · {owner ? t('owner', { owner }) : t('noOwner')}
          {followUp.areaName && ` · ${f.area(followUp.areaName)}`}
        </p>
        {followUp.meetingId && (
          <p className="text-sm">
            {followUp.meetingTitle === null ? (
              t('fromDeletedMeeting')
            ) : (
              <>
                {t('fromMeeting')}{' '}
                <Link href={`/meetings/${followUp.meetingId}`} className="text-brand-700 underline">
                  {followUp.meetingTitle}
                </Link>
              </>
            )}
          </p>
        )}
        {followUp.details && <p className="mt-2 whitespace-pre-wrap break-words">{followUp.details}</p>}
        {followUp.cancelReason && <p className="mt-2 text-sm">{t('cancelledBecause', { reason: followUp.cancelReason })}</p>}
      </header>
      <div className="grid gap-4 md:grid-cols-2">
        {canUpdate && (
          <StatusForm
            followUpId={followUp.id}
            version={followUp.version}
            status={followUp.status}
            labels={{
              status: tc('status'),
              options: followUpStatuses.map((s) => ({ value: s, label: f.status[s] })),
              changedTo: Object.fromEntries(followUpStatuses.map((s) => [s, tc('statusChanged', { status: f.status[s] })])) as Record<FollowUpStatus, string>,
              reason: tc('reason'),
              note: tc('statusNote'),
              submit: tc('changeStatus'),
            }}
          />
        )}
        {canUpdate && (
          <NoteForm
            key={noteDraft?.id}
            followUpId={followUp.id}
            author={{ id: viewer.id, email: viewer.email }}
            draft={noteDraft && { id: noteDraft.id, payload: noteDraft.payload }}
            labels={{ note: tc('progressNote'), added: tc('noteAdded'), submit: tc('addNote') }}
          />
        )}
        {canUpdate && (
          <DueDateForm
            followUpId={followUp.id}
            version={followUp.version}
            dueDate={followUp.dueDate}
            labels={{ dueDate: tc('dueDate'), hint: tc('dueDateHint'), saved: tc('dueDateSaved'), submit: tc('changeDueDate') }}
          />
        )}
        {can(viewer, 'follow-up:reassign') && (
          <ReassignForm
            followUpId={followUp.id}
            version={followUp.version}
            ownerId={followUp.ownerId}
            ownerPostId={followUp.ownerPostId}
            colleagues={listActiveColleagues()}
            posts={ownablePosts({ viewer, post: f.post })}
            labels={{
              owner: tc('owner'),
              noOwner: tc('noOwner'),
              post: tc('post'),
              postHint: tc('postHint'),
              noPost: tc('noPost'),
              changed: tc('ownerChanged'),
              unchanged: tc('ownerUnchanged'),
              submit: tc('reassign'),
            }}
          />
        )}
      </div>
      <section aria-labelledby="log-heading" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="log-heading" className="mb-2 font-semibold">
          {tl('heading')}
        </h2>
        <ol className="space-y-2" aria-label={tl('history')}>
          {followUp.events.map((event) => (
            <li key={event.id} className="text-sm">
              <time dateTime={event.at.toISOString()} className="text-slate-600">
                {f.timestamp(event.at, timeZone)}
              </time>{' '}
              — <span className="font-medium">{event.actorName}</span> {describe(event, tl, f)}
              {event.note && <span className="block whitespace-pre-wrap break-words pl-4 text-slate-800">{tl('quotedNote', { note: event.note })}</span>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
