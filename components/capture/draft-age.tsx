'use client';

import { fillNodes, useCommonWords } from '@/components/common-words';
import { fill } from '@/lib/fill';
import { formatDateRange } from '@/lib/dates';

/** A month: a draft older than this is flagged, so that forgotten text gets a decision (it is never removed by itself). */
const OLD_DRAFT_MS = 30 * 86_400_000;

const sinceNow = (at: Date) => Date.now() - at.getTime();

/** "kept 3 hours ago", and for an old draft the date and a flag, in the page's language. */
export function DraftAge({ at }: { at: Date }) {
  const { locale, draftAge: words } = useCommonWords();
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const elapsed = sinceNow(at);
  const minutes = Math.round(elapsed / 60_000);
  const text =
    minutes < 60
      ? relative.format(-minutes, 'minute')
      : minutes < 48 * 60
        ? relative.format(-Math.round(minutes / 60), 'hour')
        : fill(words.on, { date: formatDateRange(at.toISOString().slice(0, 10), null, locale) });
  return (
    <span className="text-slate-600">
      {fillNodes(words.kept, {
        // The minute may turn between the server's rendering and the browser's.
        time: (
          <time dateTime={at.toISOString()} suppressHydrationWarning>
            {text}
          </time>
        ),
        old: elapsed > OLD_DRAFT_MS && <strong className="ml-1 font-medium text-amber-900">{words.old}</strong>,
      })}
    </span>
  );
}
