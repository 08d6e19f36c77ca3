import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { PageHeader } from '@/components/page-header';
import { roles } from '@/lib/roles';
import { requirePermission } from '@/server/current-user';
import { getFormat } from '@/server/format';
import { CreateAccountForm } from '../_components/create-account-form';
import { passwordLabels } from '../_components/password-labels';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.accounts.new'))('title') };
}

export default async function NewAccountPage() {
  await requirePermission('account:create');
  const t = await getTranslations('admin.accounts.new');
  const f = await getFormat();
  return (
    <div className="max-w-xl">
      <Link href="/admin/accounts" className="text-sm text-brand-700 underline">
        ← {t('allAccounts')}
      </Link>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <CreateAccountForm
          roleOptions={roles.map((role) => ({ value: role, label: f.role[role] }))}
          labels={{
            created: t.raw('created') as string,
            openAccount: t('openAccount'),
            name: t('name'),
            email: t('email'),
            role: t('role'),
            initialPassword: t('initialPassword'),
            creating: t('creating'),
            create: t('create'),
            ...(await passwordLabels()),
          }}
        />
      </div>
    </div>
  );
}
