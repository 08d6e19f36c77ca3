'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { signInWithPassword } from '../actions';

/** `next`: where to go once signed in, already checked by the page (and again by the action). */
export function SignInForm({ next, labels }: { next: string; labels: { email: string; password: string; submit: string; pending: string } }) {
  const [result, formAction] = useActionState(signInWithPassword, null);
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage result={result} />
      <input type="hidden" name="next" value={next} />
      <Field name="email" label={labels.email} type="email" autoComplete="username" required defaultValue={result?.values?.email} errors={errors?.email} />
      <Field name="password" label={labels.password} type="password" autoComplete="current-password" required errors={errors?.password} />
      <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
    </form>
  );
}
