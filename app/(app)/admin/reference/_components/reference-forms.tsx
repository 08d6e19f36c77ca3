'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, SelectField } from '@/components/ui/field';
import { FormMessage, SuccessMessage } from '@/components/ui/form-message';
import { fill } from '@/lib/fill';
import { createAreaAction, markAreasReviewedAction, renameAreaAction, setAreaActiveAction, setFocusCountryAction } from '../actions';

// The forms' words come translated from the page (no catalogue is shipped); a row's are written for its area.

/** `added`: a template with {name}, the new area's. */
export function AddAreaForm({ labels }: { labels: { added: string; label: string; nameFr: string; nameFrHint: string; submit: string } }) {
  const [result, formAction] = useActionState(createAreaAction, null);
  return (
    <form action={formAction} className="space-y-3" key={result?.ok ? result.data.name : 'form'} noValidate>
      <FormMessage result={result} />
      {result?.ok && <SuccessMessage>{fill(labels.added, { name: result.data.name })}</SuccessMessage>}
      <Field
        name="name"
        label={labels.label}
        defaultValue={result?.ok === false ? result.values.name : ''}
        errors={result?.ok === false ? result.fieldErrors?.name : undefined}
      />
      <Field
        name="nameFr"
        label={labels.nameFr}
        hint={labels.nameFrHint}
        defaultValue={result?.ok === false ? result.values.nameFr : ''}
        errors={result?.ok === false ? result.fieldErrors?.nameFr : undefined}
      />
      <SubmitButton variant="secondary">{labels.submit}</SubmitButton>
    </form>
  );
}

/** The first-run checklist's step: an admin confirms the seeded list fits the mission as it is. `state`: when it was last reviewed, if ever. */
export function AreasReviewedForm({ labels }: { labels: { done: string; submit: string; state: string } }) {
  const [result, formAction] = useActionState(markAreasReviewedAction, null);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <FormMessage result={result} />
      {result?.ok && <SuccessMessage>{labels.done}</SuccessMessage>}
      <SubmitButton variant="secondary">{labels.submit}</SubmitButton>
      <p className="text-sm text-slate-600">{labels.state}</p>
    </form>
  );
}

export function AreaRow({
  area,
  labels,
}: {
  area: { id: number; name: string; nameFr: string | null; active: boolean };
  labels: { name: string; nameFr: string; rename: string; renameFull: string; toggle: string; toggleFull: string };
}) {
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
            label={labels.name}
            defaultValue={area.name}
            errors={
              renameResult?.ok === false
                ? (renameResult.fieldErrors?.name ?? (renameResult.fieldErrors?.nameFr ? undefined : [renameResult.formError ?? '']))
                : undefined
            }
          />
        </div>
        <div className="min-w-48 flex-1">
          <Field
            name="nameFr"
            id={`area-name-fr-${area.id}`}
            label={labels.nameFr}
            defaultValue={area.nameFr ?? ''}
            errors={renameResult?.ok === false ? renameResult.fieldErrors?.nameFr : undefined}
          />
        </div>
        <SubmitButton variant="secondary" aria-label={labels.renameFull}>
          {labels.rename}
        </SubmitButton>
      </form>
      <form action={toggle}>
        <FormMessage result={activeResult} />
        <input type="hidden" name="areaId" value={area.id} />
        <input type="hidden" name="active" value={area.active ? 'false' : 'true'} />
        <SubmitButton variant="secondary" aria-label={labels.toggleFull}>
          {labels.toggle}
        </SubmitButton>
      </form>
    </li>
  );
}

/** `focus[].remove`: the accessible name of the button that takes the country off the list. */
export function FocusCountryForm({
  countries,
  focus,
  labels,
}: {
  countries: { code: string; name: string }[];
  focus: { code: string; name: string; remove: string }[];
  labels: { list: string; none: string; add: string; choose: string; submit: string };
}) {
  const [addResult, add] = useActionState(setFocusCountryAction, null);
  const [removeResult, remove] = useActionState(setFocusCountryAction, null);
  return (
    <div className="space-y-4">
      <FormMessage result={removeResult} />
      <ul className="flex flex-wrap gap-2" aria-label={labels.list}>
        {focus.map((country) => (
          <li key={country.code}>
            <form action={remove} className="flex items-center gap-1 rounded-full bg-brand-50 py-1 pl-3 pr-1 text-sm">
              {country.name}
              <input type="hidden" name="countryCode" value={country.code} />
              <input type="hidden" name="focus" value="false" />
              <button type="submit" className="flex size-8 items-center justify-center rounded-full hover:bg-brand-100" aria-label={country.remove}>
                ✕
              </button>
            </form>
          </li>
        ))}
        {focus.length === 0 && <li className="text-sm text-slate-600">{labels.none}</li>}
      </ul>
      <form action={add} className="flex flex-wrap items-end gap-2">
        <FormMessage result={addResult} />
        <input type="hidden" name="focus" value="true" />
        <div className="min-w-56">
          <SelectField
            name="countryCode"
            label={labels.add}
            options={[{ value: '', label: labels.choose }, ...countries.map((c) => ({ value: c.code, label: c.name }))]}
            errors={addResult?.ok === false ? addResult.fieldErrors?.countryCode : undefined}
          />
        </div>
        <SubmitButton variant="secondary">{labels.submit}</SubmitButton>
      </form>
    </div>
  );
}
