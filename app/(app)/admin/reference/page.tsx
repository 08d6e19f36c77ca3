import type { Metadata } from 'next';
import { PageHeader } from '@/components/page-header';
import { getAreasReviewedAt, listCooperationAreas, listFocusCountryCodes } from '@/db/reference';
import { getMissionSettings } from '@/db/settings';
import { countriesByName } from '@/lib/countries';
import { formatTimestamp } from '@/lib/dates';
import { requirePermission } from '@/server/current-user';
import { AddAreaForm, AreaRow, AreasReviewedForm, FocusCountryForm } from './_components/reference-forms';

export const metadata: Metadata = { title: 'Reference data' };

export default async function ReferencePage() {
  await requirePermission('reference:edit');
  const focusCodes = listFocusCountryCodes();
  const areas = listCooperationAreas({ includeRetired: true });
  const reviewedAt = getAreasReviewedAt();
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader title="Reference data" />
      <section aria-labelledby="countries-heading" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="countries-heading" className="mb-1 font-semibold">
          Accredited and focus countries
        </h2>
        <p className="mb-4 text-sm text-slate-600">Offered first in forms and shown first on the dashboard. Every other country stays available.</p>
        <FocusCountryForm
          countries={countriesByName.filter((c) => !focusCodes.includes(c.code))}
          focus={countriesByName.filter((c) => focusCodes.includes(c.code))}
        />
      </section>
      <section aria-labelledby="areas-heading" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="areas-heading" className="mb-1 font-semibold">
          Cooperation areas
        </h2>
        <p className="mb-2 text-sm text-slate-600">A retired area disappears from forms; meetings that used it keep it.</p>
        <AreasReviewedForm reviewedOn={reviewedAt && formatTimestamp(reviewedAt, getMissionSettings().timeZone)} />
        <ul className="divide-y divide-slate-100">
          {areas.map((area) => (
            <AreaRow key={area.id} area={area} />
          ))}
        </ul>
        <div className="mt-4 border-t border-slate-200 pt-4">
          <AddAreaForm />
        </div>
      </section>
    </div>
  );
}
