'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { acknowledgeHandoverItems, handOverPost, savePost, writeHandoverNotes } from '@/db/posts';
import { acknowledgeSchema, handOverSchema, handoverNotesSchema, postSchema } from '@/lib/schemas/posts';
import { defineAction } from '@/server/action';

export const savePostAction = defineAction({
  access: 'post:manage',
  schema: postSchema,
  run(input, { viewer }) {
    const id = savePost({ viewer, input });
    revalidatePath('/posts');
    redirect(`/posts/${id}`);
  },
});

export const handOverPostAction = defineAction({
  access: 'post:hand-over',
  schema: handOverSchema,
  run(input, { viewer }) {
    const handoverId = handOverPost({ viewer, input: { ...input, toUserId: input.toUserId! } });
    revalidatePath('/', 'layout');
    redirect(`/handovers/${handoverId}`);
  },
});

export const writeHandoverNotesAction = defineAction({
  access: 'handover:take-part',
  schema: handoverNotesSchema,
  run({ handoverId, generalNote, itemNotes }, { viewer }) {
    writeHandoverNotes({ viewer, handoverId, generalNote, itemNotes });
    revalidatePath(`/handovers/${handoverId}`);
    revalidatePath('/');
  },
});

export const acknowledgeHandoverAction = defineAction({
  access: 'handover:take-part',
  schema: acknowledgeSchema,
  run({ handoverId, itemIds }, { viewer }) {
    const acknowledged = acknowledgeHandoverItems({ viewer, handoverId, itemIds });
    revalidatePath(`/handovers/${handoverId}`);
    revalidatePath('/');
    return { acknowledged };
  },
});
