import { z } from 'zod';
import { commitmentSides, followUpStatuses, reviewSections } from '../follow-ups';
import { TEXT_LIMITS } from '../text-limits';
import { column, formVersion, optionalCalendarDate, optionalLongText, optionalRecordId, recordId, singleLine } from './common';
import { countryCode, fromDraft, meetingSchema } from './meetings';

const version = formVersion;

function requireOwnerForOurSide(
  value: { committedBy: (typeof commitmentSides)[number]; ownerId: number | null; ownerPostId?: number | null },
  ctx: z.RefinementCtx,
) {
  if (value.committedBy !== 'partner' && !value.ownerId && !value.ownerPostId) {
    ctx.addIssue({ code: 'custom', path: ['ownerId'], message: 'A commitment of ours needs an owner on our side.' });
  }
}

export const followUpSchema = z
  .object({
    title: singleLine('Title', 200),
    details: optionalLongText('Details', TEXT_LIMITS.details),
    countryCode,
    committedBy: z.enum(commitmentSides, { error: 'Choose who committed.' }),
    ownerId: optionalRecordId,
    /** A post owns it, and its holder (this field wins over `ownerId`). */
    ownerPostId: optionalRecordId.optional(),
    dueDate: optionalCalendarDate('Due date'),
    areaId: optionalRecordId,
    meetingId: optionalRecordId,
  })
  .superRefine(requireOwnerForOurSide);
export type FollowUpInput = z.output<typeof followUpSchema>;

/** The new-follow-up form: a follow-up, and the draft it was typed in. */
export const createFollowUpSchema = followUpSchema.and(z.object(fromDraft));

/** Follow-ups typed into the log-meeting form: parallel lists, one entry per row; blank rows are ignored. */
export const meetingFollowUpsSchema = z
  .object({
    followUpTitle: column(),
    followUpCommittedBy: column(),
    followUpOwner: column(),
    followUpDue: column(),
    followUpCountry: column(),
  })
  .transform((rows, ctx) => {
    const items: Omit<FollowUpInput, 'meetingId' | 'details' | 'areaId'>[] = [];
    rows.followUpTitle.forEach((title, index) => {
      if (!title.trim()) return;
      const parsed = z
        .object({
          title: singleLine('Title', 200),
          countryCode,
          committedBy: z.enum(commitmentSides, { error: 'Choose who committed.' }),
          ownerId: optionalRecordId,
          dueDate: optionalCalendarDate('Due date'),
        })
        .superRefine(requireOwnerForOurSide)
        .safeParse({
          title,
          committedBy: rows.followUpCommittedBy[index],
          ownerId: rows.followUpOwner[index],
          dueDate: rows.followUpDue[index],
          countryCode: rows.followUpCountry[index],
        });
      if (parsed.success) items.push(parsed.data);
      else for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: ['followUps'], message: `Follow-up ${index + 1}: ${issue.message}` });
    });
    return { followUps: items };
  });

export const followUpNoteSchema = z.object({
  followUpId: recordId,
  ...fromDraft,
  note: optionalLongText('Note', TEXT_LIMITS.note).refine((note): note is string => note !== null, { error: 'Write a note.' }),
});

export const followUpStatusSchema = z
  .object({
    followUpId: recordId,
    version,
    status: z.enum(followUpStatuses, { error: 'Choose a status.' }),
    reason: optionalLongText('Reason', TEXT_LIMITS.reason),
    note: optionalLongText('Note', TEXT_LIMITS.note),
  })
  .superRefine((value, ctx) => {
    if (value.status === 'cancelled' && !value.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Say why the follow-up is cancelled.' });
  });

export const followUpDueDateSchema = z.object({ followUpId: recordId, version, dueDate: optionalCalendarDate('Due date') });
export const followUpReassignSchema = z.object({ followUpId: recordId, version, ownerId: optionalRecordId, ownerPostId: optionalRecordId.optional() });

const filterSchemas = { status: z.enum(followUpStatuses), section: z.enum(reviewSections) };

/** Review-queue and list filters from the URL; malformed values are dropped. */
export function parseFollowUpFilters(params: Record<string, string | string[] | undefined>) {
  const one = (key: string) => {
    const value = params[key];
    return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
  };
  const valid = <T>(schema: z.ZodType<T>, key: string): T | undefined => {
    const value = one(key);
    return value === undefined ? undefined : schema.safeParse(value).data;
  };
  return {
    ownerId: one('owner') === 'none' ? ('none' as const) : valid(recordId, 'owner'),
    postId: valid(recordId, 'post'),
    countryCode: valid(countryCode, 'country'),
    status: valid(filterSchemas.status, 'status'),
    section: valid(filterSchemas.section, 'section'),
  };
}

/** The log-meeting form: the meeting and the follow-ups typed with it. */
export const recordMeetingSchema = meetingSchema.and(meetingFollowUpsSchema).and(z.object(fromDraft));
