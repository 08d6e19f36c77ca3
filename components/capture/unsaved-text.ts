/**
 * Text the server does not have yet (no connection, or the session ended), kept in this browser
 * until it does. Only such text is kept here, never a copy of what is safe on the server, and
 * signing out on this device wipes it all. Keys name the user, so a colleague signing in on the
 * same browser never gets someone else's text back.
 */
const PREFIX = 'readout.unsaved.';

export type UnsavedDraft = { form: string; targetId: number | null; draftId: number | null; label: string; payload: string; at: number };

const storage = () => {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage refused (private mode, policy): the server copy is all there is
  }
};

const keyOf = (userId: number, slot: string) => `${PREFIX}${userId}.${slot}`;

export function keepUnsaved(userId: number, slot: string, draft: UnsavedDraft): void {
  try {
    storage()?.setItem(keyOf(userId, slot), JSON.stringify(draft));
  } catch {
    // Full storage: nothing more can be done here, the status line says the text is not yet safe.
  }
}

export function dropUnsaved(userId: number, slot: string): void {
  storage()?.removeItem(keyOf(userId, slot));
}

export function listUnsaved(userId: number): { slot: string; draft: UnsavedDraft }[] {
  const store = storage();
  if (!store) return [];
  const prefix = keyOf(userId, '');
  const found: { slot: string; draft: UnsavedDraft }[] = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (!key?.startsWith(prefix)) continue;
    try {
      found.push({ slot: key.slice(prefix.length), draft: JSON.parse(store.getItem(key) ?? '') as UnsavedDraft });
    } catch {
      store.removeItem(key); // not ours to read: garbled by something else
    }
  }
  return found;
}

/** On sign-out: no meeting text stays behind in this browser, whoever wrote it. */
export function forgetAllUnsaved(): void {
  const store = storage();
  if (!store) return;
  const keys = Array.from({ length: store.length }, (_, index) => store.key(index)).filter((key): key is string => !!key?.startsWith(PREFIX));
  for (const key of keys) store.removeItem(key);
}

/** A draft discarded on purpose: any copy this browser still holds of it goes too. */
export function dropUnsavedDraft(draftId: number): void {
  const store = storage();
  if (!store) return;
  const keys = Array.from({ length: store.length }, (_, index) => store.key(index)).filter((key): key is string => !!key?.startsWith(PREFIX));
  for (const key of keys) {
    try {
      if ((JSON.parse(store.getItem(key) ?? '') as UnsavedDraft).draftId === draftId) store.removeItem(key);
    } catch {
      store.removeItem(key);
    }
  }
}
