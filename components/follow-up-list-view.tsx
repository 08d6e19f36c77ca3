'use client';

import { Link } from '@/components/ui/link';
import { useId, useOptimistic, useState, useTransition } from 'react';
import { fill } from '@/lib/fill';
import { type FollowUpStatus, followUpStatuses, isActiveStatus } from '@/lib/follow-ups';
import type { ActionResult } from '@/lib/action-result';

/** A follow-up as a list shows it, its line worded on the server (components/follow-up-list.tsx). */
export type FollowUpLine = {
  id: number;
  title: string;
  details: string;
  /** Its due date is before today: overdue while it is still active. */
  pastDue: boolean;
  status: FollowUpStatus;
  version: number;
  canUpdate: boolean;
};

/** `statusOf`, `saved` and `notSaved` are templates (`{title}`, `{status}`, `{reason}`), filled here. */
export type FollowUpListLabels = {
  list: string;
  overdue: string;
  statusOf: string;
  saved: string;
  notSaved: string;
  unreachable: string;
  status: Record<FollowUpStatus, string>;
};

/** A row as shown: `saving` while its quick status change is on its way. */
type ShownRow = FollowUpLine & { saving?: boolean };

export type ChangeStatus = (previous: null, payload: Record<string, unknown>) => Promise<ActionResult<{ status: FollowUpStatus; version: number }>>;

/**
 * Follow-ups with a quick status change: the new status shows at once (React's useOptimistic, no
 * client-side cache involved, so no query library in these pages' first load) and falls back,
 * with the server's reason, if the change is refused. Cancelling needs a reason, so it is done on
 * the follow-up's own page.
 */
export function FollowUpListView({
  rows: initialRows,
  changeStatus,
  empty,
  labels,
}: {
  rows: FollowUpLine[];
  changeStatus: ChangeStatus;
  empty: string;
  labels: FollowUpListLabels;
}) {
  const [savedRows, setSavedRows] = useState(initialRows);
  const [rows, showStatus] = useOptimistic<ShownRow[], { id: number; status: FollowUpStatus }>(savedRows, (current, { id, status }) =>
    current.map((row) => (row.id === id ? { ...row, status, saving: true } : row)),
  );
  const [messages, setMessages] = useState<Record<number, string>>({});
  const [, startTransition] = useTransition();
  // One follow-up can be in two lists of a page (the review queue's overdue and unowned): ids per list.
  const listId = useId();
  const say = (id: number, message: string) => setMessages((current) => ({ ...current, [id]: message }));

  const change = (row: FollowUpLine, status: FollowUpStatus) => {
    say(row.id, '');
    startTransition(async () => {
      showStatus({ id: row.id, status });
      const outcome = await changeStatus(null, { followUpId: row.id, version: row.version, status }).catch(() => null);
      // The optimistic status lasts until this transition ends: keep it only if the server saved it.
      startTransition(() => {
        if (outcome?.ok) {
          setSavedRows((current) => current.map((r) => (r.id === row.id ? { ...r, status: outcome.data.status, version: outcome.data.version } : r)));
          say(row.id, fill(labels.saved, { status: labels.status[outcome.data.status] }));
        } else {
          say(row.id, fill(labels.notSaved, { reason: outcome?.formError ?? labels.unreachable }));
        }
      });
    });
  };

  if (rows.length === 0) return <p className="text-slate-600">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white print:border-0" aria-label={labels.list}>
      {rows.map((row) => {
        const overdue = row.pastDue && isActiveStatus(row.status);
        return (
          <li key={row.id} className="flex flex-wrap items-start justify-between gap-3 p-4 print:break-inside-avoid print:px-0 print:py-1">
            <div className="min-w-0 flex-1">
              <Link href={`/follow-ups/${row.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {row.title}
              </Link>
              <p className="text-sm text-slate-600">
                {overdue && <span className="mr-1 rounded bg-red-100 px-1.5 py-0.5 font-medium text-red-800">{labels.overdue}</span>}
                {row.details}
              </p>
              <p role="status" className="text-sm text-slate-700">
                {messages[row.id]}
              </p>
            </div>
            {row.canUpdate ? (
              <div className="print:hidden">
                <label htmlFor={`${listId}status-${row.id}`} className="sr-only">
                  {fill(labels.statusOf, { title: row.title })}
                </label>
                <select
                  id={`${listId}status-${row.id}`}
                  className="min-h-11 rounded-md border border-slate-300 bg-white px-2 text-sm"
                  value={row.status}
                  // Busy, not disabled: a disabled control drops keyboard focus to the page.
                  aria-busy={row.saving}
                  onChange={(event) => {
                    if (!row.saving) change(row, event.target.value as FollowUpStatus);
                  }}
                >
                  {followUpStatuses
                    .filter((status) => status !== 'cancelled' || row.status === 'cancelled')
                    .map((status) => (
                      <option key={status} value={status}>
                        {labels.status[status]}
                      </option>
                    ))}
                </select>
              </div>
            ) : (
              <span className="rounded-full bg-slate-100 px-2 py-1 text-sm print:hidden">{labels.status[row.status]}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
