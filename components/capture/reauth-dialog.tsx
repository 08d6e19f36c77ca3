'use client';

import dynamic from 'next/dynamic';
import { type ReactNode, useCallback, useState } from 'react';
import type { SignInStep } from '@/lib/sessions';
import type { ActionResult } from '@/lib/action-result';

/** The password (with the code, once asked for): answers what the sign-in still owes, nothing when complete. */
export type Reauthenticate = (previous: null, payload: Record<string, string>) => Promise<ActionResult<{ step: SignInStep | null }>>;

// Loaded only when a session has ended: most visits never need it.
const SignInAgainDialog = dynamic(() => import('./sign-in-again-dialog').then((loaded) => loaded.SignInAgainDialog), { ssr: false });

/**
 * Signing in again without leaving the page, for a form whose session ended (signed out elsewhere,
 * timed out, password reset, account paused). `ensureSignedIn()` opens the dialog and resolves true
 * once signed in, false if the person closes it; the form and its text stay as they were.
 */
export function useSignInAgain({ reauthenticate, email }: { reauthenticate: Reauthenticate; email: string }): {
  ensureSignedIn: () => Promise<boolean>;
  dialog: ReactNode;
} {
  const [asking, setAsking] = useState<((signedIn: boolean) => void) | null>(null);
  const ensureSignedIn = useCallback(() => new Promise<boolean>((resolve) => setAsking(() => resolve)), []);
  const finish = (signedIn: boolean) => {
    asking?.(signedIn);
    setAsking(null);
  };
  const dialog = asking ? <SignInAgainDialog email={email} reauthenticate={reauthenticate} onDone={finish} /> : null;
  return { ensureSignedIn, dialog };
}
