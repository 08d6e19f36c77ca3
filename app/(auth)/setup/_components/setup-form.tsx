'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { PASSWORD_MIN_LENGTH } from '@/lib/schemas/common';
import { completeSetup } from '../actions';

export type SetupFormLabels = { name: string; email: string; password: string; passwordHint: string; submit: string; pending: string };

export function SetupForm({ labels }: { labels: SetupFormLabels }) {
  const [result, formAction] = useActionState(completeSetup, null);
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  const values = result?.ok === false ? result.values : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage result={result} />
      <Field name="name" label={labels.name} autoComplete="name" required defaultValue={values?.name} errors={errors?.name} />
      <Field name="email" label={labels.email} type="email" autoComplete="username" required defaultValue={values?.email} errors={errors?.email} />
      <Field
        name="password"
        label={labels.password}
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={labels.passwordHint}
        errors={errors?.password}
      />
      <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
    </form>
  );
}
