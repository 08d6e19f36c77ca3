import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PageHeader } from '@/components/page-header';
import { EnrolmentForm } from '@/components/second-factor/enrolment-form';
import { requireViewer } from '@/server/current-user';
import { enrolmentOffer } from '@/server/second-factor';
import { enrolAction } from '../actions';

export const metadata: Metadata = { title: 'Set up two-step verification' };

export default async function TwoStepPage() {
  const viewer = await requireViewer();
  if (viewer.totpEnabled) redirect('/account');
  const { offer, qrSvg } = await enrolmentOffer(viewer);
  return (
    <div className="max-w-xl">
      <PageHeader title="Set up two-step verification" />
      <EnrolmentForm action={enrolAction} offer={offer} qrSvg={qrSvg} next="/account" />
    </div>
  );
}
