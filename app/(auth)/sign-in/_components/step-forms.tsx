'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { choosePasswordAction, giveSecondFactorAction } from '../actions';

export type SecondFactorFormLabels = { code: string; codeHint: string; submit: string; pending: string; lost: string };

export function SecondFactorForm({ next, labels }: { next: string; labels: SecondFactorFormLabels }) {
  const [result, formAction] = useActionState(giveSecondFactorAction, null);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage result={result} />
      <input type="hidden" name="next" value={next} />
      <Field
        name="code"
        label={labels.code}
        autoComplete="one-time-code"
        autoFocus
        required
        hint={labels.codeHint}
        errors={result?.ok === false ? result.fieldErrors?.code : undefined}
      />
      <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
      <p className="text-sm text-slate-600">{labels.lost}</p>
    </form>
  );
}

export type NewPasswordFormLabels = { password: string; submit: string; pending: string };

export function NewPasswordForm({ next, labels }: { next: string; labels: NewPasswordFormLabels }) {
  const [result, formAction] = useActionState(choosePasswordAction, null);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage result={result} />
      <input type="hidden" name="next" value={next} />
      <Field
        name="password"
        label={labels.password}
        type="password"
        autoComplete="new-password"
        required
        errors={result?.ok === false ? result.fieldErrors?.password : undefined}
      />
      <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
    </form>
  );
}
