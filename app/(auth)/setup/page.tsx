import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { countUsers } from '@/db/users';
import { SetupForm } from './_components/setup-form';

export const metadata: Metadata = { title: 'First-run setup' };

/** Exists only until the first account does; afterwards it is a 404 like any unknown page. */
export default async function SetupPage() {
  await connection(); // read the database per request, never at build time
  if (countUsers() > 0) notFound();
  return (
    <>
      <h1 className="text-2xl font-semibold">Welcome to Readout</h1>
      <p className="mb-6 mt-2 text-sm text-slate-600">Create the first administrator account. You can then add your colleagues and set the mission’s name.</p>
      <SetupForm />
    </>
  );
}
