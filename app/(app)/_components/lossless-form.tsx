'use client';

import { type FormEvent, useState, useTransition } from 'react';
import { DraftStatusLine } from '@/components/capture/draft-status';
import { useCommonWords } from '@/components/common-words';
import { type Capture, useCapture } from '@/components/capture/use-capture';
import { type ButtonVariant, buttonClass } from '@/components/ui/button-styles';
import type { ActionResult } from '@/lib/action-result';
import { reauthenticateAction } from '../../(auth)/sign-in/reauthenticate';
import { saveDraftAction } from '../drafts/actions';

type FormAction<T> = (previous: null, payload: FormData) => Promise<ActionResult<T>>;

/**
 * A form whose text survives anything (decision 0024): kept as a draft while typed, and sent
 * through `capture.submit`, which signs in again in place and turns every failure into a message.
 */
export function useLosslessForm<T>(action: FormAction<T>, options: Omit<Capture, 'saveDraft' | 'reauthenticate'> & { onSaved?: (data: T) => void }) {
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();
  const capture = useCapture({ ...options, saveDraft: saveDraftAction, reauthenticate: reauthenticateAction });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(async () => {
      const outcome = await capture.submit(action, data);
      setResult(outcome);
      if (outcome.ok) options.onSaved?.(outcome.data);
    });
  };
  return { result, pending, onSubmit, capture };
}

/** The save button, and beside it where the text is safe. */
export function SaveRow({
  label,
  pending,
  done = false,
  variant = 'primary',
  capture,
}: {
  label: string;
  pending: boolean;
  done?: boolean;
  variant?: ButtonVariant;
  capture: ReturnType<typeof useCapture>;
}) {
  const { saving } = useCommonWords();
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <button type="submit" disabled={pending || done} aria-disabled={pending || done} className={buttonClass(variant)}>
        {pending ? saving : label}
      </button>
      <DraftStatusLine status={capture.status} onSignIn={() => void capture.resume()} />
    </div>
  );
}
