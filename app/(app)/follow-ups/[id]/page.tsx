import type { Metadata } from 'next';
import { cache } from 'react';
import { Link } from '@/components/ui/link';
import { findDraftFor } from '@/db/drafts';
import { getFollowUp, isOwnFollowUp } from '@/db/follow-ups';
import { getMissionSettings } from '@/db/settings';
import { listActiveColleagues } from '@/db/users';
import { countryName } from '@/lib/countries';
import { formatDateRange, formatTimestamp } from '@/lib/dates';
import { commitmentSideLabels, type FollowUpStatus, followUpStatusLabels, meetingOfFollowUp } from '@/lib/follow-ups';
import { can, canOnRecord } from '@/lib/policy';
import { ownerLabel } from '@/lib/posts';
import { ownablePosts } from '@/db/posts';
import { type SignedInViewer, requirePermission } from '@/server/current-user';
import { recordTitle } from '@/server/record-title';
import { loadOr404 } from '@/server/load-or-404';
import { DueDateForm, NoteForm, ReassignForm, StatusForm } from '../_components/follow-up-controls';

const loadFollowUp = cache((viewer: SignedInViewer, rawId: string) => loadOr404(rawId, (id) => getFollowUp({ viewer, id })));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return recordTitle('follow-up:view', 'Follow-up', (viewer) => loadFollowUp(viewer, id).title);
}

function describe(event: { kind: string; fromValue: string | null; toValue: string | null }) {
  const status = (value: string | null) => (value ? (followUpStatusLabels[value as FollowUpStatus] ?? value) : '—');
  switch (event.kind) {
    case 'created':
      return 'created the follow-up';
    case 'status':
      return `changed the status from ${status(event.fromValue)} to ${status(event.toValue)}`;
    case 'owner':
      return `reassigned it from ${event.fromValue ?? 'nobody'} to ${event.toValue ?? 'nobody'}`;
    case 'due-date':
      return `changed the due date from ${event.fromValue ?? 'none'} to ${event.toValue ?? 'none'}`;
    default:
      return 'added a note';
  }
}

export default async function FollowUpPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('follow-up:view');
  const followUp = loadFollowUp(viewer, (await params).id);
  const canUpdate = canOnRecord(viewer, 'follow-up:update', isOwnFollowUp(viewer, followUp));
  const noteDraft = canUpdate ? findDraftFor({ viewer, form: 'follow-up-note', targetId: followUp.id }) : undefined;
  const { timeZone } = getMissionSettings();
  return (
    <div className="max-w-4xl space-y-4">
      <Link href="/follow-ups" className="text-sm text-brand-700 underline">
        ← All follow-ups
      </Link>
      <header>
        <p className="text-sm font-medium text-slate-600">
          {followUpStatusLabels[followUp.status]} · {commitmentSideLabels[followUp.committedBy]} · {countryName(followUp.countryCode)}
        </p>
        <h1 className="text-2xl font-semibold break-words">{followUp.title}</h1>
        <p className="text-slate-700">
          {followUp.dueDate ? `Due ${formatDateRange(followUp.dueDate)}` : 'No due date'} · Owner: {ownerLabel(followUp) ?? 'nobody'}
          {followUp.areaName && ` · ${followUp.areaName}`}
        </p>
        {followUp.meetingId && (
          <p className="text-sm">
            {followUp.meetingTitle === null ? (
              `From ${meetingOfFollowUp(followUp)}`
            ) : (
              <>
                From the meeting{' '}
                <Link href={`/meetings/${followUp.meetingId}`} className="text-brand-700 underline">
                  {followUp.meetingTitle}
                </Link>
              </>
            )}
          </p>
        )}
        {followUp.details && <p className="mt-2 whitespace-pre-wrap break-words">{followUp.details}</p>}
        {followUp.cancelReason && <p className="mt-2 text-sm">Cancelled because: {followUp.cancelReason}</p>}
      </header>
      <div className="grid gap-4 md:grid-cols-2">
        {canUpdate && <StatusForm followUpId={followUp.id} version={followUp.version} status={followUp.status} />}
        {canUpdate && (
          <NoteForm
            key={noteDraft?.id}
            followUpId={followUp.id}
            author={{ id: viewer.id, email: viewer.email }}
            draft={noteDraft && { id: noteDraft.id, payload: noteDraft.payload }}
          />
        )}
        {canUpdate && <DueDateForm followUpId={followUp.id} version={followUp.version} dueDate={followUp.dueDate} />}
        {can(viewer, 'follow-up:reassign') && (
          <ReassignForm
            followUpId={followUp.id}
            version={followUp.version}
            ownerId={followUp.ownerId}
            ownerPostId={followUp.ownerPostId}
            colleagues={listActiveColleagues()}
            posts={ownablePosts({ viewer })}
          />
        )}
      </div>
      <section aria-labelledby="log-heading" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="log-heading" className="mb-2 font-semibold">
          Log
        </h2>
        <ol className="space-y-2" aria-label="History">
          {followUp.events.map((event) => (
            <li key={event.id} className="text-sm">
              <time dateTime={event.at.toISOString()} className="text-slate-600">
                {formatTimestamp(event.at, timeZone)}
              </time>{' '}
              — <span className="font-medium">{event.actorName}</span> {describe(event)}
              {event.note && <span className="block whitespace-pre-wrap break-words pl-4 text-slate-800">“{event.note}”</span>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
