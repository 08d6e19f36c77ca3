import { z } from 'zod';

// Control characters other than tab/newline have no place in names or titles and can corrupt exports.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A one-line text field: trimmed, required, bounded, no control characters. */
export function singleLine(label: string, max: number) {
  return z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .refine((value) => !controlCharacters.test(value) && !/[\r\n]/.test(value), {
      error: `${label} must be a single line of plain text.`,
    });
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

export const recordId = z.coerce
  .number({ error: 'Unknown record.' })
  .int({ error: 'Unknown record.' })
  .positive({ error: 'Unknown record.' })
  .max(Number.MAX_SAFE_INTEGER, { error: 'Unknown record.' });
