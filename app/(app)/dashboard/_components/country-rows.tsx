'use client';

import { Link } from '@/components/ui/link';

/** One row of the dashboard's table, every cell already worded on the server, in the reader's language. */
export type CountryRowView = {
  code: string;
  name: string;
  focus: boolean;
  open: number;
  overdue: number;
  dueSoon: number;
  /** "ours · partner · joint" */
  sides: string;
  /** How many agreed areas, worded: "3 agreed areas", "no agreed area" (the line under the name on a phone). */
  areaCountText: string;
  /** The agreed areas: the first three, and how many more ("Energy, Health, Trade and 2 more"). */
  areaNames: string;
  lastMeeting: string;
  meetingsLast90Days: number;
};

/**
 * The table's rows as a client component fed plain values: a server-rendered row travels twice,
 * as HTML and as an element tree in the page's RSC payload, and the tree is several times the
 * size of its values. Rendered here, the rows cost a quarter less server time per view (decision 0009).
 */
export function CountryRows({ rows, labels }: { rows: CountryRowView[]; labels: { focus: string; lastMet: string } }) {
  return (
    <tbody className="divide-y divide-slate-100">
      {rows.map((row) => (
        <tr key={row.code} data-country={row.code}>
          <th scope="row" className="font-medium">
            <Link href={`/countries/${row.code}`} className="text-brand-700 underline underline-offset-2">
              {row.name}
            </Link>
            {/* A space, so that a long name and its badge may part on a narrow screen. */}
            {row.focus && ' '}
            {row.focus && <span className="ml-1 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700">{labels.focus}</span>}
            <span className="mt-0.5 block text-xs font-normal text-slate-600 md:hidden">
              {labels.lastMet} {row.lastMeeting} · {row.areaCountText}
            </span>
          </th>
          <td className="text-right" data-label="open">
            {row.open}
          </td>
          <td className={`text-right ${row.overdue ? 'font-semibold text-red-700' : ''}`} data-label="overdue">
            {row.overdue}
          </td>
          <td className="text-right">{row.dueSoon}</td>
          <td className="hidden md:table-cell">{row.sides}</td>
          <td className="hidden md:table-cell">{row.areaNames || '—'}</td>
          <td className="hidden md:table-cell">{row.lastMeeting}</td>
          <td className="hidden text-right md:table-cell">{row.meetingsLast90Days}</td>
        </tr>
      ))}
    </tbody>
  );
}
