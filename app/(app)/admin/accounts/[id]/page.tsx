import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { PageHeader } from '@/components/page-header';
import { getAccount } from '@/db/users';
import { getSignInSecurity } from '@/db/sessions';
import { getMissionSettings } from '@/db/settings';
import { listSignInLocks } from '@/db/sign-in-attempts';
import { formatTimestamp } from '@/lib/dates';
import { roleLabels } from '@/lib/roles';
import { requirePermission } from '@/server/current-user';
import { loadOr404 } from '@/server/load-or-404';
import { ActiveForm, ChangeRoleForm, ResetPasswordForm, SignInControls } from '../_components/account-controls';

export const metadata: Metadata = { title: 'Account' };

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('account:list');
  const account = loadOr404((await params).id, (id) => getAccount({ id }));
  const settings = getMissionSettings();
  return (
    <div className="max-w-3xl">
      <Link href="/admin/accounts" className="text-sm text-brand-700 underline">
        ← All accounts
      </Link>
      <PageHeader
        title={account.name}
        description={
          <>
            {account.email} · {roleLabels[account.role]} · {account.active ? 'Active' : 'Deactivated'}
          </>
        }
      />
      <div className="grid gap-4 md:grid-cols-2">
        <ChangeRoleForm userId={account.id} role={account.role} />
        <ActiveForm userId={account.id} active={account.active} />
        <div className="md:col-span-2">
          <ResetPasswordForm userId={account.id} name={account.name} />
        </div>
        <div className="md:col-span-2">
          <SignInControls
            userId={account.id}
            {...getSignInSecurity({ userId: account.id, limits: settings })}
            locks={listSignInLocks({ userId: account.id }).map(({ lockedUntil, ...lock }) => ({
              ...lock,
              until: formatTimestamp(new Date(lockedUntil), settings.timeZone),
            }))}
          />
        </div>
      </div>
    </div>
  );
}
