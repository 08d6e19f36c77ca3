'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { choosePasswordAction, giveSecondFactorAction } from '../actions';

export function SecondFactorForm({ next }: { next: string }) {
  const [result, formAction] = useActionState(giveSecondFactorAction, null);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage result={result} />
      <input type="hidden" name="next" value={next} />
      <Field
        name="code"
        label="Code"
        autoComplete="one-time-code"
        autoFocus
        required
        hint="6 digits from the app, or a recovery code like abcde-fghjk."
        errors={result?.ok === false ? result.fieldErrors?.code : undefined}
      />
      <SubmitButton pendingLabel="Checking…">Verify</SubmitButton>
      <p className="text-sm text-slate-600">Lost your phone and your recovery codes? An administrator can reset your two-step verification.</p>
    </form>
  );
}

export function NewPasswordForm({ next }: { next: string }) {
  const [result, formAction] = useActionState(choosePasswordAction, null);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage result={result} />
      <input type="hidden" name="next" value={next} />
      <Field
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        errors={result?.ok === false ? result.fieldErrors?.password : undefined}
      />
      <SubmitButton pendingLabel="Saving…">Save and continue</SubmitButton>
    </form>
  );
}
