import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { getMissionSettings } from '@/db/settings';
import { requirePermission } from '@/server/current-user';
import { SettingsForm } from './_components/settings-form';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  await requirePermission('settings:edit');
  const settings = getMissionSettings();
  return (
    <div className="max-w-xl">
      <PageHeader title="Mission settings" />
      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <SettingsForm settings={settings} />
      </div>
    </div>
  );
}
