'use client';

import { useActionState } from 'react';
import { RecoveryCodes } from '@/components/second-factor/recovery-codes';
import { SubmitButton } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage, SuccessMessage } from '@/components/ui/form-message';
import { changePasswordAction, endSessionAction, newRecoveryCodesAction, turnOffSecondFactorAction } from '../actions';

export function ChangePasswordForm() {
  const [result, formAction] = useActionState(changePasswordAction, null);
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  return (
    <form key={result?.ok ? 'done' : 'form'} action={formAction} className="space-y-4 rounded-xl border border-slate-200 bg-white p-5" noValidate>
      <FormMessage result={result} />
      {result?.ok && (
        <SuccessMessage>Password changed. Your other sessions have ended, and a calendar feed address, if you had one, must be made again.</SuccessMessage>
      )}
      {/* For password managers: whose password this is. */}
      <input type="text" name="username" autoComplete="username" hidden readOnly />
      <Field name="currentPassword" label="Current password" type="password" autoComplete="current-password" required errors={errors?.currentPassword} />
      <Field
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 12 characters. A few unrelated words are strong and easy to remember; your name or the mission’s are refused."
        errors={errors?.password}
      />
      <SubmitButton variant="secondary" pendingLabel="Changing…">
        Change password
      </SubmitButton>
    </form>
  );
}

export function EndSessionButton({ sessionId, current }: { sessionId: number; current: boolean }) {
  const [result, formAction] = useActionState(endSessionAction, null);
  return (
    <form action={formAction} className="flex items-center gap-2">
      {result?.ok === false && <p className="text-sm text-red-700">{result.formError}</p>}
      <input type="hidden" name="sessionId" value={sessionId} />
      <SubmitButton variant="secondary" pendingLabel="Ending…" aria-label={current ? 'Sign out of this browser' : undefined}>
        {current ? 'Sign out' : 'End session'}
      </SubmitButton>
    </form>
  );
}

export function SecondFactorControls({ remainingCodes, required }: { remainingCodes: number; required: boolean }) {
  const [codes, codesAction] = useActionState(newRecoveryCodesAction, null);
  const [off, offAction] = useActionState(turnOffSecondFactorAction, null);
  if (codes?.ok) return <RecoveryCodes codes={codes.data.recoveryCodes} continueTo="/account" />;
  return (
    <div className="space-y-4 text-sm">
      <p className="text-slate-700">
        On. {remainingCodes} of 10 recovery codes unused.{required && ' Your role requires it, so it stays on.'}
      </p>
      <form action={codesAction} className="space-y-3 rounded-xl border border-slate-200 bg-white p-5" noValidate>
        <FormMessage result={codes} />
        <Field
          id="codes-code"
          name="code"
          label="Code from your app"
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          errors={codes?.ok === false ? codes.fieldErrors?.code : undefined}
        />
        <SubmitButton variant="secondary" pendingLabel="Checking…">
          Make new recovery codes
        </SubmitButton>
      </form>
      {!required && (
        <form action={offAction} className="space-y-3 rounded-xl border border-slate-200 bg-white p-5" noValidate>
          <FormMessage result={off} />
          {off?.ok && <SuccessMessage>Two-step verification is off.</SuccessMessage>}
          <Field
            id="off-code"
            name="code"
            label="Code from your app, to turn it off"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            errors={off?.ok === false ? off.fieldErrors?.code : undefined}
          />
          <SubmitButton variant="danger" pendingLabel="Checking…">
            Turn off two-step verification
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
