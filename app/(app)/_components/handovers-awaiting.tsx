import { Link } from '@/components/ui/link';
import type { Handover } from '@/db/posts';

/**
 * On home: what was handed to the viewer and still waits for their acknowledgement, with the leaving
 * holder's notes; and the handovers the viewer left without a note yet.
 */
export function HandoversAwaiting({ toAcknowledge, toWrite }: { toAcknowledge: Handover[]; toWrite: { id: number; postTitle: string; toName: string }[] }) {
  if (!toAcknowledge.length && !toWrite.length) return null;
  return (
    <section aria-labelledby="handovers" className="space-y-3 rounded-xl border border-amber-200 bg-amber-50 p-4">
      <h2 id="handovers" className="text-lg font-semibold">
        Handovers
      </h2>
      {toWrite.map((handover) => (
        <p key={handover.id}>
          You handed over {handover.postTitle} to {handover.toName}.{' '}
          <Link href={`/handovers/${handover.id}`} className="font-medium text-brand-700 underline">
            Write your notes for them
          </Link>
        </p>
      ))}
      {toAcknowledge.map((handover) => {
        const pending = handover.items.filter((item) => !item.acknowledgedAt);
        return (
          <div key={handover.id} className="space-y-2">
            <p>
              {handover.fromName ? `${handover.fromName} handed you ` : 'You took over '}
              <strong>{handover.postTitle}</strong> from {handover.effectiveDate}: {pending.length} of {handover.items.length} items to acknowledge.{' '}
              <Link href={`/handovers/${handover.id}`} className="font-medium text-brand-700 underline">
                Open the handover
              </Link>
            </p>
            {handover.generalNote && <p className="text-sm whitespace-pre-line">“{handover.generalNote}”</p>}
            <ul className="space-y-1 text-sm" aria-label={`Items of the handover of ${handover.postTitle}`}>
              {pending.map((item) => (
                <li key={item.id}>
                  {item.label ?? `A ${item.kind} you may not see`}
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
