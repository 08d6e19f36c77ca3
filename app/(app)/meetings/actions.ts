'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { settleDraft } from '@/db/drafts';
import { insertFollowUps } from '@/db/follow-ups';
import { audienceOf, deleteMeeting, getMeeting, isOwnMeeting, recordMeeting, updateMeeting } from '@/db/meetings';
import { Forbidden } from '@/lib/errors';
import { canChangeAudience, canOnRecord } from '@/lib/policy';
import { recordMeetingSchema } from '@/lib/schemas/follow-ups';
import { deleteMeetingSchema, editMeetingSchema } from '@/lib/schemas/meetings';
import { defineAction } from '@/server/action';

const AUDIENCE_REFUSED = 'Only its author and managers can make a restricted meeting visible to everyone or change who attended it. Nothing was saved.';

export const recordMeetingAction = defineAction({
  access: 'meeting:create',
  schema: recordMeetingSchema,
  run({ followUps, draftId, ...input }, { viewer }) {
    const { id } = recordMeeting({
      viewer,
      input,
      andThen: (tx, meetingId) => {
        insertFollowUps(tx, viewer, followUps, meetingId);
        settleDraft(tx, viewer, draftId);
      },
    });
    // The form opens the new meeting itself. No redirect (Next.js would fetch the page over HTTP
    // inside this request) and no revalidatePath (it would re-render the form being left): every
    // page is dynamic, so the next visit to a list reads the new meeting anyway (decision 0009).
    return { meetingId: id };
  },
});

export const updateMeetingAction = defineAction({
  access: 'meeting:view',
  schema: editMeetingSchema,
  run({ meetingId, version, draftId, ...input }, { viewer }) {
    // Not found if the viewer cannot see it; forbidden if they can see but not edit it.
    const meeting = getMeeting({ viewer, id: meetingId });
    if (!canOnRecord(viewer, 'meeting:edit', isOwnMeeting(viewer, meeting)))
      throw new Forbidden('Only its author, its attendees and managers can edit this meeting.');
    if (!canChangeAudience(viewer, audienceOf(meeting), { confidentiality: input.confidentiality, attendeeIds: input.attendees })) {
      throw new Forbidden(AUDIENCE_REFUSED);
    }
    updateMeeting({ viewer, id: meetingId, version, input, andThen: (tx) => settleDraft(tx, viewer, draftId) });
    return { meetingId }; // opened by the form, as after logging
  },
});

export const deleteMeetingAction = defineAction({
  access: 'meeting:delete',
  schema: deleteMeetingSchema,
  run({ meetingId }, { viewer }) {
    deleteMeeting({ viewer, id: meetingId });
    revalidatePath('/meetings');
    redirect('/meetings?deleted=1');
  },
});
