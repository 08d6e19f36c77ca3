'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useCommonWords } from '@/components/common-words';
import type { DraftForm } from '@/lib/drafts';
import type { ActionResult } from '@/lib/action-result';
import type { Reauthenticate } from './reauth-dialog';
import { useSignInAgain } from './reauth-dialog';
import { dropUnsaved, keepUnsaved } from './unsaved-text';

export type SaveDraft = (previous: null, payload: Record<string, string>) => Promise<ActionResult<{ draftId: number; savedAt: string }>>;

/** Where the text on screen is safe: on the server, only in this browser for now, or being sent. */
export type DraftStatus = { state: 'untouched' | 'saving' | 'saved' | 'offline' | 'signed-out' | 'refused'; savedAt?: string; message?: string };

/** How long typing must pause before the draft is sent: a few seconds, so a word is not a request. */
const DRAFT_DELAY_MS = 2_000;

export type Capture = {
  userId: number;
  email: string;
  form: DraftForm;
  /** The record being edited, if any. */
  targetId?: number | null;
  /** The draft this form was resumed from. */
  draftId?: number | null;
  /** The values on screen, exactly as they would be restored. */
  values: unknown;
  label: string;
  saveDraft: SaveDraft;
  reauthenticate: Reauthenticate;
};

/**
 * Nothing typed is lost. The form's values are kept as a draft on the server a moment after typing
 * stops, and in this browser until the server has them (no connection, session ended, tab closed
 * too soon). Sending the form goes through `submit`, which turns a lost connection or an oversize
 * request into a message, and an ended session into signing in again in place before sending again.
 */
export function useCapture({ userId, email, form, targetId = null, draftId: resumedId = null, values, label, saveDraft, reauthenticate }: Capture) {
  const payload = JSON.stringify(values);
  const { capture: words } = useCommonWords();
  const { ensureSignedIn, dialog } = useSignInAgain({ reauthenticate, email });
  const [status, setStatus] = useState<DraftStatus>({ state: 'untouched' });
  const draftId = useRef<number | null>(resumedId);
  // The slot in this browser: per record edited, or per new record (its draft once it has one).
  // (getRandomValues, not randomUUID: the latter is missing on a plain-HTTP intranet address.)
  const [slot] = useState(() => (targetId ? `${form}.${targetId}` : `${form}.new.${resumedId ?? crypto.getRandomValues(new Uint32Array(2)).join('')}`));
  const latest = useRef({ payload, label });
  const sent = useRef(payload); // what the server (or the page's initial state) already has
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const done = useRef(false);

  useEffect(() => {
    latest.current = { payload, label };
  }, [payload, label]);

  /** Sends the latest values unless the server has them; one request at a time, the newest text last. */
  const sendDraft = useCallback(async (): Promise<void> => {
    while (inFlight.current) await inFlight.current;
    const { payload: text, label: name } = latest.current;
    if (done.current || text === sent.current) return;
    setStatus((current) => ({ ...current, state: 'saving' }));
    const run = (async () => {
      try {
        const result = await saveDraft(null, {
          draftId: draftId.current ? String(draftId.current) : '',
          form,
          targetId: targetId ? String(targetId) : '',
          label: name,
          payload: text,
        });
        if (done.current) return;
        if (result.ok) {
          draftId.current = result.data.draftId;
          sent.current = text;
          if (latest.current.payload === text) dropUnsaved(userId, slot);
          setStatus({ state: 'saved', savedAt: result.data.savedAt });
        } else if (result.sessionEnded) setStatus({ state: 'signed-out' });
        else setStatus({ state: 'refused', message: result.formError });
      } catch {
        if (!done.current) setStatus({ state: 'offline' });
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, [form, saveDraft, targetId, userId, slot]);

  // Each change: kept in this browser at once, sent to the server once typing pauses.
  useEffect(() => {
    if (done.current || payload === sent.current) return;
    keepUnsaved(userId, slot, { form, targetId, draftId: draftId.current, label, payload, at: Date.now() });
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void sendDraft(), DRAFT_DELAY_MS);
    return () => clearTimeout(timer.current);
  }, [payload, label, form, targetId, userId, slot, sendDraft]);

  // Leaving the page or the connection coming back: send what is pending now.
  useEffect(() => {
    const flush = () => {
      if (document.visibilityState === 'hidden' || navigator.onLine) void sendDraft();
    };
    window.addEventListener('online', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      window.removeEventListener('online', flush);
      document.removeEventListener('visibilitychange', flush);
    };
  }, [sendDraft]);

  /** Signs in again in place (from the status line), then sends the draft. */
  const resume = useCallback(async () => {
    if (await ensureSignedIn()) await sendDraft();
  }, [ensureSignedIn, sendDraft]);

  /**
   * Sends the form through `action` with the draft's id, so that saving the record also removes its
   * draft. Never throws: every failure comes back as a result whose message the form shows.
   */
  const submit = useCallback(
    async <T>(action: (previous: null, payload: FormData) => Promise<ActionResult<T>>, data: FormData): Promise<ActionResult<T>> => {
      clearTimeout(timer.current);
      await inFlight.current;
      if (draftId.current) data.set('draftId', String(draftId.current));
      const values = Object.fromEntries([...data.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
      const send = async (): Promise<ActionResult<T>> => {
        try {
          return await action(null, data);
        } catch {
          return { ok: false, formError: words.unreachable, values };
        }
      };
      let result = await send();
      if (!result.ok && result.sessionEnded) {
        void sendDraft(); // fails while signed out, but keeps the status line honest
        if (await ensureSignedIn()) result = await send();
      }
      if (result.ok) {
        done.current = true;
        dropUnsaved(userId, slot);
      } else if (latest.current.payload !== sent.current) {
        void sendDraft();
      }
      return result;
    },
    [ensureSignedIn, sendDraft, userId, slot, words],
  );

  /** The draft is thrown away on purpose: stop keeping it anywhere. */
  const forget = useCallback(() => {
    done.current = true;
    clearTimeout(timer.current);
    dropUnsaved(userId, slot);
  }, [userId, slot]);

  return { status, submit, resume, forget, dialog };
}
