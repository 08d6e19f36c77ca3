'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { dropUnsavedDraft } from '@/components/capture/unsaved-text';
import { discardDraftAction } from '../drafts/actions';

export type DiscardDraftLabels = { gone: string; discarding: string; forGood: string; keep: string; unreachable: string };

/** Throwing a draft away takes two presses: text is never lost to a stray tap. */
export function DiscardDraftConfirm({ draftId, label, labels }: { draftId: number; label: string; labels: DiscardDraftLabels }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const discard = () =>
    startTransition(async () => {
      const result = await discardDraftAction(null, { draftId: String(draftId) }).catch(() => null);
      if (!result?.ok) return setError(result?.formError ?? labels.unreachable);
      dropUnsavedDraft(draftId);
      router.refresh();
    });
  if (!confirming) {
    return (
      <button type="button" className="min-h-9 text-sm font-medium text-red-800 underline" onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2 text-sm">
      <span>{labels.gone}</span>
      <button type="button" disabled={pending} className="min-h-9 rounded-md bg-red-700 px-3 font-semibold text-white" onClick={discard}>
        {pending ? labels.discarding : labels.forGood}
      </button>
      <button type="button" className="min-h-9 font-medium underline" onClick={() => setConfirming(false)}>
        {labels.keep}
      </button>
      {error && (
        <span role="alert" className="text-red-800">
          {error}
        </span>
      )}
    </span>
  );
}
