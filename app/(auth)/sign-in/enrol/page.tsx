import type { Metadata } from 'next';
import { EnrolmentForm } from '@/components/second-factor/enrolment-form';
import { safeReturnPath } from '@/lib/return-path';
import { requireSignInStep } from '@/server/current-user';
import { enrolmentOffer } from '@/server/second-factor';
import { enrolAtSignInAction } from '../actions';

export const metadata: Metadata = { title: 'Set up two-step verification' };

export default async function EnrolPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = safeReturnPath((await searchParams).next);
  const viewer = await requireSignInStep('enrol', next);
  const { offer, qrSvg } = await enrolmentOffer(viewer);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Set up two-step verification</h1>
      <p className="mb-6 text-sm text-slate-700">
        Your account can see restricted records, so signing in takes your password and a code from your phone. This is asked once; after that, each sign-in asks
        for the code.
      </p>
      <EnrolmentForm action={enrolAtSignInAction} offer={offer} qrSvg={qrSvg} next={next} />
    </>
  );
}
