import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { buttonClass } from '@/components/ui/button-styles';
import { Link } from '@/components/ui/link';
import { countUnusedRecoveryCodes } from '@/db/second-factor';
import { listSessions } from '@/db/sessions';
import { getMissionSettings } from '@/db/settings';
import { formatTimestamp } from '@/lib/dates';
import { describeBrowser, secondFactorRequired } from '@/lib/sessions';
import { requireViewer } from '@/server/current-user';
import { ChangePasswordForm, EndSessionButton, SecondFactorControls } from './_components/account-forms';
import { LanguageForm } from './_components/language-form';
import { getTranslations } from 'next-intl/server';
import { localeNames, locales } from '@/lib/locale';
import { browserLocale } from '@/server/locale';

export const metadata: Metadata = { title: 'Your account' };

const endReasons: Record<string, string> = {
  'signed-out': 'Signed out',
  'signed-out-everywhere': 'Signed out everywhere',
  'ended-by-user': 'Ended by you',
  'ended-by-admin': 'Ended by an administrator',
  idle: 'Timed out (idle)',
  expired: 'Timed out (session length)',
  unfinished: 'Sign-in not finished',
  'password-changed': 'Ended by a password change',
  'account-changed': 'Ended by a change to the account',
};

export default async function AccountPage() {
  const viewer = await requireViewer();
  const settings = getMissionSettings();
  const sessions = listSessions({ userId: viewer.id, limits: settings });
  const when = (at: Date) => formatTimestamp(at, settings.timeZone);
  const t = await getTranslations('language');
  const languages = [
    { value: '', label: t('browser', { browser: localeNames[await browserLocale()] }) },
    ...locales.map((locale) => ({ value: locale, label: localeNames[locale] })),
  ];
  return (
    <div className="max-w-3xl space-y-8">
      <PageHeader title="Your account" description={`${viewer.name} · ${viewer.email}`} />

      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Where you are signed in
        </h2>
        <p className="text-sm text-slate-700">
          A session ends {settings.sessionHours} hours after signing in, or after {settings.idleMinutes} minutes without use. End any you do not recognise, then
          change your password.
        </p>
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {sessions.map((session) => {
            const open = session.open;
            return (
              <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
                <div className="min-w-0 text-sm">
                  <p className="font-medium">
                    {describeBrowser(session.userAgent)} · {session.address ?? 'unknown address'}
                    {session.id === viewer.sessionId && <span className="ml-2 rounded bg-emerald-100 px-2 py-0.5 text-xs text-emerald-900">This browser</span>}
                  </p>
                  <p className="text-slate-600">
                    Signed in {when(session.signedInAt)} · last seen {when(session.lastSeenAt)}
                    {!open && ` · ${session.endedAt ? (endReasons[session.endReason ?? ''] ?? 'Ended') : 'Timed out'}`}
                  </p>
                </div>
                {open && <EndSessionButton sessionId={session.id} current={session.id === viewer.sessionId} />}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="two-step-heading" className="space-y-3">
        <h2 id="two-step-heading" className="text-lg font-semibold">
          Two-step verification
        </h2>
        {viewer.totpEnabled ? (
          <SecondFactorControls remainingCodes={countUnusedRecoveryCodes({ userId: viewer.id })} required={secondFactorRequired(viewer.role, settings)} />
        ) : (
          <div className="space-y-3 text-sm text-slate-700">
            <p>Off. With it on, signing in also takes a code from an app on your phone, so a stolen password alone opens nothing.</p>
            <Link href="/account/two-step" className={buttonClass('secondary')}>
              Set up two-step verification
            </Link>
          </div>
        )}
      </section>

      <section aria-labelledby="language-heading" className="space-y-3">
        <h2 id="language-heading" className="text-lg font-semibold">
          {t('title')}
        </h2>
        <LanguageForm current={viewer.locale ?? ''} options={languages} labels={{ label: t('label'), hint: t('hint'), save: t('save'), saved: t('saved') }} />
      </section>

      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-lg font-semibold">
          Password
        </h2>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
