'use client';

import { Link } from '@/components/ui/link';
import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, SelectField } from '@/components/ui/field';
import { FormMessage, SuccessMessage } from '@/components/ui/form-message';
import { roleLabels, roles } from '@/lib/roles';
import { createAccountAction } from '../actions';
import { GeneratedPassword, PasswordChoice } from './password-choice';

const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }));

export function CreateAccountForm() {
  const [result, formAction] = useActionState(createAccountAction, null);
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  const values = result?.ok === false ? result.values : undefined;
  return (
    <div className="space-y-6">
      {result?.ok && (
        <div className="space-y-3">
          <SuccessMessage>
            Account created for {result.data.name} ({result.data.email}).{' '}
            <Link className="font-medium underline" href={`/admin/accounts/${result.data.id}`}>
              Open the account
            </Link>
          </SuccessMessage>
          {result.data.generatedPassword && <GeneratedPassword password={result.data.generatedPassword} who={result.data.name} />}
        </div>
      )}
      {/* A new key after each success empties the form for the next account. */}
      <form key={result?.ok ? result.data.id : 'form'} action={formAction} className="space-y-4" noValidate>
        <FormMessage result={result} />
        <Field name="name" label="Name" autoComplete="off" required defaultValue={values?.name} errors={errors?.name} />
        <Field name="email" label="E-mail" type="email" autoComplete="off" required defaultValue={values?.email} errors={errors?.email} />
        <SelectField name="role" label="Role" options={roleOptions} defaultValue={values?.role ?? 'officer'} errors={errors?.role} />
        <PasswordChoice legend="Initial password" errors={errors} />
        <SubmitButton pendingLabel="Creating…">Create account</SubmitButton>
      </form>
    </div>
  );
}
