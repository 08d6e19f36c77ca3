'use client';

import { useActionState } from 'react';
import { forgetAllUnsaved } from '@/components/capture/unsaved-text';
import { signOutEverywhere } from '../actions';

export function SignOutButton() {
  const [, formAction, pending] = useActionState(signOutEverywhere, null);
  return (
    // No meeting text stays in this browser after signing out.
    <form action={formAction} onSubmit={forgetAllUnsaved}>
      <button type="submit" disabled={pending} className="min-h-11 w-full rounded-md px-3 text-left text-sm font-medium hover:bg-slate-100">
        {pending ? 'Signing out…' : 'Sign out'}
      </button>
    </form>
  );
}
