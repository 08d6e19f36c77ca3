import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { getMissionSettings } from '@/db/settings';
import { countriesByName } from '@/lib/countries';
import { timeZones } from '@/lib/dates';
import { requirePermission } from '@/server/current-user';
import { SetupChecklist } from '../../_components/setup-checklist';
import { SettingsForm } from './_components/settings-form';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  await requirePermission('settings:edit');
  const settings = getMissionSettings();
  return (
    <div className="max-w-xl space-y-6">
      <PageHeader title="Mission settings" />
      <SetupChecklist />
      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <SettingsForm settings={settings} countries={countriesByName} timeZones={timeZones} />
      </div>
    </div>
  );
}
