import { z } from 'zod';
import { DRAFT_MAX_CHARS, draftForms } from '../drafts';
import { optionalRecordId, recordId } from './common';

/** A draft as the form sends it: its values as JSON, which only its author will ever read back. */
export const saveDraftSchema = z.object({
  draftId: optionalRecordId,
  form: z.enum(draftForms, { error: 'Unknown kind of draft.' }),
  targetId: optionalRecordId,
  // What it is listed as; control characters would only garble the list.
  label: z
    .string()
    .max(1_000)
    .optional()
    .transform((value) =>
      (value ?? '')
        .replace(/[\u0000-\u001F\u007F]+/g, ' ')
        .trim()
        .slice(0, 200),
    ),
  payload: z
    .string({ error: 'Nothing to keep.' })
    .max(DRAFT_MAX_CHARS, { error: `A draft holds at most ${DRAFT_MAX_CHARS.toLocaleString('en')} characters.` })
    .refine(isJsonObject, { error: 'A draft must be the values of a form.' }),
});
export type DraftInput = z.output<typeof saveDraftSchema>;

export const discardDraftSchema = z.object({ draftId: recordId });

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
