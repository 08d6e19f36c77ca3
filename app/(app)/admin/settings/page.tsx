import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { getMissionSettings } from '@/db/settings';
import { timeZones } from '@/lib/dates';
import { sessionLimitBounds } from '@/lib/sessions';
import { requirePermission } from '@/server/current-user';
import { getFormat } from '@/server/format';
import { SetupChecklist } from '../../_components/setup-checklist';
import { SettingsForm } from './_components/settings-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.settings'))('title') };
}

export default async function SettingsPage() {
  await requirePermission('settings:edit');
  const t = await getTranslations('admin.settings');
  const f = await getFormat();
  const settings = getMissionSettings();
  const { sessionHours, idleMinutes } = sessionLimitBounds;
  return (
    <div className="max-w-xl space-y-6">
      <PageHeader title={t('heading')} />
      <SetupChecklist />
      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <SettingsForm
          settings={settings}
          countries={f.countries()}
          timeZones={timeZones}
          labels={{
            saved: t('saved'),
            missionName: t('missionName'),
            missionNameHint: t('missionNameHint'),
            notChosen: t('notChosen'),
            ourCountry: t('ourCountry'),
            ourCountryHint: t('ourCountryHint'),
            hostCountry: t('hostCountry'),
            hostCountryHint: t('hostCountryHint'),
            timeZone: t('timeZone'),
            timeZoneHint: t('timeZoneHint'),
            security: t('security'),
            sessionHours: t('sessionHours'),
            sessionHoursHint: t('sessionHoursHint', { min: sessionHours.min, max: sessionHours.max, recommended: sessionHours.default }),
            idleMinutes: t('idleMinutes'),
            idleMinutesHint: t('idleMinutesHint', { min: idleMinutes.min, max: idleMinutes.max, recommended: idleMinutes.default }),
            secondFactor: t('secondFactor'),
            secondFactorHint: t('secondFactorHint'),
            secondFactorForStaff: t('secondFactorForStaff'),
            secondFactorForEveryone: t('secondFactorForEveryone'),
            save: t('save'),
          }}
        />
      </div>
    </div>
  );
}
