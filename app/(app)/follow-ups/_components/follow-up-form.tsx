'use client';

import { useActionState, useState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { TextareaField } from '@/components/ui/textarea-field';
import { commitmentSideLabels, commitmentSides } from '@/lib/meetings';
import { createFollowUpAction } from '../actions';

type Options = { countries: { code: string; name: string }[]; colleagues: { id: number; name: string }[]; areas: { id: number; name: string }[] };

export function FollowUpForm({ options, meeting, defaults }: { options: Options; meeting?: { id: number; title: string }; defaults: { countryCode: string; ownerId: number } }) {
  const [result, formAction] = useActionState(createFollowUpAction, null);
  const [values, setValues] = useState({ title: '', details: '', countryCode: defaults.countryCode, committedBy: 'ours', ownerId: String(defaults.ownerId), dueDate: '', areaId: '' });
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [key]: event.target.value }));
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage result={result} />
      {meeting && <input type="hidden" name="meetingId" value={meeting.id} />}
      {meeting && <p className="text-sm text-slate-700">From the meeting “{meeting.title}”.</p>}
      <Field name="title" label="What was committed" value={values.title} onChange={set('title')} errors={errors?.title} />
      <TextareaField name="details" label="Details" rows={3} value={values.details} onChange={set('details')} errors={errors?.details} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField name="committedBy" label="Who committed" value={values.committedBy} onChange={set('committedBy')} errors={errors?.committedBy} options={commitmentSides.map((s) => ({ value: s, label: commitmentSideLabels[s] }))} />
        <SelectField
          name="ownerId"
          label="Owner on our side"
          value={values.ownerId}
          onChange={set('ownerId')}
          errors={errors?.ownerId}
          options={[{ value: '', label: 'Nobody yet' }, ...options.colleagues.map((c) => ({ value: String(c.id), label: c.name }))]}
        />
        <SelectField name="countryCode" label="Partner country" value={values.countryCode} onChange={set('countryCode')} errors={errors?.countryCode} options={[{ value: '', label: 'Choose…' }, ...options.countries.map((c) => ({ value: c.code, label: c.name }))]} />
        <Field name="dueDate" label="Due date" type="date" value={values.dueDate} onChange={set('dueDate')} errors={errors?.dueDate} />
      </div>
      <SelectField name="areaId" label="Cooperation area" value={values.areaId} onChange={set('areaId')} errors={errors?.areaId} options={[{ value: '', label: '—' }, ...options.areas.map((a) => ({ value: String(a.id), label: a.name }))]} />
      <SubmitButton>Save follow-up</SubmitButton>
    </form>
  );
}
