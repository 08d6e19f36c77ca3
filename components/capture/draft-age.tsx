import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { fillNodes } from '@/components/fill-nodes';
import { formatDateRange } from '@/lib/dates';
import { fill } from '@/lib/fill';
import type { Locale } from '@/lib/locale';
import { getFormat } from '@/server/format';

/** A month: a draft older than this is flagged, so that forgotten text gets a decision (it is never removed by itself). */
const OLD_DRAFT_MS = 30 * 86_400_000;

type Words = { kept: string; on: string; old: string };

/** "(kept 3 hours ago)", and for an old draft the date and a flag, in `locale`. */
export function draftAge(at: Date, locale: Locale, words: Words, now = Date.now()): ReactNode {
  const elapsed = now - at.getTime();
  const minutes = Math.round(elapsed / 60_000);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const text =
    minutes < 60
      ? relative.format(-minutes, 'minute')
      : minutes < 48 * 60
        ? relative.format(-Math.round(minutes / 60), 'hour')
        : fill(words.on, { date: formatDateRange(at.toISOString().slice(0, 10), null, locale) });
  return (
    <span className="text-slate-600">
      {fillNodes(words.kept, {
        time: <time dateTime={at.toISOString()}>{text}</time>,
        old: elapsed > OLD_DRAFT_MS && <strong className="ml-1 font-medium text-amber-900">{words.old}</strong>,
      })}
    </span>
  );
}

/** A draft's age, written on the server: no script for a line of text. */
export async function DraftAge({ at }: { at: Date }) {
  const [{ locale }, t] = await Promise.all([getFormat(), getTranslations('common.draftAge')]);
  return draftAge(at, locale, { kept: t.raw('kept'), on: t.raw('on'), old: t.raw('old') });
}
