'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, SelectField } from '@/components/ui/field';
import { FormMessage, SuccessMessage } from '@/components/ui/form-message';
import { createAreaAction, markAreasReviewedAction, renameAreaAction, setAreaActiveAction, setFocusCountryAction } from '../actions';

export function AddAreaForm() {
  const [result, formAction] = useActionState(createAreaAction, null);
  return (
    <form action={formAction} className="space-y-3" key={result?.ok ? result.data.name : 'form'} noValidate>
      <FormMessage result={result} />
      {result?.ok && <SuccessMessage>Added “{result.data.name}”.</SuccessMessage>}
      <Field
        name="name"
        label="New cooperation area"
        defaultValue={result?.ok === false ? result.values.name : ''}
        errors={result?.ok === false ? result.fieldErrors?.name : undefined}
      />
      <SubmitButton variant="secondary">Add area</SubmitButton>
    </form>
  );
}

/** The first-run checklist's step: an admin confirms the seeded list fits the mission as it is. */
export function AreasReviewedForm({ reviewedOn }: { reviewedOn: string | null }) {
  const [result, formAction] = useActionState(markAreasReviewedAction, null);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <FormMessage result={result} />
      {result?.ok && <SuccessMessage>Marked as reviewed.</SuccessMessage>}
      <SubmitButton variant="secondary">The list is right</SubmitButton>
      <p className="text-sm text-slate-600">
        {reviewedOn ? `Last reviewed on ${reviewedOn}.` : 'Not reviewed yet: adjust the list below, or confirm it as it is.'}
      </p>
    </form>
  );
}

export function AreaRow({ area }: { area: { id: number; name: string; active: boolean } }) {
  const [renameResult, rename] = useActionState(renameAreaAction, null);
  const [activeResult, toggle] = useActionState(setAreaActiveAction, null);
  return (
    <li className="flex flex-wrap items-end gap-2 py-3">
      <form action={rename} className="flex flex-1 flex-wrap items-end gap-2" noValidate>
        <input type="hidden" name="areaId" value={area.id} />
        <div className="min-w-48 flex-1">
          <Field
            name="name"
            id={`area-name-${area.id}`}
            label={area.active ? 'Area name' : 'Area name (retired)'}
            defaultValue={area.name}
            errors={renameResult?.ok === false ? (renameResult.fieldErrors?.name ?? [renameResult.formError ?? '']) : undefined}
          />
        </div>
        <SubmitButton variant="secondary" aria-label={`Rename ${area.name}`}>
          Rename
        </SubmitButton>
      </form>
      <form action={toggle}>
        <FormMessage result={activeResult} />
        <input type="hidden" name="areaId" value={area.id} />
        <input type="hidden" name="active" value={area.active ? 'false' : 'true'} />
        <SubmitButton variant="secondary" aria-label={`${area.active ? 'Retire' : 'Restore'} ${area.name}`}>
          {area.active ? 'Retire' : 'Restore'}
        </SubmitButton>
      </form>
    </li>
  );
}

export function FocusCountryForm({ countries, focus }: { countries: { code: string; name: string }[]; focus: { code: string; name: string }[] }) {
  const [addResult, add] = useActionState(setFocusCountryAction, null);
  const [removeResult, remove] = useActionState(setFocusCountryAction, null);
  return (
    <div className="space-y-4">
      <FormMessage result={removeResult} />
      <ul className="flex flex-wrap gap-2" aria-label="Accredited and focus countries">
        {focus.map((country) => (
          <li key={country.code}>
            <form action={remove} className="flex items-center gap-1 rounded-full bg-brand-50 py-1 pl-3 pr-1 text-sm">
              {country.name}
              <input type="hidden" name="countryCode" value={country.code} />
              <input type="hidden" name="focus" value="false" />
              <button type="submit" className="flex size-8 items-center justify-center rounded-full hover:bg-brand-100" aria-label={`Remove ${country.name}`}>
                ✕
              </button>
            </form>
          </li>
        ))}
        {focus.length === 0 && <li className="text-sm text-slate-600">None yet.</li>}
      </ul>
      <form action={add} className="flex flex-wrap items-end gap-2">
        <FormMessage result={addResult} />
        <input type="hidden" name="focus" value="true" />
        <div className="min-w-56">
          <SelectField
            name="countryCode"
            label="Add a country"
            options={[{ value: '', label: 'Choose…' }, ...countries.map((c) => ({ value: c.code, label: c.name }))]}
            errors={addResult?.ok === false ? addResult.fieldErrors?.countryCode : undefined}
          />
        </div>
        <SubmitButton variant="secondary">Add country</SubmitButton>
      </form>
    </div>
  );
}
