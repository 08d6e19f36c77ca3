'use client';

import { useActionState, useState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { createOrganisationAction, updateOrganisationAction } from '../actions';

type Values = { organisationId?: number; version?: number; name: string; kind: string; countryCode: string };

/** The form's words, in the reader's language (the page translates them: no catalogue is shipped). */
export type OrganisationFormLabels = { name: string; kind: string; country: string; save: string; add: string };

export function OrganisationForm({
  initial,
  countries,
  kinds,
  labels,
}: {
  initial: Values;
  countries: { code: string; name: string }[];
  kinds: { value: string; label: string }[];
  labels: OrganisationFormLabels;
}) {
  const editing = initial.organisationId !== undefined;
  const [result, formAction] = useActionState(editing ? updateOrganisationAction : createOrganisationAction, null);
  const [values, setValues] = useState(initial);
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  const set = (key: keyof Values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [key]: event.target.value }));
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage result={result} />
      {editing && <input type="hidden" name="organisationId" value={initial.organisationId} />}
      {editing && <input type="hidden" name="version" value={initial.version} />}
      <Field name="name" label={labels.name} required value={values.name} onChange={set('name')} errors={errors?.name} />
      <SelectField name="kind" label={labels.kind} value={values.kind} onChange={set('kind')} errors={errors?.kind} options={kinds} />
      <SelectField
        name="countryCode"
        label={labels.country}
        value={values.countryCode}
        onChange={set('countryCode')}
        errors={errors?.countryCode}
        options={[{ value: '', label: '—' }, ...countries.map((c) => ({ value: c.code, label: c.name }))]}
      />
      <SubmitButton>{editing ? labels.save : labels.add}</SubmitButton>
    </form>
  );
}
