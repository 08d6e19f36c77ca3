import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { buttonClass } from '@/components/ui/button-styles';
import { Link } from '@/components/ui/link';
import { countUnusedRecoveryCodes } from '@/db/second-factor';
import { listSessions } from '@/db/sessions';
import { getMissionSettings } from '@/db/settings';
import { describeBrowser, secondFactorRequired, type SessionEndReason, sessionEndReasons } from '@/lib/sessions';
import { requireViewer } from '@/server/current-user';
import { getFormat } from '@/server/format';
import { translateMessage } from '@/server/messages';
import { ChangePasswordForm, EndSessionButton, SecondFactorControls } from './_components/account-forms';
import { LanguageForm } from './_components/language-form';
import { getTranslations } from 'next-intl/server';
import { localeNames, locales } from '@/lib/locale';
import { PASSWORD_MIN_LENGTH } from '@/lib/schemas/common';
import { RECOVERY_CODE_COUNT } from '@/lib/second-factor';
import { browserLocale } from '@/server/locale';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('title') };
}

export default async function AccountPage() {
  const viewer = await requireViewer();
  const settings = getMissionSettings();
  const sessions = listSessions({ userId: viewer.id, limits: settings });
  const f = await getFormat();
  const when = (at: Date) => f.timestamp(at, settings.timeZone);
  const t = await getTranslations('account');
  const tl = await getTranslations('language');
  const languages = [
    { value: '', label: tl('browser', { browser: localeNames[await browserLocale()] }) },
    ...locales.map((locale) => ({ value: locale, label: localeNames[locale] })),
  ];
  const endReason = (reason: string | null) =>
    (sessionEndReasons as readonly string[]).includes(reason ?? '') ? t(`sessions.ended.${reason as SessionEndReason}`) : t('sessions.ended.other');
  const required = secondFactorRequired(viewer.role, settings);
  const endLabels = { ending: t('sessions.ending'), signOut: t('sessions.signOut'), signOutFull: t('sessions.signOutFull'), end: t('sessions.end') };
  return (
    <div className="max-w-3xl space-y-8">
      <PageHeader title={t('title')} description={`${viewer.name} · ${viewer.email}`} />

      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          {t('sessions.heading')}
        </h2>
        <p className="text-sm text-slate-700">{t('sessions.intro', { hours: settings.sessionHours, minutes: settings.idleMinutes })}</p>
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {sessions.map((session) => {
            const open = session.open;
            return (
              <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
                <div className="min-w-0 text-sm">
                  <p className="font-medium">
                    {translateMessage(describeBrowser(session.userAgent), f.locale)} · {session.address ?? t('sessions.unknownAddress')}
                    {session.id === viewer.sessionId && (
                      <span className="ml-2 rounded bg-emerald-100 px-2 py-0.5 text-xs text-emerald-900">{t('sessions.thisBrowser')}</span>
                    )}
                  </p>
                  <p className="text-slate-600">
                    {t('sessions.seen', { signedIn: when(session.signedInAt), lastSeen: when(session.lastSeenAt) })}
                    {!open && ` · ${session.endedAt ? endReason(session.endReason) : t('sessions.timedOut')}`}
                  </p>
                </div>
                {open && <EndSessionButton sessionId={session.id} current={session.id === viewer.sessionId} labels={endLabels} />}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="two-step-heading" className="space-y-3">
        <h2 id="two-step-heading" className="text-lg font-semibold">
          {t('twoStep.heading')}
        </h2>
        {viewer.totpEnabled ? (
          <SecondFactorControls
            required={required}
            labels={{
              state: [
                t('twoStep.on', { remaining: countUnusedRecoveryCodes({ userId: viewer.id }), total: RECOVERY_CODE_COUNT }),
                ...(required ? [t('twoStep.required')] : []),
              ].join(' '),
              code: t('twoStep.code'),
              checking: t('twoStep.checking'),
              newCodes: t('twoStep.newCodes'),
              off: t('twoStep.off'),
              offCode: t('twoStep.offCode'),
              turnOff: t('twoStep.turnOff'),
            }}
          />
        ) : (
          <div className="space-y-3 text-sm text-slate-700">
            <p>{t('twoStep.offExplained')}</p>
            <Link href="/account/two-step" className={buttonClass('secondary')}>
              {t('twoStep.setUp')}
            </Link>
          </div>
        )}
      </section>

      <section aria-labelledby="language-heading" className="space-y-3">
        <h2 id="language-heading" className="text-lg font-semibold">
          {tl('title')}
        </h2>
        <LanguageForm
          current={viewer.locale ?? ''}
          options={languages}
          labels={{ label: tl('label'), hint: tl('hint'), save: tl('save'), saved: tl('saved') }}
        />
      </section>

      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-lg font-semibold">
          {t('password.heading')}
        </h2>
        <ChangePasswordForm
          labels={{
            changed: t('password.changed'),
            current: t('password.current'),
            new: t('password.new'),
            newHint: t('password.newHint', { count: PASSWORD_MIN_LENGTH }),
            changing: t('password.changing'),
            submit: t('password.submit'),
          }}
        />
      </section>
    </div>
  );
}
