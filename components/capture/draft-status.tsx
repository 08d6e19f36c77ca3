'use client';

import { useCommonWords } from '@/components/common-words';
import { fill } from '@/lib/fill';
import type { DraftStatus } from './use-capture';

/** One line under the form saying where the text is safe, and what to do when it is not. */
export function DraftStatusLine({ status, onSignIn }: { status: DraftStatus; onSignIn: () => void }) {
  const { locale, draftStatus: words } = useCommonWords();
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const text = {
    untouched: null,
    saving: words.saving,
    saved: status.savedAt ? fill(words.savedAt, { time: time.format(new Date(status.savedAt)) }) : words.saved,
    offline: words.offline,
    'signed-out': words.signedOut,
    refused: status.message ?? words.refused,
  }[status.state];
  if (!text) return null;
  // Announced only when the text is not safe on the server: a saved draft every few seconds would be noise.
  const worrying = status.state === 'offline' || status.state === 'signed-out' || status.state === 'refused';
  return (
    <p role={worrying ? 'status' : undefined} className="text-sm text-slate-600">
      {text}{' '}
      {status.state === 'signed-out' && (
        <button type="button" onClick={onSignIn} className="font-medium text-brand-700 underline">
          {words.signInAgain}
        </button>
      )}
    </p>
  );
}
