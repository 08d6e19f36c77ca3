import { z } from 'zod';
import { unifyLineBreaks } from '../text-limits';

// Control characters (NUL, BEL, ESC…) have no place in what people type: they garble pages and
// exports, and a leading one can hide a formula from a spreadsheet. Tab and line breaks are text.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Text a person typed, trimmed and bounded: the one place that refuses control characters, used by
 * every text field of every form (a single line refuses line breaks as well).
 */
export function plainText(label: string, { max, lines = false }: { max: number; lines?: boolean }) {
  return z
    .string({ error: `${label} is required.` })
    .trim()
    .max(max, { error: `${label} must be at most ${max.toLocaleString('en')} characters.` })
    .refine((value) => !controlCharacters.test(value) && (lines || !/[\r\n]/.test(value)), {
      error: lines ? `${label} contains characters that cannot be stored.` : `${label} must be a single line of plain text.`,
    });
}

/** A one-line text field: trimmed, required, bounded, no control characters. */
export function singleLine(label: string, max: number) {
  return z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .pipe(plainText(label, { max }));
}

export const email = z
  .string({ error: 'E-mail is required.' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'E-mail is required.' })
  .max(254, { error: 'E-mail must be at most 254 characters.' })
  .pipe(z.email({ error: 'Enter a valid e-mail address, like name@example.org.' }));

export const PASSWORD_MIN_LENGTH = 12;

/** New passwords: long enough to resist guessing; capped so hashing cannot be used to stall the server. */
export const newPassword = z
  .string({ error: 'Password is required.' })
  .min(PASSWORD_MIN_LENGTH, { error: `Password must be at least ${PASSWORD_MIN_LENGTH} characters.` })
  .max(256, { error: 'Password must be at most 256 characters.' });

/**
 * A whole number from a form field (digits only) or a JSON number. Stricter than z.coerce, which
 * would turn `true` into 1 and "1e3" into 1000, letting a crafted request name record 1.
 */
export function wholeNumber(message: string) {
  return z
    .union(
      [
        z.number(),
        z
          .string()
          .trim()
          .regex(/^\d{1,16}$/),
      ],
      { error: message },
    )
    .transform(Number)
    .pipe(z.number({ error: message }).int({ error: message }).nonnegative({ error: message }).max(Number.MAX_SAFE_INTEGER, { error: message }));
}

export const recordId = wholeNumber('Unknown record.').refine((id) => id > 0, { error: 'Unknown record.' });

/** A record that may be named or not: blank, missing or null is null. */
export const optionalRecordId = z.preprocess((value) => (value === '' || value === undefined || value === null ? null : value), recordId.nullable());

/** The version of a record read with the form (optimistic concurrency). */
export const formVersion = wholeNumber('Reload the page and try again.');

/** Free text that may span lines (summaries, notes); empty becomes null. */
export function optionalLongText(label: string, max: number) {
  return (
    z
      .string()
      // Forms send a line break as CR LF; the text box counted it as one character, and so does the limit.
      .transform(unifyLineBreaks)
      .pipe(plainText(label, { max, lines: true }))
      .optional()
      .transform((value) => (value ? value : null))
  );
}

/**
 * An optional field: a missing or blank value becomes null, anything else must pass `schema`
 * (and gets its precise message, not a generic "invalid input" from a union).
 */
export function blankAsNull<T extends z.ZodType>(schema: T) {
  return z
    .preprocess((value) => (value === undefined || value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value), schema.optional())
    .transform((value) => value ?? null);
}

/** An optional one-line field; empty becomes null. */
export function optionalLine(label: string, max: number) {
  return blankAsNull(singleLine(label, max));
}

/**
 * Columns of a repeated form row (places, follow-ups): kept whole, blanks included, so that entry i
 * of each column still belongs to row i.
 */
export function column(item: z.ZodString = z.string()) {
  return z.preprocess(
    (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]),
    z.array(item).max(100, { error: 'Too many rows.' }),
  );
}

/** A form field that may arrive once (a string), several times (an array) or not at all. */
export function list<T extends z.ZodType>(item: T) {
  // Blank entries are dropped: for independent choices (ticked boxes, picked ids).
  return z.preprocess(
    (value) => (value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? value.filter((v) => v !== '') : [value]),
    z.array(item).max(500, { error: 'Too many entries.' }),
  );
}

/** 2024-02-30 parses to 1 March in JavaScript, and 2024-13-01 to an invalid date: both are refused. */
function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const MIN_DATE = '1945-01-01';
const MAX_DATE = '2099-12-31';

/** A calendar date as YYYY-MM-DD that exists (no 31 February) and lies in a sensible range. */
export function calendarDate(label: string) {
  return z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, { error: `${label} is required.`, abort: true })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} must be a date like 2024-06-24.`, abort: true })
    .refine(isRealDate, { error: `${label} is not a real date.`, abort: true })
    .refine((value) => value >= MIN_DATE && value <= MAX_DATE, { error: `${label} must be between 1945 and 2099.` });
}

export function optionalCalendarDate(label: string) {
  return blankAsNull(calendarDate(label));
}
