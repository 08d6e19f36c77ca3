import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { safeReturnPath } from '@/lib/return-path';
import { PASSWORD_MIN_LENGTH } from '@/lib/schemas/common';
import { requireSignInStep } from '@/server/current-user';
import { NewPasswordForm } from '../_components/step-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signInSteps.newPassword'))('title') };
}

export default async function NewPasswordPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const next = safeReturnPath((await searchParams).next);
  await requireSignInStep('new-password', next);
  const t = await getTranslations('signInSteps.newPassword');
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t('title')}</h1>
      <p className="mb-6 text-sm text-slate-700">{t('intro', { min: PASSWORD_MIN_LENGTH })}</p>
      <NewPasswordForm next={next} labels={{ password: t('password'), submit: t('submit'), pending: t('pending') }} />
    </>
  );
}
