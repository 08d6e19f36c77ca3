import type { Metadata } from 'next';
import { safeReturnPath } from '@/lib/return-path';
import { requireSignInStep } from '@/server/current-user';
import { NewPasswordForm } from '../_components/step-forms';

export const metadata: Metadata = { title: 'Choose your password' };

export default async function NewPasswordPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = safeReturnPath((await searchParams).next);
  await requireSignInStep('new-password', next);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Choose your password</h1>
      <p className="mb-6 text-sm text-slate-700">
        An administrator set the password you just used, so it is not yours alone. Choose one only you know: at least 12 characters; a few unrelated words are
        strong and easy to remember.
      </p>
      <NewPasswordForm next={next} />
    </>
  );
}
