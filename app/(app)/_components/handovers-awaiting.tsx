import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Link } from '@/components/ui/link';
import type { Handover } from '@/db/posts';
import { getFormat } from '@/server/format';

/**
 * On home: what was handed to the viewer and still waits for their acknowledgement, with the leaving
 * holder's notes; and the handovers the viewer left without a note yet.
 */
export async function HandoversAwaiting({
  toAcknowledge,
  toWrite,
}: {
  toAcknowledge: Handover[];
  toWrite: { id: number; postTitle: string; toName: string }[];
}) {
  if (!toAcknowledge.length && !toWrite.length) return null;
  const [t, f] = await Promise.all([getTranslations('handovers.awaiting'), getFormat()]);
  return (
    <section aria-labelledby="handovers" className="space-y-3 rounded-xl border border-amber-200 bg-amber-50 p-4">
      <h2 id="handovers" className="text-lg font-semibold">
        {t('title')}
      </h2>
      {toWrite.map((handover) => (
        <p key={handover.id}>
          {t('handedOver', { post: f.post(handover.postTitle), name: handover.toName })}{' '}
          <Link href={`/handovers/${handover.id}`} className="font-medium text-brand-700 underline">
            {t('writeNotes')}
          </Link>
        </p>
      ))}
      {toAcknowledge.map((handover) => {
        const pending = handover.items.filter((item) => !item.acknowledgedAt);
        const values = {
          post: f.post(handover.postTitle),
          date: handover.effectiveDate,
          pending: pending.length,
          total: handover.items.length,
          strong: (chunks: ReactNode) => <strong>{chunks}</strong>,
        };
        return (
          <div key={handover.id} className="space-y-2">
            <p>
              {handover.fromName ? t.rich('handedYou', { name: handover.fromName, ...values }) : t.rich('tookOver', values)}{' '}
              <Link href={`/handovers/${handover.id}`} className="font-medium text-brand-700 underline">
                {t('open')}
              </Link>
            </p>
            {handover.generalNote && <p className="text-sm whitespace-pre-line">{t('quote', { note: handover.generalNote })}</p>}
            <ul className="space-y-1 text-sm" aria-label={t('itemsOf', { post: f.post(handover.postTitle) })}>
              {pending.map((item) => (
                <li key={item.id}>
                  {item.label ?? (item.kind === 'follow-up' ? t('hiddenFollowUp') : t('hiddenContact'))}
                  {item.note && <span className="text-slate-700"> — {item.note}</span>}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
