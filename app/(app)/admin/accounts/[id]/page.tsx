import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { PageHeader } from '@/components/page-header';
import { getAccount } from '@/db/users';
import { getSignInSecurity } from '@/db/sessions';
import { getMissionSettings } from '@/db/settings';
import { listSignInLocks } from '@/db/sign-in-attempts';
import { roles } from '@/lib/roles';
import { requirePermission } from '@/server/current-user';
import { getFormat } from '@/server/format';
import { loadOr404 } from '@/server/load-or-404';
import { ActiveForm, ChangeRoleForm, ResetPasswordForm, SignInControls } from '../_components/account-controls';
import { passwordLabels } from '../_components/password-labels';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.accounts.account'))('title') };
}

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('account:list');
  const account = loadOr404((await params).id, (id) => getAccount({ id }));
  const settings = getMissionSettings();
  const t = await getTranslations('admin.accounts.account');
  const f = await getFormat();
  const { openSessions, secondFactor } = getSignInSecurity({ userId: account.id, limits: settings });
  const locks = listSignInLocks({ userId: account.id });
  return (
    <div className="max-w-3xl">
      <Link href="/admin/accounts" className="text-sm text-brand-700 underline">
        ← {t('allAccounts')}
      </Link>
      <PageHeader title={account.name} description={[account.email, f.role[account.role], t(account.active ? 'active' : 'deactivated')].join(' · ')} />
      <div className="grid gap-4 md:grid-cols-2">
        <ChangeRoleForm
          userId={account.id}
          role={account.role}
          roleOptions={roles.map((role) => ({ value: role, label: f.role[role] }))}
          labels={{ heading: t('role.heading'), changed: t.raw('role.changed') as string, label: t('role.label'), submit: t('role.submit') }}
        />
        <ActiveForm
          userId={account.id}
          active={account.active}
          labels={{
            heading: t('status.heading'),
            reactivated: t('status.reactivated'),
            deactivated: t('status.deactivated'),
            activeExplained: t('status.activeExplained'),
            deactivatedExplained: t('status.deactivatedExplained'),
            deactivate: t('status.deactivate'),
            reactivate: t('status.reactivate'),
          }}
        />
        <div className="md:col-span-2">
          <ResetPasswordForm
            userId={account.id}
            name={account.name}
            labels={{
              heading: t('resetPassword.heading'),
              changed: t('resetPassword.changed'),
              legend: t('resetPassword.legend'),
              submit: t('resetPassword.submit'),
              ...(await passwordLabels()),
            }}
          />
        </div>
        <div className="md:col-span-2">
          <SignInControls
            userId={account.id}
            secondFactor={secondFactor}
            hasLocks={locks.length > 0}
            labels={{
              locale: f.locale,
              heading: t('signIn.heading'),
              sessionsEnded: { one: t.raw('signIn.sessionsEnded.one') as string, other: t.raw('signIn.sessionsEnded.other') as string },
              openSessions: t('signIn.openSessions', { count: openSessions }),
              endAll: t('signIn.endAll'),
              locksLifted: { one: t.raw('signIn.locksLifted.one') as string, other: t.raw('signIn.locksLifted.other') as string },
              locks: locks.length === 0 ? t('signIn.noLocks') : t(locks.length === 1 ? 'signIn.locks.one' : 'signIn.locks.other', { count: locks.length }),
              lockLines: locks.map((lock) => ({
                key: `${lock.kind}-${lock.client}`,
                text: t(lock.kind === 'code' ? 'signIn.lockCodes' : 'signIn.lockPasswords', {
                  client: lock.client,
                  failures: lock.failures,
                  until: f.timestamp(new Date(lock.lockedUntil), settings.timeZone),
                }),
              })),
              liftLocks: t('signIn.liftLocks'),
              secondFactorReset: t('signIn.secondFactorReset'),
              secondFactor: t(secondFactor ? 'signIn.secondFactorOn' : 'signIn.secondFactorOff'),
              resetSecondFactor: t('signIn.resetSecondFactor'),
            }}
          />
        </div>
      </div>
    </div>
  );
}
