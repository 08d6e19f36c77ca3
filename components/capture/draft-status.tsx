'use client';

import type { DraftStatus } from './use-capture';

const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** One line under the form saying where the text is safe, and what to do when it is not. */
export function DraftStatusLine({ status, onSignIn }: { status: DraftStatus; onSignIn: () => void }) {
  const text = {
    untouched: null,
    saving: 'Keeping a draft…',
    saved: status.savedAt
      ? `Draft kept at ${time.format(new Date(status.savedAt))}. It is listed on your home page until you save or discard it.`
      : 'Draft kept.',
    offline: 'No connection: your text is kept in this browser and will be sent as soon as the connection returns.',
    'signed-out': 'Your session has ended: your text is kept in this browser until you sign in again.',
    refused: status.message ?? 'The draft could not be kept on the server; your text is still here.',
  }[status.state];
  if (!text) return null;
  // Announced only when the text is not safe on the server: a saved draft every few seconds would be noise.
  const worrying = status.state === 'offline' || status.state === 'signed-out' || status.state === 'refused';
  return (
    <p role={worrying ? 'status' : undefined} className="text-sm text-slate-600">
      {text}{' '}
      {status.state === 'signed-out' && (
        <button type="button" onClick={onSignIn} className="font-medium text-brand-700 underline">
          Sign in again
        </button>
      )}
    </p>
  );
}
