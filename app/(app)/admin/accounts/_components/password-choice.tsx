'use client';

import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { PASSWORD_MIN_LENGTH } from '@/lib/schemas/common';

/** Generate a password (shown once after saving) or type one. */
export function PasswordChoice({ errors, legend }: { errors?: Record<string, string[] | undefined>; legend: string }) {
  const [mode, setMode] = useState<'generate' | 'set'>('generate');
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="radio" name="passwordMode" value="generate" checked={mode === 'generate'} onChange={() => setMode('generate')} />
          Generate one and show it to me once
        </label>
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="radio" name="passwordMode" value="set" checked={mode === 'set'} onChange={() => setMode('set')} />
          Let me type it
        </label>
      </div>
      {mode === 'set' && (
        <Field
          name="password"
          label="New password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
          errors={errors?.password}
        />
      )}
      {errors?.passwordMode && <p className="text-sm font-medium text-red-700">{errors.passwordMode.join(' ')}</p>}
    </fieldset>
  );
}

export function GeneratedPassword({ password, who }: { password: string; who: string }) {
  return (
    <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <p>Password for {who}, shown this once. Hand it over in person or by a secure channel:</p>
      <p className="mt-2 select-all break-all font-mono text-lg tracking-wide" data-testid="generated-password">
        {password}
      </p>
    </div>
  );
}
