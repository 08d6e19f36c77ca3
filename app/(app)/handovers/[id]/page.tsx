import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { getHandover } from '@/db/posts';
import { getMissionSettings } from '@/db/settings';
import { formatTimestamp } from '@/lib/dates';
import { canTakePartInHandover } from '@/lib/policy';
import { requirePermission } from '@/server/current-user';
import { loadOr404 } from '@/server/load-or-404';
import { AcknowledgeForm, HandoverNotesForm } from './handover-forms';

export const metadata: Metadata = { title: 'Handover' };

const tallies = [
  ['followUps', 'Open follow-ups'],
  ['contacts', 'Contacts'],
  ['meetings', 'Meetings attended'],
] as const;

export default async function HandoverPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('handover:take-part');
  const handover = loadOr404((await params).id, (id) => getHandover({ viewer, id }));
  const { timeZone } = getMissionSettings();
  const mayWrite = canTakePartInHandover(viewer, handover, 'notes');
  const mayAcknowledge = canTakePartInHandover(viewer, handover, 'acknowledge');
  const pending = handover.items.filter((item) => !item.acknowledgedAt);
  const parties: [string, string][] = [
    ['post', handover.postTitle],
    ...(handover.fromUserId ? ([[`user:${handover.fromUserId}`, handover.fromName ?? 'Leaving holder']] as [string, string][]) : []),
    [`user:${handover.toUserId}`, handover.toName],
  ];
  return (
    <div className="max-w-3xl space-y-4">
      <Link href={`/posts/${handover.postId}`} className="text-sm text-brand-700 underline">
        ← {handover.postTitle}
      </Link>
      <header>
        <h1 className="text-2xl font-semibold">Handover of {handover.postTitle}</h1>
        <p className="text-slate-700">
          {handover.fromName ? `From ${handover.fromName} to ` : 'To '}
          {handover.toName}
          {handover.interim && ' (ad interim)'}, from {handover.effectiveDate}. Recorded {formatTimestamp(handover.createdAt, timeZone)}.
        </p>
        <Link href={`/posts/${handover.postId}/brief`} className="text-sm text-brand-700 underline">
          Handover brief (print or CSV)
        </Link>
      </header>
      {handover.generalNote && (
        <section aria-labelledby="general-note" className="rounded-xl border border-amber-200 bg-amber-50 p-4">
          <h2 id="general-note" className="font-semibold">
            {handover.fromName ? `${handover.fromName}’s note` : 'Note'}
          </h2>
          <p className="whitespace-pre-line">{handover.generalNote}</p>
        </section>
      )}
      <section aria-labelledby="items" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="items" className="font-semibold">
            What changed hands ({handover.items.length})
          </h2>
          {mayAcknowledge && pending.length > 1 && (
            <AcknowledgeForm handoverId={handover.id} itemIds={pending.map((item) => item.id)} label={`Acknowledge all ${pending.length}`} />
          )}
        </div>
        <ul className="divide-y divide-slate-100" aria-label="Items handed over">
          {handover.items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
              <div className="min-w-0 flex-1">
                {item.label === null ? (
                  <span className="text-slate-600">A {item.kind} you may not see</span>
                ) : (
                  <Link href={item.kind === 'follow-up' ? `/follow-ups/${item.recordId}` : `/contacts/${item.recordId}`} className="text-brand-700 underline">
                    {item.label}
                  </Link>
                )}
                <span className="text-sm text-slate-600">
                  {' '}
                  · {item.kind === 'follow-up' ? 'Follow-up' : 'Contact'}
                  {item.detail && ` · ${item.detail}`}
                  {item.dueDate && ` · due ${item.dueDate}`} · {item.withPost ? 'with the post' : 'reassigned'}
                </span>
                {item.note && <p className="text-sm whitespace-pre-line text-slate-800">Note: {item.note}</p>}
              </div>
              {item.acknowledgedAt ? (
                <span className="text-sm text-emerald-800">Acknowledged</span>
              ) : mayAcknowledge ? (
                <AcknowledgeForm handoverId={handover.id} itemIds={[item.id]} label="Acknowledge" />
              ) : (
                <span className="text-sm text-slate-600">Not yet acknowledged</span>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="counts" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="counts" className="mb-2 font-semibold">
          Counted before and after
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left">
                <th scope="col">Of</th>
                {tallies.map(([key, label]) => (
                  <th key={key} scope="col">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {parties.map(([key, name]) => (
                <tr key={key}>
                  <th scope="row" className="text-left font-normal">
                    {name}
                  </th>
                  {tallies.map(([tally]) => (
                    <td key={tally}>
                      {handover.counts.before[key]?.[tally] ?? 0} → {handover.counts.after[key]?.[tally] ?? 0}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {mayWrite && (
        <section aria-labelledby="notes" className="space-y-2">
          <h2 id="notes" className="text-lg font-semibold">
            Notes for the successor
          </h2>
          <HandoverNotesForm
            handoverId={handover.id}
            generalNote={handover.generalNote}
            items={handover.items.filter((item) => item.label !== null).map((item) => ({ id: item.id, label: item.label!, note: item.note }))}
          />
        </section>
      )}
    </div>
  );
}
