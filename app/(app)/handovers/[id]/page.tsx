import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { getHandover } from '@/db/posts';
import { getMissionSettings } from '@/db/settings';
import { canTakePartInHandover } from '@/lib/policy';
import { requirePermission } from '@/server/current-user';
import { getFormat } from '@/server/format';
import { loadOr404 } from '@/server/load-or-404';
import { AcknowledgeForm, HandoverNotesForm } from './handover-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('handovers.handover'))('title') };
}

/** The columns of the counts, each labelled by `tallies.<key>` in the catalogue. */
const tallies = ['followUps', 'contacts', 'meetings'] as const;

export default async function HandoverPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('handover:take-part');
  const handover = loadOr404((await params).id, (id) => getHandover({ viewer, id }));
  const [t, f] = await Promise.all([getTranslations('handovers.handover'), getFormat()]);
  const post = f.post(handover.postTitle);
  const { timeZone } = getMissionSettings();
  const mayWrite = canTakePartInHandover(viewer, handover, 'notes');
  const mayAcknowledge = canTakePartInHandover(viewer, handover, 'acknowledge');
  const pending = handover.items.filter((item) => !item.acknowledgedAt);
  const when = {
    to: handover.interim ? t('adInterim', { name: handover.toName }) : handover.toName,
    date: handover.effectiveDate,
    recorded: f.timestamp(handover.createdAt, timeZone),
  };
  const parties: [string, string][] = [
    ['post', post],
    ...(handover.fromUserId ? ([[`user:${handover.fromUserId}`, handover.fromName ?? t('leavingHolder')]] as [string, string][]) : []),
    [`user:${handover.toUserId}`, handover.toName],
  ];
  return (
    <div className="max-w-3xl space-y-4">
      <Link href={`/posts/${handover.postId}`} className="text-sm text-brand-700 underline">
        ← {post}
      </Link>
      <header>
        <h1 className="text-2xl font-semibold">{t('heading', { post })}</h1>
        <p className="text-slate-700">{handover.fromName ? t('fromTo', { from: handover.fromName, ...when }) : t('to', when)}</p>
        <Link href={`/posts/${handover.postId}/brief`} className="text-sm text-brand-700 underline">
          {t('brief')}
        </Link>
      </header>
      {handover.generalNote && (
        <section aria-labelledby="general-note" className="rounded-xl border border-amber-200 bg-amber-50 p-4">
          <h2 id="general-note" className="font-semibold">
            {handover.fromName ? t('noteOf', { name: handover.fromName }) : t('note')}
          </h2>
          <p className="whitespace-pre-line">{handover.generalNote}</p>
        </section>
      )}
      <section aria-labelledby="items" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="items" className="font-semibold">
            {t('items', { count: handover.items.length })}
          </h2>
          {mayAcknowledge && pending.length > 1 && (
            <AcknowledgeForm
              handoverId={handover.id}
              itemIds={pending.map((item) => item.id)}
              label={t('acknowledgeAll', { count: pending.length })}
              pendingLabel={t('acknowledging')}
            />
          )}
        </div>
        <ul className="divide-y divide-slate-100" aria-label={t('itemsLabel')}>
          {handover.items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
              <div className="min-w-0 flex-1">
                {item.label === null ? (
                  <span className="text-slate-600">{item.kind === 'follow-up' ? t('hiddenFollowUp') : t('hiddenContact')}</span>
                ) : (
                  <Link href={item.kind === 'follow-up' ? `/follow-ups/${item.recordId}` : `/contacts/${item.recordId}`} className="text-brand-700 underline">
                    {item.label}
                  </Link>
                )}
                <span className="text-sm text-slate-600">
                  {' '}
                  · {item.kind === 'follow-up' ? t('followUp') : t('contact')}
                  {item.countryCode && ` · ${f.country(item.countryCode)}`}
                  {item.committedBy && ` · ${f.side[item.committedBy]}`}
                  {item.detail && ` · ${item.detail}`}
                  {item.dueDate && ` · ${t('due', { date: item.dueDate })}`} · {item.withPost ? t('withPost') : t('reassigned')}
                </span>
                {item.note && <p className="text-sm whitespace-pre-line text-slate-800">{t('itemNote', { note: item.note })}</p>}
              </div>
              {item.acknowledgedAt ? (
                <span className="text-sm text-emerald-800">{t('acknowledged')}</span>
              ) : mayAcknowledge ? (
                <AcknowledgeForm handoverId={handover.id} itemIds={[item.id]} label={t('acknowledge')} pendingLabel={t('acknowledging')} />
              ) : (
                <span className="text-sm text-slate-600">{t('notAcknowledged')}</span>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="counts" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="counts" className="mb-2 font-semibold">
          {t('counted')}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left">
                <th scope="col">{t('of')}</th>
                {tallies.map((tally) => (
                  <th key={tally} scope="col">
                    {t(`tallies.${tally}`)}
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
                  {tallies.map((tally) => (
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
            {t('notes')}
          </h2>
          <HandoverNotesForm
            handoverId={handover.id}
            generalNote={handover.generalNote}
            items={handover.items
              .filter((item) => item.label !== null)
              .map((item) => ({ id: item.id, noteLabel: t('noteOn', { label: item.label! }), note: item.note }))}
            labels={{
              saved: t('notesSaved'),
              generalNote: t('generalNote'),
              generalNoteHint: t('generalNoteHint'),
              submit: t('saveNotes'),
              saving: t('saving'),
            }}
          />
        </section>
      )}
    </div>
  );
}
