import { z } from 'zod';
import { formatCount, TEXT_LIMITS, unifyLineBreaks } from '../text-limits';
import { optionalCalendarDate } from './common';

export const EMPTY_READOUT_MESSAGE = "Paste the readout's text first.";
export const READOUT_TOO_LONG_MESSAGE = `A readout can be at most ${formatCount(TEXT_LIMITS.readout)} characters. Paste only the part about the meeting.`;
export const BINARY_READOUT_MESSAGE =
  'This does not look like text (a binary file or an attachment?). Paste the readout’s text, or choose a .txt or .eml file.';

// Control characters other than tab and line break: they garble the reader's sentences and cannot be stored.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF]/g;
// What a decoder leaves for bytes that were not text.
const undecodable = /\uFFFD/g;

/**
 * The readout as the reader and the meeting will hold it: line breaks as LF, control characters
 * (and a byte-order mark) removed. `binary` when so many characters were not text that reading it
 * would only produce noise: a few stray ones from a copy and paste are cleaned, a file that is not
 * text is refused.
 */
export function cleanReadoutText(text: string): { text: string; removed: number; binary: boolean } {
  const unified = unifyLineBreaks(text);
  const cleaned = unified.replace(controlCharacters, '');
  const removed = unified.length - cleaned.length;
  const noise = removed + (cleaned.match(undecodable)?.length ?? 0);
  return { text: cleaned, removed, binary: noise > Math.max(8, unified.length * 0.02) };
}

/** "Paste a readout": its text (required, within the limit) and, optionally, the day it was published. */
export const readReadoutSchema = z.object({
  text: z
    .string({ error: EMPTY_READOUT_MESSAGE })
    .transform(unifyLineBreaks)
    .pipe(z.string().max(TEXT_LIMITS.readout, { error: READOUT_TOO_LONG_MESSAGE }))
    .transform(cleanReadoutText)
    .superRefine((read, ctx) => {
      if (read.binary) ctx.addIssue({ code: 'custom', message: BINARY_READOUT_MESSAGE });
      else if (!read.text.trim()) ctx.addIssue({ code: 'custom', message: EMPTY_READOUT_MESSAGE });
    }),
  published: optionalCalendarDate('Published on'),
});
export type ReadReadoutInput = z.output<typeof readReadoutSchema>;
