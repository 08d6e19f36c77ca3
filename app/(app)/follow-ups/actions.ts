'use server';

import { revalidatePath } from 'next/cache';
import { settleDraft } from '@/db/drafts';
import { addFollowUpNote, changeFollowUpDueDate, changeFollowUpStatus, createFollowUp, getFollowUp, isOwnFollowUp, reassignFollowUp } from '@/db/follow-ups';
import { createCalendarToken } from '@/db/users';
import type { Viewer } from '@/lib/policy';
import { Forbidden } from '@/lib/errors';
import { canOnRecord } from '@/lib/policy';
import { createFollowUpSchema, followUpDueDateSchema, followUpNoteSchema, followUpReassignSchema, followUpStatusSchema } from '@/lib/schemas/follow-ups';
import { defineAction } from '@/server/action';
import { z } from 'zod';

/** Not found if the viewer cannot see it; forbidden if they see it but may not change it. */
function assertCanUpdate(viewer: Viewer, followUpId: number) {
  const followUp = getFollowUp({ viewer, id: followUpId });
  if (!canOnRecord(viewer, 'follow-up:update', isOwnFollowUp(viewer, followUp))) {
    throw new Forbidden('Only its owner, its author and managers can change this follow-up.');
  }
}

function refresh(followUpId: number) {
  revalidatePath('/');
  revalidatePath('/follow-ups');
  revalidatePath(`/follow-ups/${followUpId}`);
}

export const createFollowUpAction = defineAction({
  access: 'follow-up:create',
  schema: createFollowUpSchema,
  run({ draftId, ...input }, { viewer }) {
    const id = createFollowUp({ viewer, input, andThen: (tx) => settleDraft(tx, viewer, draftId) });
    refresh(id);
    if (input.meetingId) revalidatePath(`/meetings/${input.meetingId}`);
    return { followUpId: id }; // opened by the form, as after logging a meeting
  },
});

export const addNoteAction = defineAction({
  access: 'follow-up:view',
  schema: followUpNoteSchema,
  run({ followUpId, note, draftId }, { viewer }) {
    assertCanUpdate(viewer, followUpId);
    addFollowUpNote({ viewer, id: followUpId, note, andThen: (tx) => settleDraft(tx, viewer, draftId) });
    refresh(followUpId);
  },
});

export const changeStatusAction = defineAction({
  access: 'follow-up:view',
  schema: followUpStatusSchema,
  run({ followUpId, version, status, reason, note }, { viewer }) {
    assertCanUpdate(viewer, followUpId);
    const result = changeFollowUpStatus({ viewer, id: followUpId, version, status, reason, note });
    refresh(followUpId);
    return { status, version: result.version };
  },
});

export const changeDueDateAction = defineAction({
  access: 'follow-up:view',
  schema: followUpDueDateSchema,
  run({ followUpId, version, dueDate }, { viewer }) {
    assertCanUpdate(viewer, followUpId);
    changeFollowUpDueDate({ viewer, id: followUpId, version, dueDate });
    refresh(followUpId);
  },
});

export const reassignAction = defineAction({
  access: 'follow-up:reassign',
  schema: followUpReassignSchema,
  run({ followUpId, version, ownerId, ownerPostId }, { viewer }) {
    const after = reassignFollowUp({ viewer, id: followUpId, version, ownerId, ownerPostId });
    refresh(followUpId);
    // The same owner again is no change (no log entry): the form says so rather than "Owner changed".
    return { changed: after.version !== version };
  },
});

/** A new secret calendar URL; the previous one stops working. Returned once, never stored in clear. */
export const regenerateCalendarFeedAction = defineAction({
  access: 'calendar:own',
  schema: z.object({}),
  run(_input, { viewer }) {
    return { path: `/api/calendar/${createCalendarToken({ userId: viewer.id })}` };
  },
});
