'use client';

import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { fill } from '@/lib/fill';

/**
 * The words of the password choice and of a generated password, in the reader's language (the page
 * translates them). `generatedFor`: a template with {who}, the account's name.
 */
export type PasswordLabels = { password: { generate: string; type: string; newPassword: string; hint: string; generatedFor: string } };

/** Generate a password (shown once after saving) or type one. */
export function PasswordChoice({
  errors,
  legend,
  labels,
}: {
  errors?: Record<string, string[] | undefined>;
  legend: string;
  labels: PasswordLabels['password'];
}) {
  const [mode, setMode] = useState<'generate' | 'set'>('generate');
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="radio" name="passwordMode" value="generate" checked={mode === 'generate'} onChange={() => setMode('generate')} />
          {labels.generate}
        </label>
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="radio" name="passwordMode" value="set" checked={mode === 'set'} onChange={() => setMode('set')} />
          {labels.type}
        </label>
      </div>
      {mode === 'set' && (
        <Field name="password" label={labels.newPassword} type="password" autoComplete="new-password" hint={labels.hint} errors={errors?.password} />
      )}
      {errors?.passwordMode && <p className="text-sm font-medium text-red-700">{errors.passwordMode.join(' ')}</p>}
    </fieldset>
  );
}

export function GeneratedPassword({ password, who, labels }: { password: string; who: string; labels: PasswordLabels['password'] }) {
  return (
    <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <p>{fill(labels.generatedFor, { who })}</p>
      <p className="mt-2 select-all break-all font-mono text-lg tracking-wide" data-testid="generated-password">
        {password}
      </p>
    </div>
  );
}
