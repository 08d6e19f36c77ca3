'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, SelectField } from '@/components/ui/field';
import { FormMessage, SuccessMessage } from '@/components/ui/form-message';
import type { MissionSettings } from '@/db/settings';
import { sessionLimitBounds } from '@/lib/sessions';
import { updateMissionSettingsAction } from '../actions';

type Props = {
  settings: MissionSettings;
  /** Passed in by the page: the server's lists, which are the ones the save is checked against. */
  countries: { code: string; name: string }[];
  timeZones: readonly string[];
};

export function SettingsForm({ settings, countries, timeZones }: Props) {
  const [result, formAction] = useActionState(updateMissionSettingsAction, null);
  const current = result?.ok ? result.data : settings;
  const values = result?.ok === false ? result.values : undefined;
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  const ourCountryCode = values?.ourCountryCode ?? current.ourCountryCode ?? '';
  const hostCountryCode = values?.hostCountryCode ?? current.hostCountryCode ?? '';
  // A select finds a country by typing its first letters; "not chosen yet" stays a choice.
  const countryOptions = [{ value: '', label: 'Not chosen yet' }, ...countries.map((c) => ({ value: c.code, label: c.name }))];
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
        hint="Shown in the header of every page, e.g. “Embassy of Kazakhstan in Brussels”."
        errors={errors?.missionName}
      />
      {/* Keyed by the value: React sets a select's default only when it mounts, and resets the form after each save. */}
      <SelectField
        key={`our-${ourCountryCode}`}
        name="ourCountryCode"
        label="Country the mission represents"
        defaultValue={ourCountryCode}
        hint="What “our side” means in meetings and follow-ups."
        errors={errors?.ourCountryCode}
        options={countryOptions}
      />
      <SelectField
        key={`host-${hostCountryCode}`}
        name="hostCountryCode"
        label="Host country"
        defaultValue={hostCountryCode}
        hint="Where the mission sits. It is added to the accredited countries (Reference data), where the others are added."
        errors={errors?.hostCountryCode}
        options={countryOptions}
      />
      <Field
        name="timeZone"
        label="Time zone"
        required
        list="time-zones"
        autoComplete="off"
        defaultValue={values?.timeZone ?? current.timeZone}
        hint="Times in logs and the audit log are shown in it. Type to search, e.g. Europe/Brussels."
        errors={errors?.timeZone}
      />
      <datalist id="time-zones">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <fieldset className="space-y-4 border-t border-slate-200 pt-4">
        <legend className="pt-4 font-semibold">Sign-in security</legend>
        <Field
          name="sessionHours"
          label="Session length (hours)"
          type="number"
          inputMode="numeric"
          min={sessionLimitBounds.sessionHours.min}
          max={sessionLimitBounds.sessionHours.max}
          required
          defaultValue={values?.sessionHours ?? current.sessionHours}
          hint={`Everyone signs in again this long after signing in, active or not (${sessionLimitBounds.sessionHours.min}–${sessionLimitBounds.sessionHours.max}; recommended ${sessionLimitBounds.sessionHours.default}).`}
          errors={errors?.sessionHours}
        />
        <Field
          name="idleMinutes"
          label="Idle time-out (minutes)"
          type="number"
          inputMode="numeric"
          min={sessionLimitBounds.idleMinutes.min}
          max={sessionLimitBounds.idleMinutes.max}
          required
          defaultValue={values?.idleMinutes ?? current.idleMinutes}
          hint={`A session with no request for this long ends; text being typed is kept (${sessionLimitBounds.idleMinutes.min}–${sessionLimitBounds.idleMinutes.max}; recommended ${sessionLimitBounds.idleMinutes.default}).`}
          errors={errors?.idleMinutes}
        />
        <SelectField
          key={`second-factor-${String(current.secondFactorForEveryone)}`}
          name="secondFactorForEveryone"
          label="Two-step verification"
          defaultValue={values?.secondFactorForEveryone ?? (current.secondFactorForEveryone ? 'on' : 'off')}
          hint="Managers and administrators see every restricted meeting, so they always need it. Whoever does not have it yet sets it up before their next page; text being typed is kept."
          errors={errors?.secondFactorForEveryone}
          options={[
            { value: 'off', label: 'Required for managers and administrators' },
            { value: 'on', label: 'Required for everyone' },
          ]}
        />
      </fieldset>
      <SubmitButton>Save settings</SubmitButton>
    </form>
  );
}
