import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/page-header';
import { getAreasReviewedAt, listCooperationAreas, listFocusCountryCodes } from '@/db/reference';
import { getMissionSettings } from '@/db/settings';
import { requirePermission } from '@/server/current-user';
import { getFormat } from '@/server/format';
import { AddAreaForm, AreaRow, AreasReviewedForm, FocusCountryForm } from './_components/reference-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.reference'))('title') };
}

export default async function ReferencePage() {
  await requirePermission('reference:edit');
  const t = await getTranslations('admin.reference');
  const f = await getFormat();
  const focusCodes = listFocusCountryCodes();
  const areas = listCooperationAreas({ includeRetired: true });
  const reviewedAt = getAreasReviewedAt();
  const countries = f.countries();
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title={t('title')} />
      <section aria-labelledby="countries-heading" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="countries-heading" className="mb-1 font-semibold">
          {t('countries.heading')}
        </h2>
        <p className="mb-4 text-sm text-slate-600">{t('countries.hint')}</p>
        <FocusCountryForm
          countries={countries.filter((c) => !focusCodes.includes(c.code))}
          focus={countries.filter((c) => focusCodes.includes(c.code)).map((c) => ({ ...c, remove: t('countries.remove', { name: c.name }) }))}
          labels={{
            list: t('countries.heading'),
            none: t('countries.none'),
            add: t('countries.add'),
            choose: t('countries.choose'),
            submit: t('countries.submit'),
          }}
        />
      </section>
      <section aria-labelledby="areas-heading" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="areas-heading" className="mb-1 font-semibold">
          {t('areas.heading')}
        </h2>
        <p className="mb-2 text-sm text-slate-600">{t('areas.hint')}</p>
        <AreasReviewedForm
          labels={{
            done: t('areas.reviewed'),
            submit: t('areas.confirm'),
            state: reviewedAt ? t('areas.lastReviewed', { date: f.timestamp(reviewedAt, getMissionSettings().timeZone) }) : t('areas.notReviewed'),
          }}
        />
        <ul className="divide-y divide-slate-100">
          {areas.map((area) => (
            <AreaRow
              key={area.id}
              area={area}
              labels={{
                name: t(area.active ? 'areas.name' : 'areas.nameRetired'),
                nameFr: t('areas.nameFr'),
                rename: t('areas.rename'),
                renameFull: t('areas.renameFull', { name: f.area(area.name) }),
                toggle: t(area.active ? 'areas.retire' : 'areas.restore'),
                toggleFull: t(area.active ? 'areas.retireFull' : 'areas.restoreFull', { name: f.area(area.name) }),
              }}
            />
          ))}
        </ul>
        <div className="mt-4 border-t border-slate-200 pt-4">
          <AddAreaForm
            labels={{
              added: t.raw('areas.added') as string,
              label: t('areas.new'),
              nameFr: t('areas.nameFr'),
              nameFrHint: t('areas.nameFrHint'),
              submit: t('areas.add'),
            }}
          />
        </div>
      </section>
    </div>
  );
}
