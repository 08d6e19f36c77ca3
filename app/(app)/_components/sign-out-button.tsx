'use client';

import { useActionState } from 'react';
import { forgetAllUnsaved } from '@/components/capture/unsaved-text';
import { signOutAction, signOutEverywhere } from '../actions';

const itemClass = 'min-h-11 w-full rounded-md px-3 text-left text-sm font-medium hover:bg-slate-100';

/** "Sign out" ends this browser's session; "Sign out everywhere" every session of the account. */
export function SignOutButtons({ labels }: { labels: { signOut: string; signOutEverywhere: string; signingOut: string } }) {
  const [, signOutHere, pendingHere] = useActionState(signOutAction, null);
  const [, signOutAll, pendingAll] = useActionState(signOutEverywhere, null);
  return (
    <>
      {/* No meeting text stays in this browser after signing out. */}
      <form action={signOutHere} onSubmit={forgetAllUnsaved}>
        <button type="submit" disabled={pendingHere} className={itemClass}>
          {pendingHere ? labels.signingOut : labels.signOut}
        </button>
      </form>
      <form action={signOutAll} onSubmit={forgetAllUnsaved}>
        <button type="submit" disabled={pendingAll} className={itemClass}>
          {pendingAll ? labels.signingOut : labels.signOutEverywhere}
        </button>
      </form>
    </>
  );
}
