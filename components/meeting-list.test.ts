import { describe, expect, it, vi } from 'vitest';
import { countryName } from '@/lib/countries';
import { formatDateRange } from '@/lib/dates';
import en from '@/messages/en.json';
import { meetingLine } from './meeting-list';

// The request's language needs a request: here the line is worded with English given directly.
vi.mock('@/server/format', () => ({}));

// What getFormat (server/format.ts) gives an English reader.
const english = {
  dateRange: (start: string, end?: string | null) => formatDateRange(start, end, 'en'),
  meetingKind: en.vocabulary.meetingKind,
  country: (code: string) => countryName(code, 'en'),
};

const meeting = {
  id: 7,
  title: 'Energy talks',
  kind: 'visit' as const,
  startDate: '2024-06-24',
  endDate: '2024-06-25',
  confidentiality: 'normal' as const,
  countries: ['IT', 'VA'],
  places: 'Rome · Vatican City',
};

describe('meetingLine', () => {
  it('words a meeting as every list shows it: dates, kind, places, countries', () => {
    expect(meetingLine(meeting, english)).toEqual({
      id: 7,
      title: 'Energy talks',
      restricted: false,
      details: '24 June 2024 – 25 June 2024 · Visit · Rome · Vatican City · Italy, Vatican City',
    });
  });

  it('marks a restricted meeting and leaves out places it does not have', () => {
    const line = meetingLine({ ...meeting, endDate: null, confidentiality: 'restricted', places: null, countries: ['BE'] }, english);
    expect(line).toMatchObject({ restricted: true, details: '24 June 2024 · Visit · Belgium' });
  });
});
