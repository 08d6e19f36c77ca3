import { stringify } from 'csv-stringify/sync';

export type CsvColumn<T> = { header: string; value: (row: T) => string | number | null | undefined };

/**
 * A cell that a spreadsheet would run as a formula (= + - @, or any leading control character —
 * tab, CR, NUL, ESC… — that can hide one) gets a leading apostrophe: shown as text, never executed
 * (OWASP "CSV injection"). Forms refuse control characters; older rows may still hold them.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\u0000-\u001F\u007F-\u009F]/.test(value) ? `'${value}` : value;
}

/** Rows as RFC 4180 lines (quoting by csv-stringify, CRLF), the header line first if asked: pieces that join into one file. */
export function csvLines<T>(columns: CsvColumn<T>[], rows: Iterable<T>, { header = false }: { header?: boolean } = {}): string {
  const records: string[][] = header ? [columns.map((column) => column.header)] : [];
  for (const row of rows) {
    records.push(columns.map((column) => neutraliseFormula(String(column.value(row) ?? ''))));
  }
  return stringify(records, { record_delimiter: 'windows' });
}

/** A whole CSV file (or its start), UTF-8 with a byte-order mark so that Excel shows accents and non-Latin names correctly. */
export function toCsv<T>(columns: CsvColumn<T>[], rows: Iterable<T>): string {
  return `\uFEFF${csvLines(columns, rows, { header: true })}`;
}
