import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { safeReturnPath } from '@/lib/return-path';
import { requireSignInStep } from '@/server/current-user';
import { SecondFactorForm } from '../_components/step-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signInSteps.secondFactor'))('title') };
}

export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = safeReturnPath((await searchParams).next);
  await requireSignInStep('second-factor', next);
  const t = await getTranslations('signInSteps.secondFactor');
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t('title')}</h1>
      <p className="mb-6 text-sm text-slate-700">{t('intro')}</p>
      <SecondFactorForm next={next} labels={{ code: t('code'), codeHint: t('codeHint'), submit: t('submit'), pending: t('pending'), lost: t('lost') }} />
    </>
  );
}
