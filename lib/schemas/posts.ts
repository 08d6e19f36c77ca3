import { z } from 'zod';
import { TEXT_LIMITS } from '../text-limits';
import { calendarDate, column, formVersion, list, optionalLine, optionalLongText, recordId, singleLine } from './common';
import { countryCode } from './meetings';

const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());

export const postSchema = z.object({
  postId: recordId.optional(),
  version: formVersion.optional(),
  title: singleLine('Title', 120),
  titleFr: optionalLine('Title in French', 120),
  section: optionalLine('Section', 120),
  countryCodes: list(countryCode).transform((codes) => [...new Set(codes)]),
  areaIds: list(recordId).transform((ids) => [...new Set(ids)]),
});
export type PostInput = Omit<z.output<typeof postSchema>, 'titleFr'> & { titleFr?: string | null };

/** The handover form: the successor, the day, and which of the leaving holder's own records go too. */
export const handOverSchema = z.object({
  postId: recordId,
  toUserId: z
    .preprocess((value) => (value === '' ? undefined : value), recordId.optional())
    .refine((id) => id !== undefined, { error: 'Choose the successor.' }),
  effectiveDate: calendarDate('Handover date'),
  interim: checkbox,
  followUpIds: list(recordId),
  contactIds: list(recordId),
});
export type HandOverInput = Omit<z.output<typeof handOverSchema>, 'toUserId'> & { toUserId: number };

/** The leaving holder's notes: a general one, and one per item as parallel columns. */
export const handoverNotesSchema = z
  .object({
    handoverId: recordId,
    generalNote: optionalLongText('General note', TEXT_LIMITS.note),
    itemId: column(),
    itemNote: column(),
  })
  .transform(({ itemId, itemNote, ...rest }, ctx) => {
    const itemNotes: Record<number, string | null> = {};
    itemId.forEach((id, index) => {
      const parsedId = recordId.safeParse(id);
      const note = optionalLongText('Note', TEXT_LIMITS.note).safeParse(itemNote[index] ?? '');
      if (!parsedId.success) ctx.addIssue({ code: 'custom', path: ['itemNote'], message: 'Unknown item.' });
      else if (!note.success) ctx.addIssue({ code: 'custom', path: ['itemNote'], message: `Item ${index + 1}: ${note.error.issues[0]?.message}` });
      else itemNotes[parsedId.data] = note.data;
    });
    return { ...rest, itemNotes };
  });

export const acknowledgeSchema = z.object({
  handoverId: recordId,
  itemIds: list(recordId).refine((ids) => ids.length > 0, { error: 'Choose the items you have taken over.' }),
});
