import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from './csv';

describe('CSV export', () => {
  const csv = toCsv(
    [
      { header: 'Title', value: (row: { title: string; n: number | null }) => row.title },
      { header: 'Count', value: (row) => row.n },
    ],
    [
      { title: 'Réunion à Luxembourg, "Chambre"', n: 2 },
      { title: 'Line one\nline two', n: null },
      { title: '=HYPERLINK("http://evil.test")', n: -1 },
      { title: '@SUM(A1)', n: 0 },
    ],
  );

  it('starts with a UTF-8 byte-order mark and round-trips quotes, commas, newlines and accents', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows).toEqual([
      ['Title', 'Count'],
      ['Réunion à Luxembourg, "Chambre"', '2'],
      ['Line one\nline two', ''],
      ['\'=HYPERLINK("http://evil.test")', "'-1"],
      ["'@SUM(A1)", '0'],
    ]);
  });

  it('neutralises every formula trigger and leaves other text alone', () => {
    for (const trigger of ['=', '+', '-', '@', '\t', '\r', '\n', '\u0000', '\u0007', '\u001b', '\u007f'])
      expect(neutraliseFormula(`${trigger}1+1`)).toBe(`'${trigger}1+1`);
    // A leading NUL once hid the formula behind it from the guard.
    expect(neutraliseFormula('\u0000=HYPERLINK("http://evil.test")')).toBe('\'\u0000=HYPERLINK("http://evil.test")');
    expect(neutraliseFormula('Brussels')).toBe('Brussels');
  });
});
