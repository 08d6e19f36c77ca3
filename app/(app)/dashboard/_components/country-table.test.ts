import { describe, expect, it } from 'vitest';
import type { CountryRow } from '@/db/dashboard';
import { countryCodes } from '@/lib/countries';
import { type CountryRowWords, countryRowView, countryTable, FIRST_ROWS } from './country-table';

const row = (countryCode: string, open: number, overdue = 0, lastMeeting: string | null = null): CountryRow => ({
  countryCode,
  open,
  overdue,
  dueSoon: 0,
  ours: open,
  partner: 0,
  joint: 0,
  agreedAreas: [],
  lastMeeting,
  meetingsLast90Days: 0,
});

// 40 countries with 1..40 open follow-ups; the one with most is the 40th code.
const found = countryCodes.slice(0, 40).map((code, index) => row(code, index + 1, index % 3, `2026-01-${String((index % 28) + 1).padStart(2, '0')}`));

describe('countryTable', () => {
  it('shows the first 25 rows in the chosen order, and keeps every row for the charts', () => {
    const { shown, sorted } = countryTable(found, { focus: new Set(), sort: 'open', all: false });
    expect(FIRST_ROWS).toBe(25);
    expect(shown).toHaveLength(25);
    expect(sorted).toHaveLength(40);
    expect(shown.map((r) => r.open)).toEqual(Array.from({ length: 25 }, (_, i) => 40 - i));
  });

  it('shows every row when asked', () => {
    expect(countryTable(found, { focus: new Set(), sort: 'open', all: true }).shown).toHaveLength(40);
  });

  it('puts focus countries first, even those without any activity yet', () => {
    const { shown } = countryTable(found, { focus: new Set(['ZW', countryCodes[0]]), sort: 'focus', all: false });
    expect(shown.slice(0, 2).map((r) => r.countryCode)).toEqual([countryCodes[0], 'ZW']);
    expect(shown[1]).toMatchObject({ countryCode: 'ZW', open: 0, lastMeeting: null });
    expect(shown[2]!.open).toBe(40);
  });

  it('sorts by overdue, last meeting and name', () => {
    expect(countryTable(found, { focus: new Set(), sort: 'overdue', all: true }).shown[0]).toMatchObject({ overdue: 2, open: 39 });
    expect(countryTable(found, { focus: new Set(), sort: 'recent', all: true }).shown[0]!.lastMeeting).toBe('2026-01-28');
    const names = countryTable(found, { focus: new Set(), sort: 'name', all: false }).shown.map((r) => r.countryCode);
    expect(names[0]).toBe('AF'); // Afghanistan before Åland Islands, Albania, Andorra…
  });
});

describe('countryRowView', () => {
  const now = '2026-03-10';
  // As messages/en.json words them (the page passes the catalogue's).
  const words: CountryRowWords = {
    agreedAreas: (count) => (count ? `${count} agreed ${count === 1 ? 'area' : 'areas'}` : 'no agreed area'),
    areasAndMore: (areas, more) => `${areas} and ${more} more`,
  };

  it('words each cell: country name, the three sides, the first three areas and how long ago the last meeting was', () => {
    const view = countryRowView(
      { ...row('BE', 7, 2, '2026-03-09'), ours: 4, partner: 2, joint: 1, agreedAreas: ['Energy', 'Health', 'Trade', 'Water', 'Space'] },
      { focus: new Set(['BE']), now, words },
    );
    expect(view).toEqual({
      code: 'BE',
      name: 'Belgium',
      focus: true,
      open: 7,
      overdue: 2,
      dueSoon: 0,
      sides: '4 · 2 · 1',
      areaCountText: '5 agreed areas',
      areaNames: 'Energy, Health, Trade and 2 more',
      lastMeeting: '2026-03-09 (yesterday)',
      meetingsLast90Days: 0,
    });
  });

  it('says "today", counts days, and shows a dash for a country never met', () => {
    expect(countryRowView(row('FR', 1, 0, now), { focus: new Set(), now, words }).lastMeeting).toBe('2026-03-10 (today)');
    expect(countryRowView(row('FR', 1, 0, '2026-02-28'), { focus: new Set(), now, words }).lastMeeting).toBe('2026-02-28 (10 days ago)');
    const never = countryRowView(row('ZW', 0), { focus: new Set(), now, words });
    expect(never).toMatchObject({ lastMeeting: '—', areaCountText: 'no agreed area', areaNames: '', focus: false });
  });
});
