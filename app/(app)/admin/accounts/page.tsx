import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { buttonClass } from '@/components/ui/button-styles';
import { PageHeader } from '@/components/page-header';
import { listAccounts } from '@/db/users';
import { requirePermission } from '@/server/current-user';
import { getFormat } from '@/server/format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.accounts.list'))('title') };
}

export default async function AccountsPage() {
  await requirePermission('account:list');
  const accounts = listAccounts();
  const t = await getTranslations('admin.accounts.list');
  const f = await getFormat();
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('count', { count: accounts.length, active: accounts.filter((a) => a.active).length })}
        actions={
          <Link href="/admin/accounts/new" className={buttonClass()}>
            {t('newAccount')}
          </Link>
        }
      />
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t('caption')}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">
                {t('name')}
              </th>
              <th scope="col" className="hidden px-4 py-3 font-semibold sm:table-cell">
                {t('email')}
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                {t('role')}
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                {t('status')}
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
                <td className="px-4 py-3">{f.role[account.role]}</td>
                <td className="px-4 py-3">
                  {account.active ? (
                    <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-emerald-900">{t('active')}</span>
                  ) : (
                    <span className="rounded-full bg-slate-200 px-2 py-0.5 text-slate-800">{t('deactivated')}</span>
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
