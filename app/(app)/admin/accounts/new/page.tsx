import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { PageHeader } from '@/components/page-header';
import { requirePermission } from '@/server/current-user';
import { CreateAccountForm } from '../_components/create-account-form';

export const metadata: Metadata = { title: 'New account' };

export default async function NewAccountPage() {
  await requirePermission('account:create');
  return (
    <div className="max-w-xl">
      <Link href="/admin/accounts" className="text-sm text-brand-700 underline">
        ← All accounts
      </Link>
      <PageHeader title="New account" description="Officers log meetings; managers also review every follow-up; administrators also manage accounts." />
      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <CreateAccountForm />
      </div>
    </div>
  );
}
