import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { countUsers } from '@/db/users';
import { PASSWORD_MIN_LENGTH } from '@/lib/schemas/common';
import { SetupForm } from './_components/setup-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('setup'))('metaTitle') };
}

/** Exists only until the first account does; afterwards it is a 404 like any unknown page. */
export default async function SetupPage() {
  await connection(); // read the database per request, never at build time
  if (countUsers() > 0) notFound();
  const t = await getTranslations('setup');
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mb-6 mt-2 text-sm text-slate-600">{t('intro')}</p>
      <SetupForm
        labels={{
          name: t('name'),
          email: t('email'),
          password: t('password'),
          passwordHint: t('passwordHint', { min: PASSWORD_MIN_LENGTH }),
          submit: t('submit'),
          pending: t('pending'),
        }}
      />
    </>
  );
}
