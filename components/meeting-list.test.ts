import { describe, expect, it } from 'vitest';
import { meetingLine } from './meeting-list';

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
    expect(meetingLine(meeting)).toEqual({
      id: 7,
      title: 'Energy talks',
      restricted: false,
      details: '24 June 2024 – 25 June 2024 · Visit · Rome · Vatican City · Italy, Vatican City',
    });
  });

  it('marks a restricted meeting and leaves out places it does not have', () => {
    const line = meetingLine({ ...meeting, endDate: null, confidentiality: 'restricted', places: null, countries: ['BE'] });
    expect(line).toMatchObject({ restricted: true, details: '24 June 2024 · Visit · Belgium' });
  });
});
