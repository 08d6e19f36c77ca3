'use client';

import { Link } from '@/components/ui/link';
import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, SelectField } from '@/components/ui/field';
import { FormMessage, SuccessMessage } from '@/components/ui/form-message';
import { fill } from '@/lib/fill';
import { createAccountAction } from '../actions';
import { GeneratedPassword, PasswordChoice, type PasswordLabels } from './password-choice';

/**
 * The form's words, in the reader's language (the page translates them: no catalogue is shipped).
 * `created`: a template with {name} and {email}, filled with the new account's.
 */
export type CreateAccountFormLabels = PasswordLabels & {
  created: string;
  openAccount: string;
  name: string;
  email: string;
  role: string;
  initialPassword: string;
  creating: string;
  create: string;
};

export function CreateAccountForm({ roleOptions, labels }: { roleOptions: { value: string; label: string }[]; labels: CreateAccountFormLabels }) {
  const [result, formAction] = useActionState(createAccountAction, null);
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  const values = result?.ok === false ? result.values : undefined;
  return (
    <div className="space-y-6">
      {result?.ok && (
        <div className="space-y-3">
          <SuccessMessage>
            {fill(labels.created, { name: result.data.name, email: result.data.email })}{' '}
            <Link className="font-medium underline" href={`/admin/accounts/${result.data.id}`}>
              {labels.openAccount}
            </Link>
          </SuccessMessage>
          {result.data.generatedPassword && <GeneratedPassword password={result.data.generatedPassword} who={result.data.name} labels={labels.password} />}
        </div>
      )}
      {/* A new key after each success empties the form for the next account. */}
      <form key={result?.ok ? result.data.id : 'form'} action={formAction} className="space-y-4" noValidate>
        <FormMessage result={result} />
        <Field name="name" label={labels.name} autoComplete="off" required defaultValue={values?.name} errors={errors?.name} />
        <Field name="email" label={labels.email} type="email" autoComplete="off" required defaultValue={values?.email} errors={errors?.email} />
        <SelectField name="role" label={labels.role} options={roleOptions} defaultValue={values?.role ?? 'officer'} errors={errors?.role} />
        <PasswordChoice legend={labels.initialPassword} errors={errors} labels={labels.password} />
        <SubmitButton pendingLabel={labels.creating}>{labels.create}</SubmitButton>
      </form>
    </div>
  );
}
