import * as chrono from 'chrono-node';
import { foldKeepingOffsets } from './geography';
import type { Lexicon } from './lexicon';

/** A date the text gives, with the year completed and where it stands. */
/** `deadline` when the date is what something is due by ("by 30 April"), not when something happened. */
export type DateMention = {
  start: number;
  end: number;
  date: string;
  endDate: string | null;
  yearGiven: boolean;
  monthOnly: boolean;
  header: boolean;
  deadline?: boolean;
};

/** Where the heading lines end (site name, dateline, headline): the first line long enough to be prose, with a full stop. */
export function headerEnd(text: string): number {
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim().length > 100 && /[.!?](\s|$)/.test(line)) return offset;
    offset += line.length + 1;
  }
  return 0;
}

/** "10.05.2024", "20/02/2024": day first, as in every language read here (chrono would read 10 May as 5 October). */
const numericDate = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/g;

// A day past the month's end (29 February of a year without one) is its last day.
const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDayOf(year, month))).padStart(2, '0')}`;

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "24 et 25 juin", "24 and 25 June", "24-25 June", "3 e 4 maggio": chrono reads only the last day. */
const dayBefore = /\b(\d{1,2})(?:er|st|nd|rd|th|\.)?\s*(?:et|and|e|und|en|&|-|–)\s*$/u;

/** The names of the weekdays in a language, Sunday first as getUTCDay counts: "Monday", "lunedì", "maandag". */
export function weekdaysOf(language: string): string[] {
  const format = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-07 was a Sunday.
  return Array.from({ length: 7 }, (_, day) => format.format(new Date(Date.UTC(2024, 0, 7 + day))));
}

/**
 * Years missing from the text are the latest that keeps the date on or before `latest` (the
 * publication date): a readout reports what happened, not what will.
 */
export function findDates(text: string, lexicon: Lexicon | null, latest: string | null): DateMention[] {
  const parser = lexicon?.chrono ?? chrono.en.casual;
  const bound = latest ?? new Date().toISOString().slice(0, 10);
  const boundYear = Number(bound.slice(0, 4));
  const mentions: DateMention[] = [];
  const head = headerEnd(text);
  // A dateline opening the first paragraph: "Milano, 17 novembre 2023 – Si è conclusa…".
  // "London, 14 May 2025. On 12 May…": a place and a date alone, as the first sentence, are one too.
  // "21. Mai 2026, 06:00 Uhr | Lesedauer: 3 Minuten", "12 mars 2025 | 14h30": a short line of the page giving when it was posted.
  const isPostedLine = (start: number) => {
    const line = text.slice(text.lastIndexOf('\n', start) + 1).split('\n', 1)[0]!;
    return line.length < 90 && /\d{4}/.test(line) && /\||\b\d{1,2}[:.h]\d{2}\b|\buhr\b/i.test(line) && !/[.!?]\s*$/.test(line.trim());
  };
  const isDateline = (start: number, end: number) =>
    isPostedLine(start) ||
    (start < head + 40 &&
      !/[.!?]/.test(text.slice(head, start)) &&
      (/^\s*[–—-]/.test(text.slice(end, end + 3)) ||
        (/^\.\s/.test(text.slice(end, end + 2)) && /^\s*\p{Lu}[\p{L} .'’-]{1,40},\s*$/u.test(text.slice(head, start)))));
  for (const match of text.matchAll(numericDate)) {
    const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12 || day < 1 || day > lastDayOf(year, month)) continue;
    mentions.push({
      start: match.index,
      end: match.index + match[0].length,
      date: iso(year, month, day),
      endDate: null,
      yearGiven: true,
      monthOnly: false,
      header: match.index < head || isDateline(match.index, match.index + match[0].length),
    });
  }
  const numeric = [...mentions];
  // Austrian "Jänner" is January; a spaced hyphen is a dash, not a minus ("ROMA, 09 OTT - Due giorni…" is not two days
  // before the 9th); a dash between a year and a capital ends a dateline, not a range ("14 maggio 2025 – Il 12 maggio…"). The same
  // lengths, so offsets hold.
  // A weekday before a day's number is blanked, as is Dutch "en met": chrono reads "16 tot 20 maart", not "maandag 16 tot en met vrijdag 20 maart".
  const weekdayBeforeDay = new RegExp(`(?<![\\p{L}])(?:${weekdaysOf(lexicon?.language ?? 'en').join('|')}),?(?=\\s+\\d)`, 'giu');
  const blank = (words: string) => ' '.repeat(words.length);
  const readable = text
    .replace(weekdayBeforeDay, blank)
    .replace(/(?<=\btot) en met\b/g, blank)
    .replace(/J[äa]nner/g, 'Januar')
    .replace(/ - /g, ' – ')
    .replace(/(?<=\d{4}) [–—] (?=\p{Lu})/gu, ' ; ');
  for (const result of parser.parse(readable, new Date(`${bound}T12:00:00Z`), { forwardDate: false })) {
    if (numeric.some((m) => m.start < result.index + result.text.length && result.index < m.end)) continue;
    const { start } = result;
    // "yesterday", "ieri", "mardi": days told by reference are read against the publication date, not today (index.ts).
    if (!/\d/.test(result.text) && start.isCertain('day')) continue;
    if (!start.isCertain('month') && !start.isCertain('day')) continue; // "today", weekdays alone, bare times
    if (!start.isCertain('month')) continue;
    const monthOnly = !start.isCertain('day');
    const month = start.get('month')!;
    const day = start.get('day') ?? 1;
    let year = start.isCertain('year') ? start.get('year')! : boundYear;
    const yearGiven = start.isCertain('year');
    if (!yearGiven && iso(year, month, day) > bound) year -= 1;
    if (year < 1900 || year > 2200) continue;
    let endDate: string | null = null;
    const end = result.end;
    if (end?.isCertain('day')) {
      const endYear = end.isCertain('year') ? end.get('year')! : year;
      endDate = iso(endYear, end.get('month') ?? month, end.get('day')!);
    }
    let from = result.index;
    let startDay = day;
    // A day just before: "les 24 et 25 juin" is a range ending on the day chrono found.
    const before = dayBefore.exec(readable.slice(Math.max(0, from - 30), from));
    if (before && !endDate && Number(before[1]) < day) {
      startDay = Number(before[1]);
      from -= before[0].length;
      endDate = iso(year, month, day);
    }
    mentions.push({
      start: from,
      end: result.index + result.text.length,
      date: iso(year, month, startDay),
      endDate,
      yearGiven,
      monthOnly,
      header: from < head || isDateline(from, result.index + result.text.length),
    });
  }
  if (lexicon) {
    const due = new RegExp(`(?:${lexicon.due.source})(?:${lexicon.endOf.source})?$`, 'i');
    for (const mention of mentions) mention.deadline = due.test(foldKeepingOffsets(text.slice(Math.max(0, mention.start - 30), mention.start)));
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** The last day of the month a month-only date names: "by the end of March" is the 31st. */
export function endOfMonth(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return iso(year, month, lastDayOf(year, month));
}

/** A date printed in the heading lines (a dateline, "18 October 2022, 11:30", "Publié le 20.02.2024"): the publication date. */
export function datelineDate(text: string, lexicon: Lexicon | null): string | null {
  const mention = findDates(text, lexicon, null).find((date) => date.header && date.yearGiven && !date.monthOnly);
  return mention?.date ?? null;
}

/** Without a publication date, the latest year the text gives bounds the years it leaves out. */
export function latestGivenDate(text: string, lexicon: Lexicon | null): string | null {
  const given = findDates(text, lexicon, null)
    .filter((date) => date.yearGiven && !date.monthOnly)
    .map((date) => date.endDate ?? date.date);
  return given.length ? given.sort().at(-1)! : null;
}
