'use client';

import { Link } from '@/components/ui/link';

/** A meeting as a list shows it, worded on the server. */
export type MeetingLine = { id: number; title: string; restricted: boolean; details: string };

/**
 * Rendered as a client component from plain values, for the reason the dashboard's rows are
 * (decision 0009): a list of server-rendered elements reaches the browser twice, as HTML and as
 * a much larger element tree in the RSC payload.
 */
export function MeetingLines({ lines, framed, labels }: { lines: MeetingLine[]; framed: boolean; labels: { list: string; restricted: string } }) {
  return (
    <ul
      className={framed ? 'divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white' : 'space-y-2'}
      aria-label={framed ? labels.list : undefined}
    >
      {lines.map((line) => (
        <li key={line.id} className={framed ? 'p-4 print:break-inside-avoid print:px-0 print:py-1' : 'print:break-inside-avoid'}>
          <Link href={`/meetings/${line.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            {line.title}
          </Link>
          {line.restricted && <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">{labels.restricted}</span>}
          <span className="block text-sm text-slate-600">{line.details}</span>
        </li>
      ))}
    </ul>
  );
}
