import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { countUsers } from '@/db/users';
import { safeReturnPath } from '@/lib/return-path';
import { getViewer } from '@/server/current-user';
import { SignInForm } from './_components/sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signIn'))('title') };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  await connection(); // read the database per request, never at build time
  if (countUsers() === 0) redirect('/setup');
  // Where to go afterwards: a page of ours that sent the visitor here, never another site.
  const next = safeReturnPath((await searchParams).next);
  if (await getViewer()) redirect(next);
  const t = await getTranslations('signIn');
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">{t('title')}</h1>
      <SignInForm next={next} labels={{ email: t('email'), password: t('password'), submit: t('submit'), pending: t('pending') }} />
    </>
  );
}
