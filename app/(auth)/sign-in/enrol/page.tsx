import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EnrolmentForm } from '@/components/second-factor/enrolment-form';
import { safeReturnPath } from '@/lib/return-path';
import { requireSignInStep } from '@/server/current-user';
import { enrolmentOffer } from '@/server/second-factor';
import { enrolAtSignInAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signInSteps.enrol'))('title') };
}

export default async function EnrolPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = safeReturnPath((await searchParams).next);
  const viewer = await requireSignInStep('enrol', next);
  const { offer, qrSvg } = await enrolmentOffer(viewer);
  const t = await getTranslations('signInSteps.enrol');
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t('title')}</h1>
      <p className="mb-6 text-sm text-slate-700">{t('intro')}</p>
      <EnrolmentForm action={enrolAtSignInAction} offer={offer} qrSvg={qrSvg} next={next} />
    </>
  );
}
