import { stringify } from 'csv-stringify/sync';

/**
 * A cell that a spreadsheet would run as a formula (= + - @, or a leading tab/CR that hides one)
 * gets a leading apostrophe: shown as text, never executed (OWASP "CSV injection").
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * RFC 4180 CSV (quoting by csv-stringify), UTF-8 with a byte-order mark so that Excel shows
 * accents and non-Latin names correctly.
 */
export function toCsv<T>(columns: { header: string; value: (row: T) => string | number | null | undefined }[], rows: Iterable<T>): string {
  const records: string[][] = [columns.map((column) => column.header)];
  for (const row of rows) {
    records.push(columns.map((column) => neutraliseFormula(String(column.value(row) ?? ''))));
  }
  return `\uFEFF${stringify(records, { record_delimiter: 'windows' })}`;
}
