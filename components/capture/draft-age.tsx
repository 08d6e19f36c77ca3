const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A month: a draft older than this is flagged, so that forgotten text gets a decision (it is never removed by itself). */
const OLD_DRAFT_MS = 30 * 86_400_000;

const sinceNow = (at: Date) => Date.now() - at.getTime();

/** "kept 3 hours ago", and for an old draft the date and a flag. */
export function DraftAge({ at }: { at: Date }) {
  const elapsed = sinceNow(at);
  const minutes = Math.round(elapsed / 60_000);
  const text =
    minutes < 60 ? relative.format(-minutes, 'minute') : minutes < 48 * 60 ? relative.format(-Math.round(minutes / 60), 'hour') : `on ${day.format(at)}`;
  return (
    <span className="text-slate-600">
      (kept <time dateTime={at.toISOString()}>{text}</time>
      {elapsed > OLD_DRAFT_MS && <strong className="ml-1 font-medium text-amber-900">· old: resume or discard it</strong>})
    </span>
  );
}
