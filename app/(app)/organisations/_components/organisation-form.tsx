'use client';

import { useActionState, useState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { organisationKindLabels, organisationKinds } from '@/lib/organisations';
import { createOrganisationAction, updateOrganisationAction } from '../actions';

type Values = { organisationId?: number; version?: number; name: string; kind: string; countryCode: string };

export function OrganisationForm({ initial, countries }: { initial: Values; countries: { code: string; name: string }[] }) {
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
      <Field name="name" label="Name" required value={values.name} onChange={set('name')} errors={errors?.name} />
      <SelectField
        name="kind"
        label="Kind"
        value={values.kind}
        onChange={set('kind')}
        errors={errors?.kind}
        options={organisationKinds.map((kind) => ({ value: kind, label: organisationKindLabels[kind] }))}
      />
      <SelectField
        name="countryCode"
        label="Country"
        value={values.countryCode}
        onChange={set('countryCode')}
        errors={errors?.countryCode}
        options={[{ value: '', label: '—' }, ...countries.map((c) => ({ value: c.code, label: c.name }))]}
      />
      <SubmitButton>{editing ? 'Save changes' : 'Add organisation'}</SubmitButton>
    </form>
  );
}
