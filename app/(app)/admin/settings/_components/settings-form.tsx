'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormMessage, SuccessMessage } from '@/components/ui/form-message';
import type { MissionSettings } from '@/db/settings';
import { updateMissionSettingsAction } from '../actions';

export function SettingsForm({ settings }: { settings: MissionSettings }) {
  const [result, formAction] = useActionState(updateMissionSettingsAction, null);
  const current = result?.ok ? result.data : settings;
  const values = result?.ok === false ? result.values : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage result={result} />
      {result?.ok && <SuccessMessage>Settings saved.</SuccessMessage>}
      {/* The version read with the page: a save over someone else's newer change is refused. */}
      <input type="hidden" name="version" value={values?.version ?? current.version} />
      <Field
        name="missionName"
        label="Mission name"
        required
        defaultValue={values?.missionName ?? current.missionName}
        hint="Shown in the header of every page, e.g. “Embassy in Brussels”."
        errors={result?.ok === false ? result.fieldErrors?.missionName : undefined}
      />
      <SubmitButton>Save settings</SubmitButton>
    </form>
  );
}
