import type { ReactNode } from 'react';
import { AppHeader } from '@/components/app-header';
import { getMissionSettings } from '@/db/settings';
import { navigation } from '@/lib/navigation';
import { can } from '@/lib/policy';
import { requireViewer } from '@/server/current-user';
import { getTranslations } from 'next-intl/server';
import { SignOutButtons } from './_components/sign-out-button';

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  const { missionName } = getMissionSettings();
  const t = await getTranslations();
  const visibleNavigation = navigation
    .filter((item) => item.permission === null || can(viewer, item.permission))
    .map(({ href, label }) => ({ href, label: t(`nav.${label}`) }));
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        {t('shell.skipToContent')}
      </a>
      <AppHeader
        missionName={missionName}
        navigation={visibleNavigation}
        user={{ name: viewer.name, email: viewer.email, role: t('shell.role', { role: t(`vocabulary.role.${viewer.role}`) }) }}
        labels={{
          mainNavigation: t('shell.mainNavigation'),
          menu: t('shell.menu'),
          accountMenuFor: t('shell.accountMenuFor'),
          account: t('shell.account'),
          help: t('shell.help'),
        }}
        signOut={
          <SignOutButtons labels={{ signOut: t('shell.signOut'), signOutEverywhere: t('shell.signOutEverywhere'), signingOut: t('shell.signingOut') }} />
        }
      />
      <main id="main" className="mx-auto w-full max-w-6xl px-4 py-6 sm:py-8">
        {children}
      </main>
    </>
  );
}
