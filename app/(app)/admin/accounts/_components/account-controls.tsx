'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { FormMessage, SuccessMessage } from '@/components/ui/form-message';
import { type Role, roleLabels, roles } from '@/lib/roles';
import { changeRoleAction, clearSignInLocksAction, endAccountSessionsAction, resetPasswordAction, resetSecondFactorAction, setActiveAction } from '../actions';
import { GeneratedPassword, PasswordChoice } from './password-choice';

const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }));
const card = 'space-y-4 rounded-xl border border-slate-200 bg-white p-5';

export function ChangeRoleForm({ userId, role }: { userId: number; role: Role }) {
  const [result, formAction] = useActionState(changeRoleAction, null);
  return (
    <form action={formAction} className={card} aria-labelledby="role-heading">
      <h2 id="role-heading" className="font-semibold">
        Role
      </h2>
      <FormMessage result={result} />
      {result?.ok && <SuccessMessage>Role changed to {roleLabels[result.data.role]}. The account’s open sessions were ended.</SuccessMessage>}
      <input type="hidden" name="userId" value={userId} />
      <SelectField name="role" label="Role" options={roleOptions} defaultValue={role} errors={result?.ok === false ? result.fieldErrors?.role : undefined} />
      <SubmitButton variant="secondary">Change role</SubmitButton>
    </form>
  );
}

export function ActiveForm({ userId, active }: { userId: number; active: boolean }) {
  const [result, formAction] = useActionState(setActiveAction, null);
  return (
    <form action={formAction} className={card} aria-labelledby="status-heading">
      <h2 id="status-heading" className="font-semibold">
        Status
      </h2>
      <FormMessage result={result} />
      {result?.ok && <SuccessMessage>{result.data.active ? 'Account reactivated.' : 'Account deactivated. Its open sessions have ended.'}</SuccessMessage>}
      <p className="text-sm text-slate-700">
        {active
          ? 'Deactivating ends every open session at once and refuses sign-in. Records the person created stay.'
          : 'This account is deactivated: it cannot sign in.'}
      </p>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? 'false' : 'true'} />
      <SubmitButton variant={active ? 'danger' : 'secondary'}>{active ? 'Deactivate account' : 'Reactivate account'}</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ userId, name }: { userId: number; name: string }) {
  const [result, formAction] = useActionState(resetPasswordAction, null);
  return (
    <form key={result?.ok ? 'done' : 'form'} action={formAction} className={card} aria-labelledby="password-heading" noValidate>
      <h2 id="password-heading" className="font-semibold">
        Reset password
      </h2>
      <FormMessage result={result} />
      {result?.ok &&
        (result.data.generatedPassword ? (
          <GeneratedPassword password={result.data.generatedPassword} who={name} />
        ) : (
          <SuccessMessage>Password changed. The account’s open sessions were ended.</SuccessMessage>
        ))}
      <input type="hidden" name="userId" value={userId} />
      <PasswordChoice legend="New password" errors={result?.ok === false ? result.fieldErrors : undefined} />
      <SubmitButton variant="secondary">Reset password</SubmitButton>
    </form>
  );
}

/** Sign-in security of someone else's account: their open sessions and their second factor. */
export function SignInControls({
  userId,
  openSessions,
  secondFactor,
  locks,
}: {
  userId: number;
  openSessions: number;
  secondFactor: boolean;
  locks: { client: string; kind: 'password' | 'code'; failures: number; until: string }[];
}) {
  const [ended, endAction] = useActionState(endAccountSessionsAction, null);
  const [reset, resetAction] = useActionState(resetSecondFactorAction, null);
  const [cleared, clearAction] = useActionState(clearSignInLocksAction, null);
  return (
    <section className={card} aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading" className="font-semibold">
        Sign-in
      </h2>
      <form action={endAction} className="space-y-3">
        <FormMessage result={ended} />
        {ended?.ok && <SuccessMessage>{ended.data.ended === 1 ? '1 session ended.' : `${ended.data.ended} sessions ended.`}</SuccessMessage>}
        <p className="text-sm text-slate-700">
          {openSessions === 1 ? '1 open session.' : `${openSessions} open sessions.`} Ending them signs the person out on every device.
        </p>
        <input type="hidden" name="userId" value={userId} />
        <SubmitButton variant="secondary">End all sessions</SubmitButton>
      </form>
      <form action={clearAction} className="space-y-3 border-t border-slate-200 pt-3">
        <FormMessage result={cleared} />
        {cleared?.ok && (
          <SuccessMessage>{cleared.data.lifted === 1 ? '1 lock lifted.' : `${cleared.data.lifted} locks lifted.`} Past failures are forgotten.</SuccessMessage>
        )}
        {locks.length === 0 ? (
          <p className="text-sm text-slate-700">No sign-in lock: failed attempts are not making this account wait anywhere.</p>
        ) : (
          <>
            <p className="text-sm text-slate-700">
              Failed attempts make this account wait at {locks.length === 1 ? 'one address' : `${locks.length} addresses`}:
            </p>
            <ul className="list-disc pl-5 text-sm text-slate-700">
              {locks.map((lock) => (
                <li key={`${lock.kind}-${lock.client}`}>
                  {lock.client}: {lock.failures} failed {lock.kind === 'code' ? 'codes' : 'passwords'}, waits until {lock.until}
                </li>
              ))}
            </ul>
          </>
        )}
        <input type="hidden" name="userId" value={userId} />
        <SubmitButton variant="secondary" disabled={locks.length === 0}>
          Lift sign-in locks
        </SubmitButton>
      </form>
      <form action={resetAction} className="space-y-3 border-t border-slate-200 pt-3">
        <FormMessage result={reset} />
        {reset?.ok && (
          <SuccessMessage>Two-step verification reset. The person sets it up again at their next sign-in; their sessions have ended.</SuccessMessage>
        )}
        <p className="text-sm text-slate-700">
          Two-step verification: {secondFactor ? 'on' : 'not set up'}. Reset it when the person has lost their phone and recovery codes.
        </p>
        <input type="hidden" name="userId" value={userId} />
        <SubmitButton variant="danger" disabled={!secondFactor}>
          Reset two-step verification
        </SubmitButton>
      </form>
    </section>
  );
}
