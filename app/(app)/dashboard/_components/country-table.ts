import type { CountryRow } from '@/db/dashboard';
import type { Format } from '@/server/format';
import type { CountryRowView } from './country-rows';
import { countryName } from '@/lib/countries';
import { howLongAgo } from '@/lib/dates';

/** The table's orders, first the default; each is worded in the catalogues (`dashboard.sorts`). */
export const countrySorts = ['focus', 'open', 'overdue', 'recent', 'name'] as const;
export type CountrySort = (typeof countrySorts)[number];

export function isCountrySort(value: unknown): value is CountrySort {
  return typeof value === 'string' && (countrySorts as readonly string[]).includes(value);
}

/** The words a row needs, in the reader's language: the page makes them from the catalogues. */
export type CountryRowWords = {
  /** "3 agreed areas", "1 agreed area", "no agreed area". */
  agreedAreas: (count: number) => string;
  /** "Energy, Health, Trade and 2 more". */
  areasAndMore: (areas: string, more: number) => string;
};

/** Country and area names, their order and how long ago a day was, in the reader's language: the page passes getFormat()'s. English when not given. */
export type CountryFormat = Pick<Format, 'locale' | 'country' | 'area' | 'ago'>;
const english: CountryFormat = { locale: 'en', country: (code) => countryName(code), area: (name) => name, ago: (day, today) => howLongAgo(day, today) };

/** Rows shown before "show all": a ministry-wide instance has ~200 countries, a page of them costs 3× a list page. */
export const FIRST_ROWS = 25;

function emptyRow(countryCode: string): CountryRow {
  return { countryCode, open: 0, overdue: 0, dueSoon: 0, ours: 0, partner: 0, joint: 0, agreedAreas: [], lastMeeting: null, meetingsLast90Days: 0 };
}

/**
 * The dashboard's rows in the chosen order: every country with activity, plus the focus countries
 * that have none yet (they are what the mission is accredited to). `shown` is the first
 * FIRST_ROWS of them unless `all` is asked for; `sorted` is every row, for the charts.
 */
export function countryTable(
  found: readonly CountryRow[],
  { focus, sort, all, format = english }: { focus: Set<string>; sort: CountrySort; all: boolean; format?: CountryFormat },
) {
  const rows = [...found];
  for (const code of focus) if (!rows.some((row) => row.countryCode === code)) rows.push(emptyRow(code));
  const names = new Map(rows.map((row) => [row.countryCode, format.country(row.countryCode)]));
  const order = new Intl.Collator(format.locale).compare;
  const byName = (a: CountryRow, b: CountryRow) => order(names.get(a.countryCode)!, names.get(b.countryCode)!);
  const comparators: Record<CountrySort, (a: CountryRow, b: CountryRow) => number> = {
    focus: (a, b) => Number(focus.has(b.countryCode)) - Number(focus.has(a.countryCode)) || b.open - a.open || byName(a, b),
    open: (a, b) => b.open - a.open || byName(a, b),
    overdue: (a, b) => b.overdue - a.overdue || b.open - a.open || byName(a, b),
    recent: (a, b) => (b.lastMeeting ?? '').localeCompare(a.lastMeeting ?? '') || byName(a, b),
    name: byName,
  };
  rows.sort(comparators[sort]);
  return { sorted: rows, shown: all ? rows : rows.slice(0, FIRST_ROWS) };
}

/** A row as the table words it. The full list of areas is on the country's page: repeating it here doubled the page's weight. */
export function countryRowView(
  row: CountryRow,
  { focus, now, words, format = english }: { focus: Set<string>; now: string; words: CountryRowWords; format?: CountryFormat },
): CountryRowView {
  const areas = row.agreedAreas.map((name) => format.area(name));
  return {
    code: row.countryCode,
    name: format.country(row.countryCode),
    focus: focus.has(row.countryCode),
    open: row.open,
    overdue: row.overdue,
    dueSoon: row.dueSoon,
    sides: `${row.ours} · ${row.partner} · ${row.joint}`,
    areaCountText: words.agreedAreas(areas.length),
    areaNames: areas.length > 3 ? words.areasAndMore(areas.slice(0, 3).join(', '), areas.length - 3) : areas.join(', '),
    lastMeeting: row.lastMeeting ? `${row.lastMeeting} (${format.ago(row.lastMeeting, now)})` : '—',
    meetingsLast90Days: row.meetingsLast90Days,
  };
}
