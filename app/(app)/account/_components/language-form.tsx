'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { FormMessage, SuccessMessage } from '@/components/ui/form-message';
import { setLanguageAction } from '../actions';

/** One's interface language; its words come translated from the page, in the language now shown. */
export function LanguageForm({
  current,
  options,
  labels,
}: {
  current: string;
  options: { value: string; label: string }[];
  labels: { label: string; hint: string; save: string; saved: string };
}) {
  const [result, formAction] = useActionState(setLanguageAction, null);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage result={result} />
      {result?.ok && <SuccessMessage>{labels.saved}</SuccessMessage>}
      <SelectField
        name="locale"
        label={labels.label}
        hint={labels.hint}
        defaultValue={current}
        options={options}
        errors={result?.ok === false ? result.fieldErrors?.locale : undefined}
      />
      <SubmitButton variant="secondary">{labels.save}</SubmitButton>
    </form>
  );
}
