import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { TEXT_LIMITS } from '../text-limits';
import { followUpNoteSchema, followUpSchema, followUpStatusSchema } from './follow-ups';
import { contactSchema, meetingSchema } from './meetings';
import { readReadoutSchema } from './readouts';

/** Every schema field that takes long text, with the limit its text box shows (lib/text-limits.ts), when not named after the field. */
const longTextFields: [string, string, z.ZodType, keyof typeof TEXT_LIMITS][] = [
  ['meeting', 'summary', meetingSchema, 'summary'],
  ['meeting', 'outcome', meetingSchema, 'outcome'],
  ['meeting', 'sourceText', meetingSchema, 'readout'],
  ['readout to read', 'text', readReadoutSchema, 'readout'],
  ['follow-up', 'details', followUpSchema, 'details'],
  ['progress note', 'note', followUpNoteSchema, 'note'],
  ['status change', 'reason', followUpStatusSchema, 'reason'],
  ['status change', 'note', followUpStatusSchema, 'note'],
  ['contact', 'alternativeNames', contactSchema, 'alternativeNames'],
];

function errorsOf(schema: z.ZodType, field: string, text: string): unknown[] {
  const result = schema.safeParse({ [field]: text });
  return result.success ? [] : result.error.issues.filter((issue) => issue.path[0] === field);
}

describe('the long-text limits the forms show are the ones the server enforces', () => {
  it.each(longTextFields)('%s: %s', (_form, field, schema, limit) => {
    const max = TEXT_LIMITS[limit];
    expect(errorsOf(schema, field, 'x'.repeat(max))).toEqual([]);
    expect(errorsOf(schema, field, 'x'.repeat(max + 1))).toHaveLength(1);
    // A line break sent as CR LF counts once, as the text box counted it.
    expect(errorsOf(schema, field, 'x\r\n'.repeat(max / 2))).toEqual([]);
  });

  it('stores line breaks as LF', () => {
    const result = followUpNoteSchema.parse({ followUpId: '1', note: 'first\r\nsecond\rthird' });
    expect(result.note).toBe('first\nsecond\nthird');
  });
});
