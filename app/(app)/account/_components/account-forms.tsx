'use client';

import { useActionState } from 'react';
import { RecoveryCodes } from '@/components/second-factor/recovery-codes';
import { SubmitButton } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage, SuccessMessage } from '@/components/ui/form-message';
import { changePasswordAction, endSessionAction, newRecoveryCodesAction, turnOffSecondFactorAction } from '../actions';

// The forms' words come translated from the page (no catalogue is shipped).

export type ChangePasswordLabels = { changed: string; current: string; new: string; newHint: string; changing: string; submit: string };

export function ChangePasswordForm({ labels }: { labels: ChangePasswordLabels }) {
  const [result, formAction] = useActionState(changePasswordAction, null);
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  return (
    <form key={result?.ok ? 'done' : 'form'} action={formAction} className="space-y-4 rounded-xl border border-slate-200 bg-white p-5" noValidate>
      <FormMessage result={result} />
      {result?.ok && <SuccessMessage>{labels.changed}</SuccessMessage>}
      {/* For password managers: whose password this is. */}
      <input type="text" name="username" autoComplete="username" hidden readOnly />
      <Field name="currentPassword" label={labels.current} type="password" autoComplete="current-password" required errors={errors?.currentPassword} />
      <Field name="password" label={labels.new} type="password" autoComplete="new-password" required hint={labels.newHint} errors={errors?.password} />
      <SubmitButton variant="secondary" pendingLabel={labels.changing}>
        {labels.submit}
      </SubmitButton>
    </form>
  );
}

/** `signOutFull`: the accessible name of the current browser's button. */
export type EndSessionLabels = { ending: string; signOut: string; signOutFull: string; end: string };

export function EndSessionButton({ sessionId, current, labels }: { sessionId: number; current: boolean; labels: EndSessionLabels }) {
  const [result, formAction] = useActionState(endSessionAction, null);
  return (
    <form action={formAction} className="flex items-center gap-2">
      {result?.ok === false && <p className="text-sm text-red-700">{result.formError}</p>}
      <input type="hidden" name="sessionId" value={sessionId} />
      <SubmitButton variant="secondary" pendingLabel={labels.ending} aria-label={current ? labels.signOutFull : undefined}>
        {current ? labels.signOut : labels.end}
      </SubmitButton>
    </form>
  );
}

/** `state`: whether it is on, the recovery codes left, and whether the role requires it, as the page writes it. */
export type SecondFactorLabels = {
  state: string;
  code: string;
  checking: string;
  newCodes: string;
  off: string;
  offCode: string;
  turnOff: string;
};

export function SecondFactorControls({ required, labels }: { required: boolean; labels: SecondFactorLabels }) {
  const [codes, codesAction] = useActionState(newRecoveryCodesAction, null);
  const [off, offAction] = useActionState(turnOffSecondFactorAction, null);
  if (codes?.ok) return <RecoveryCodes codes={codes.data.recoveryCodes} continueTo="/account" />;
  return (
    <div className="space-y-4 text-sm">
      <p className="text-slate-700">{labels.state}</p>
      <form action={codesAction} className="space-y-3 rounded-xl border border-slate-200 bg-white p-5" noValidate>
        <FormMessage result={codes} />
        <Field
          id="codes-code"
          name="code"
          label={labels.code}
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          errors={codes?.ok === false ? codes.fieldErrors?.code : undefined}
        />
        <SubmitButton variant="secondary" pendingLabel={labels.checking}>
          {labels.newCodes}
        </SubmitButton>
      </form>
      {!required && (
        <form action={offAction} className="space-y-3 rounded-xl border border-slate-200 bg-white p-5" noValidate>
          <FormMessage result={off} />
          {off?.ok && <SuccessMessage>{labels.off}</SuccessMessage>}
          <Field
            id="off-code"
            name="code"
            label={labels.offCode}
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            errors={off?.ok === false ? off.fieldErrors?.code : undefined}
          />
          <SubmitButton variant="danger" pendingLabel={labels.checking}>
            {labels.turnOff}
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
