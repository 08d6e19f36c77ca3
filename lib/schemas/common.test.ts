import { describe, expect, it } from 'vitest';
import { optionalLongText, plainText, singleLine } from './common';
import { meetingSchema } from './meetings';

const refusals = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe('plain text, the one rule on control characters', () => {
  it('refuses NUL, BEL, ESC, DEL and C1 controls anywhere, keeps tabs, and line breaks where lines are allowed', () => {
    for (const control of ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085']) {
      expect(refusals(singleLine('Title', 50).safeParse(`a${control}b`))).toEqual(['Title must be a single line of plain text.']);
      expect(refusals(optionalLongText('Summary', 50).safeParse(`${control}leading`))).toEqual(['Summary contains characters that cannot be stored.']);
    }
    expect(singleLine('Title', 50).safeParse('Tab\tseparated').success).toBe(true);
    expect(refusals(singleLine('Title', 50).safeParse('two\nlines'))).toEqual(['Title must be a single line of plain text.']);
    expect(optionalLongText('Summary', 50).safeParse('two\r\nlines').data).toBe('two\nlines');
    expect(plainText('Note', { max: 5 }).safeParse('  fits  ').data).toBe('fits');
  });

  it('holds for a meeting place’s city, which once took NUL, BEL and ESC', () => {
    const meeting = { title: 'Talks', kind: 'call', startDate: '2024-06-24', placeCountry: 'BE', countries: 'BE', confidentiality: 'normal' };
    expect(refusals(meetingSchema.safeParse({ ...meeting, placeCity: '\u0000\u0007Brussels\u001b' }))).toEqual([
      'A city name must be a single line of plain text.',
    ]);
    expect(meetingSchema.safeParse({ ...meeting, placeCity: 'Bruxelles – Brussel' }).data?.places).toEqual([
      { city: 'Bruxelles – Brussel', countryCode: 'BE' },
    ]);
  });
});
