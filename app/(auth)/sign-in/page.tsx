import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { countUsers } from '@/db/users';
import { getCurrentUser } from '@/server/current-user';
import { SignInForm } from './_components/sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage() {
  await connection(); // read the database per request, never at build time
  if (countUsers() === 0) redirect('/setup');
  if (await getCurrentUser()) redirect('/');
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">Sign in</h1>
      <SignInForm />
    </>
  );
}
