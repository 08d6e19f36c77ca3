import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { PageHeader } from '@/components/page-header';
import { EnrolmentForm } from '@/components/second-factor/enrolment-form';
import { requireViewer } from '@/server/current-user';
import { enrolmentOffer } from '@/server/second-factor';
import { enrolAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account.twoStep'))('setUp') };
}

export default async function TwoStepPage() {
  const viewer = await requireViewer();
  if (viewer.totpEnabled) redirect('/account');
  const { offer, qrSvg } = await enrolmentOffer(viewer);
  const t = await getTranslations('account.twoStep');
  return (
    <div className="max-w-xl">
      <PageHeader title={t('setUp')} />
      <EnrolmentForm action={enrolAction} offer={offer} qrSvg={qrSvg} next="/account" />
    </div>
  );
}
