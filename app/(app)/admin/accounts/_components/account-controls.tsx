'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { FormMessage, SuccessMessage } from '@/components/ui/form-message';
import { fill, plural } from '@/lib/fill';
import type { Role } from '@/lib/roles';
import { changeRoleAction, clearSignInLocksAction, endAccountSessionsAction, resetPasswordAction, resetSecondFactorAction, setActiveAction } from '../actions';
import { GeneratedPassword, PasswordChoice, type PasswordLabels } from './password-choice';

const card = 'space-y-4 rounded-xl border border-slate-200 bg-white p-5';

/** `changed`: a template with {role}, the new role's name. */
export type ChangeRoleLabels = { heading: string; changed: string; label: string; submit: string };

export function ChangeRoleForm({
  userId,
  role,
  roleOptions,
  labels,
}: {
  userId: number;
  role: Role;
  roleOptions: { value: Role; label: string }[];
  labels: ChangeRoleLabels;
}) {
  const [result, formAction] = useActionState(changeRoleAction, null);
  return (
    <form action={formAction} className={card} aria-labelledby="role-heading">
      <h2 id="role-heading" className="font-semibold">
        {labels.heading}
      </h2>
      <FormMessage result={result} />
      {result?.ok && (
        <SuccessMessage>
          {fill(labels.changed, { role: roleOptions.find((option) => option.value === result.data.role)?.label ?? result.data.role })}
        </SuccessMessage>
      )}
      <input type="hidden" name="userId" value={userId} />
      <SelectField
        name="role"
        label={labels.label}
        options={roleOptions}
        defaultValue={role}
        errors={result?.ok === false ? result.fieldErrors?.role : undefined}
      />
      <SubmitButton variant="secondary">{labels.submit}</SubmitButton>
    </form>
  );
}

export type ActiveLabels = {
  heading: string;
  reactivated: string;
  deactivated: string;
  activeExplained: string;
  deactivatedExplained: string;
  deactivate: string;
  reactivate: string;
};

export function ActiveForm({ userId, active, labels }: { userId: number; active: boolean; labels: ActiveLabels }) {
  const [result, formAction] = useActionState(setActiveAction, null);
  return (
    <form action={formAction} className={card} aria-labelledby="status-heading">
      <h2 id="status-heading" className="font-semibold">
        {labels.heading}
      </h2>
      <FormMessage result={result} />
      {result?.ok && <SuccessMessage>{result.data.active ? labels.reactivated : labels.deactivated}</SuccessMessage>}
      <p className="text-sm text-slate-700">{active ? labels.activeExplained : labels.deactivatedExplained}</p>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? 'false' : 'true'} />
      <SubmitButton variant={active ? 'danger' : 'secondary'}>{active ? labels.deactivate : labels.reactivate}</SubmitButton>
    </form>
  );
}

export type ResetPasswordLabels = PasswordLabels & { heading: string; changed: string; legend: string; submit: string };

export function ResetPasswordForm({ userId, name, labels }: { userId: number; name: string; labels: ResetPasswordLabels }) {
  const [result, formAction] = useActionState(resetPasswordAction, null);
  return (
    <form key={result?.ok ? 'done' : 'form'} action={formAction} className={card} aria-labelledby="password-heading" noValidate>
      <h2 id="password-heading" className="font-semibold">
        {labels.heading}
      </h2>
      <FormMessage result={result} />
      {result?.ok &&
        (result.data.generatedPassword ? (
          <GeneratedPassword password={result.data.generatedPassword} who={name} labels={labels.password} />
        ) : (
          <SuccessMessage>{labels.changed}</SuccessMessage>
        ))}
      <input type="hidden" name="userId" value={userId} />
      <PasswordChoice legend={labels.legend} errors={result?.ok === false ? result.fieldErrors : undefined} labels={labels.password} />
      <SubmitButton variant="secondary">{labels.submit}</SubmitButton>
    </form>
  );
}

/**
 * The words of the sign-in controls, in the reader's language; what the page knows is written out
 * (`openSessions`, `locks`, `lockLines`, `secondFactor`), the counts an action returns are `{ one, other }` with `#`.
 */
export type SignInControlsLabels = {
  locale: string;
  heading: string;
  sessionsEnded: { one: string; other: string };
  openSessions: string;
  endAll: string;
  locksLifted: { one: string; other: string };
  locks: string;
  lockLines: { key: string; text: string }[];
  liftLocks: string;
  secondFactorReset: string;
  secondFactor: string;
  resetSecondFactor: string;
};

/** Sign-in security of someone else's account: their open sessions and their second factor. */
export function SignInControls({
  userId,
  secondFactor,
  hasLocks,
  labels,
}: {
  userId: number;
  secondFactor: boolean;
  hasLocks: boolean;
  labels: SignInControlsLabels;
}) {
  const [ended, endAction] = useActionState(endAccountSessionsAction, null);
  const [reset, resetAction] = useActionState(resetSecondFactorAction, null);
  const [cleared, clearAction] = useActionState(clearSignInLocksAction, null);
  return (
    <section className={card} aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading" className="font-semibold">
        {labels.heading}
      </h2>
      <form action={endAction} className="space-y-3">
        <FormMessage result={ended} />
        {ended?.ok && <SuccessMessage>{plural(labels.locale, ended.data.ended, labels.sessionsEnded)}</SuccessMessage>}
        <p className="text-sm text-slate-700">{labels.openSessions}</p>
        <input type="hidden" name="userId" value={userId} />
        <SubmitButton variant="secondary">{labels.endAll}</SubmitButton>
      </form>
      <form action={clearAction} className="space-y-3 border-t border-slate-200 pt-3">
        <FormMessage result={cleared} />
        {cleared?.ok && <SuccessMessage>{plural(labels.locale, cleared.data.lifted, labels.locksLifted)}</SuccessMessage>}
        <p className="text-sm text-slate-700">{labels.locks}</p>
        {hasLocks && (
          <ul className="list-disc pl-5 text-sm text-slate-700">
            {labels.lockLines.map((line) => (
              <li key={line.key}>{line.text}</li>
            ))}
          </ul>
        )}
        <input type="hidden" name="userId" value={userId} />
        <SubmitButton variant="secondary" disabled={!hasLocks}>
          {labels.liftLocks}
        </SubmitButton>
      </form>
      <form action={resetAction} className="space-y-3 border-t border-slate-200 pt-3">
        <FormMessage result={reset} />
        {reset?.ok && <SuccessMessage>{labels.secondFactorReset}</SuccessMessage>}
        <p className="text-sm text-slate-700">{labels.secondFactor}</p>
        <input type="hidden" name="userId" value={userId} />
        <SubmitButton variant="danger" disabled={!secondFactor}>
          {labels.resetSecondFactor}
        </SubmitButton>
      </form>
    </section>
  );
}
