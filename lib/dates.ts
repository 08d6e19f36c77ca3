import type { Locale } from './locale';

/** The regional form each language writes dates in: day before month, a 24-hour clock. */
export const dateLocales: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

// Building a formatter costs far more than using one, and a list shows hundreds of dates.
const dayFormats: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat(dateLocales.en, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  fr: new Intl.DateTimeFormat(dateLocales.fr, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "24 June 2024" ("24 juin 2024"), or "24 June 2024 – 25 June 2024" for a meeting over several days. */
export function formatDateRange(start: string, end?: string | null, locale: Locale = 'en'): string {
  const format = dayFormats[locale];
  const first = format.format(new Date(`${start}T00:00:00Z`));
  if (!end || end === start) return first;
  return `${first} – ${format.format(new Date(`${end}T00:00:00Z`))}`;
}

/** The zones a mission may choose: the runtime's IANA list, plus UTC, the default (which the list leaves out). */
export const timeZones: readonly string[] = ['UTC', ...Intl.supportedValuesOf('timeZone')];
const timeZoneSet = new Set(timeZones);

export function isTimeZone(value: unknown): value is string {
  return typeof value === 'string' && timeZoneSet.has(value);
}

const timestampFormats = new Map<string, Intl.DateTimeFormat>();
const calendarDays = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day (YYYY-MM-DD) it is at `at` in `timeZone`. Dates are stored as plain days, and a
 * mission's "today" (what is overdue, what is due soon, a new meeting's date) is the day at the mission.
 */
export function dayIn(timeZone: string, at: Date = new Date()): string {
  let format = calendarDays.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });
    calendarDays.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const relativeFormats: Record<Locale, Intl.RelativeTimeFormat> = {
  en: new Intl.RelativeTimeFormat('en', { numeric: 'auto' }),
  fr: new Intl.RelativeTimeFormat('fr', { numeric: 'auto' }),
};
// Intl has no "over": past a year, the count is a floor, and saying so keeps "1 year ago" from reading as exact.
const overYears: Record<Locale, (years: number) => string> = {
  en: (years) => (years === 1 ? 'over a year ago' : `over ${years} years ago`),
  fr: (years) => (years === 1 ? 'il y a plus d’un an' : `il y a plus de ${years} ans`),
};

/**
 * How long before `today` a day was, as a person would say it: "yesterday", "3 weeks ago", "over a
 * year ago", "over 7 years ago" ("hier", "il y a 3 semaines"…). A count of days past two weeks is read as a date by nobody.
 */
export function howLongAgo(day: string, today: string, locale: Locale = 'en'): string {
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000);
  const relative = relativeFormats[locale];
  if (days < 14) return relative.format(-days, 'day');
  if (days < 61) return relative.format(-Math.floor(days / 7), 'week');
  if (days < 365) return relative.format(-Math.floor(days / 30.5), 'month');
  return overYears[locale](Math.max(1, Math.floor(days / 365.25)));
}

/** The day `days` after (or before, when negative) `day`, both YYYY-MM-DD. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * An instant as the mission reads it: "24 June 2024 at 16:05 CEST" in its time zone, the day
 * written as on every page, the zone named so that nobody mistakes it for their own.
 */
export function formatTimestamp(at: Date, timeZone: string, { seconds = false, locale = 'en' }: { seconds?: boolean; locale?: Locale } = {}): string {
  const key = `${timeZone}|${seconds}|${locale}`;
  let format = timestampFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(dateLocales[locale], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: seconds ? '2-digit' : undefined,
      hourCycle: 'h23',
      timeZoneName: 'short',
      timeZone,
    });
    timestampFormats.set(key, format);
  }
  return format.format(at);
}
