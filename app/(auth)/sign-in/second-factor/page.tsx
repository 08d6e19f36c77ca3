import type { Metadata } from 'next';
import { safeReturnPath } from '@/lib/return-path';
import { requireSignInStep } from '@/server/current-user';
import { SecondFactorForm } from '../_components/step-forms';

export const metadata: Metadata = { title: 'Two-step verification' };

export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = safeReturnPath((await searchParams).next);
  await requireSignInStep('second-factor', next);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Two-step verification</h1>
      <p className="mb-6 text-sm text-slate-700">
        Enter the 6-digit code your authenticator app shows for Readout. No phone? Enter one of your recovery codes instead.
      </p>
      <SecondFactorForm next={next} />
    </>
  );
}
