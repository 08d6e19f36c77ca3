import { describe, expect, it } from 'vitest';
import { formatDateRange, formatTimestamp, howLongAgo, isTimeZone, addDays, dayIn } from './dates';

describe('formatTimestamp', () => {
  it('shows a UTC instant in the mission’s zone, summer and winter time alike', () => {
    expect(formatTimestamp(new Date('2024-06-24T14:05:00Z'), 'Europe/Brussels')).toBe('24 June 2024 at 16:05 CEST');
    expect(formatTimestamp(new Date('2024-01-24T14:05:00Z'), 'Europe/Brussels')).toBe('24 January 2024 at 15:05 CET');
    expect(formatTimestamp(new Date('2024-06-24T14:05:00Z'), 'UTC')).toBe('24 June 2024 at 14:05 UTC');
  });

  it('moves to the next day when the zone is already past midnight', () => {
    expect(formatTimestamp(new Date('2024-06-24T23:30:00Z'), 'Asia/Almaty')).toMatch(/^25 June 2024 at 0[45]:30 GMT\+[56]$/);
    expect(formatTimestamp(new Date('2024-06-24T23:30:00Z'), 'Europe/Brussels')).toBe('25 June 2024 at 01:30 CEST');
  });

  it('writes the day as the pages do, and adds seconds when asked (the audit log)', () => {
    const at = new Date('2024-06-24T14:05:09Z');
    expect(formatTimestamp(at, 'UTC').startsWith(formatDateRange('2024-06-24'))).toBe(true);
    expect(formatTimestamp(at, 'Europe/Brussels', { seconds: true })).toBe('24 June 2024 at 16:05:09 CEST');
  });
});

describe('isTimeZone', () => {
  it('accepts IANA zones and UTC, refuses anything else', () => {
    for (const zone of ['UTC', 'Europe/Brussels', 'Asia/Almaty', 'America/New_York']) expect(isTimeZone(zone), zone).toBe(true);
    for (const zone of ['', 'Europe/Bruxelles', 'CET+1', 'europe/brussels', 42, null]) expect(isTimeZone(zone), String(zone)).toBe(false);
  });
});

describe('dayIn', () => {
  it('is the calendar day at the mission, not in UTC', () => {
    const lateEveningUtc = new Date('2026-12-06T22:30:00Z');
    expect(dayIn('UTC', lateEveningUtc)).toBe('2026-12-06');
    expect(dayIn('Asia/Almaty', lateEveningUtc)).toBe('2026-12-07');
    expect(dayIn('America/New_York', new Date('2026-12-07T03:00:00Z'))).toBe('2026-12-06');
  });
});

describe('addDays', () => {
  it('counts whole days across months and years, forwards and back', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });
});

describe('howLongAgo', () => {
  it('words a day as a person would, never as thousands of days', () => {
    const today = '2026-12-06';
    expect(howLongAgo('2026-12-06', today)).toBe('today');
    expect(howLongAgo('2026-12-05', today)).toBe('yesterday');
    expect(howLongAgo('2026-11-26', today)).toBe('10 days ago');
    expect(howLongAgo('2026-11-01', today)).toBe('5 weeks ago');
    expect(howLongAgo('2026-06-06', today)).toBe('6 months ago');
    expect(howLongAgo('2025-12-06', today)).toBe('over a year ago');
    expect(howLongAgo(addDays(today, -2721), today)).toBe('over 7 years ago');
    expect(howLongAgo('2026-12-07', today)).toBe('tomorrow');
  });

  it('says the same in French', () => {
    const today = '2026-12-06';
    expect(howLongAgo('2026-12-05', today, 'fr')).toBe('hier');
    expect(howLongAgo('2026-11-01', today, 'fr')).toBe('il y a 5 semaines');
    expect(howLongAgo('2025-12-06', today, 'fr')).toBe('il y a plus d’un an');
    expect(howLongAgo(addDays(today, -2721), today, 'fr')).toBe('il y a plus de 7 ans');
  });
});

describe('dates in French', () => {
  it('writes days and instants as a French reader does', () => {
    expect(formatDateRange('2024-06-24', '2024-06-25', 'fr')).toBe('24 juin 2024 – 25 juin 2024');
    expect(formatTimestamp(new Date('2024-06-24T14:05:00Z'), 'Europe/Brussels', { locale: 'fr' })).toBe('24 juin 2024 à 16:05 UTC+2');
  });
});
