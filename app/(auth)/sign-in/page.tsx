import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { countUsers } from '@/db/users';
import { safeReturnPath } from '@/lib/return-path';
import { getViewer } from '@/server/current-user';
import { SignInForm } from './_components/sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  await connection(); // read the database per request, never at build time
  if (countUsers() === 0) redirect('/setup');
  // Where to go afterwards: a page of ours that sent the visitor here, never another site.
  const next = safeReturnPath((await searchParams).next);
  if (await getViewer()) redirect(next);
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">Sign in</h1>
      <SignInForm next={next} />
    </>
  );
}
