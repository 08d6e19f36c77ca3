'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import type { SaveDraft } from './use-capture';
import { dropUnsaved, listUnsaved } from './unsaved-text';

/**
 * Text this browser kept while the server could not take it (a tab closed while offline or signed
 * out): sent to the server as drafts once the user is back, then removed from the browser. Mounted
 * where drafts are listed, so they show up there.
 */
export function RecoverUnsaved({ userId, saveDraft }: { userId: number; saveDraft: SaveDraft }) {
  const router = useRouter();
  useEffect(() => {
    const waiting = listUnsaved(userId);
    if (waiting.length === 0) return;
    void (async () => {
      let recovered = 0;
      for (const { slot, draft } of waiting) {
        try {
          const result = await saveDraft(null, {
            draftId: draft.draftId ? String(draft.draftId) : '',
            form: draft.form,
            targetId: draft.targetId ? String(draft.targetId) : '',
            label: draft.label,
            payload: draft.payload,
          });
          if (!result.ok) continue;
          dropUnsaved(userId, slot);
          recovered += 1;
        } catch {
          return; // still offline: try again on the next visit
        }
      }
      if (recovered > 0) router.refresh();
    })();
  }, [userId, saveDraft, router]);
  return null;
}
