'use server';

import { discardDraft, saveDraft } from '@/db/drafts';
import { discardDraftSchema, saveDraftSchema } from '@/lib/schemas/drafts';
import { defineAction } from '@/server/action';

export const saveDraftAction = defineAction({
  access: 'draft:keep',
  schema: saveDraftSchema,
  run(draft, { viewer }) {
    const saved = saveDraft({ viewer, draft });
    return { draftId: saved.id, savedAt: saved.updatedAt.toISOString() };
  },
});

export const discardDraftAction = defineAction({
  access: 'draft:keep',
  schema: discardDraftSchema,
  run({ draftId }, { viewer }) {
    discardDraft({ viewer, id: draftId });
    return { draftId };
  },
});
