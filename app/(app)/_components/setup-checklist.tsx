import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { getSetupFacts } from '@/db/settings';
import { can } from '@/lib/policy';
import { setupSteps } from '@/lib/setup-checklist';
import { requireViewer } from '@/server/current-user';

/**
 * The first-run checklist, for admins until every step is done (home and settings). Only a
 * guide: nothing in the app waits for it. Reads its facts for admins alone, so other users'
 * pages cost nothing more.
 */
export async function SetupChecklist() {
  const viewer = await requireViewer();
  if (!can(viewer, 'settings:edit')) return null;
  const steps = setupSteps(getSetupFacts());
  const left = steps.filter((step) => !step.done).length;
  if (left === 0) return null;
  const t = await getTranslations('common.setup');
  return (
    <section aria-labelledby="setup-checklist-heading" className="rounded-xl border border-brand-100 bg-brand-50 p-4">
      <h2 id="setup-checklist-heading" className="text-lg font-semibold">
        {t('heading')}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t('left', { left, total: steps.length })}</p>
      <ol className="mt-3 space-y-1">
        {steps.map((step) => (
          <li key={step.key} className="flex min-h-11 flex-wrap items-center gap-x-3">
            <span
              aria-hidden="true"
              className={`flex size-6 shrink-0 items-center justify-center rounded-full text-sm ${step.done ? 'bg-green-700 text-white' : 'border border-slate-400 bg-white'}`}
            >
              {step.done ? '✓' : ''}
            </span>
            <Link href={step.href} className={`font-medium underline ${step.done ? 'text-slate-700' : 'text-brand-700'}`}>
              {t(`steps.${step.key}`)}
            </Link>
            <span className="text-sm text-slate-700">{step.done ? t('done') : t('notDone')}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
