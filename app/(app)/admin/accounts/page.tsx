import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { buttonClass } from '@/components/ui/button-styles';
import { PageHeader } from '@/components/page-header';
import { listAccounts } from '@/db/users';
import { roleLabels } from '@/lib/roles';
import { requirePermission } from '@/server/current-user';

export const metadata: Metadata = { title: 'Accounts' };

export default async function AccountsPage() {
  await requirePermission('account:list');
  const accounts = listAccounts();
  return (
    <>
      <PageHeader
        title="Accounts"
        description={`${accounts.length} account${accounts.length === 1 ? '' : 's'}, ${accounts.filter((a) => a.active).length} active.`}
        actions={
          <Link href="/admin/accounts/new" className={buttonClass()}>
            New account
          </Link>
        }
      />
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Accounts of the mission</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">
                Name
              </th>
              <th scope="col" className="hidden px-4 py-3 font-semibold sm:table-cell">
                E-mail
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Role
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Status
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {accounts.map((account) => (
              <tr key={account.id}>
                <td className="px-4 py-3">
                  <Link href={`/admin/accounts/${account.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                    {account.name}
                  </Link>
                  <span className="block text-slate-600 sm:hidden">{account.email}</span>
                </td>
                <td className="hidden px-4 py-3 text-slate-700 sm:table-cell">{account.email}</td>
                <td className="px-4 py-3">{roleLabels[account.role]}</td>
                <td className="px-4 py-3">
                  {account.active ? (
                    <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-emerald-900">Active</span>
                  ) : (
                    <span className="rounded-full bg-slate-200 px-2 py-0.5 text-slate-800">Deactivated</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
