'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, SelectField } from '@/components/ui/field';
import { FormMessage, SuccessMessage } from '@/components/ui/form-message';
import type { MissionSettings } from '@/db/settings';
import { sessionLimitBounds } from '@/lib/sessions';
import { updateMissionSettingsAction } from '../actions';

/** The form's words, in the reader's language (the page translates them: no catalogue is shipped). */
export type SettingsFormLabels = {
  saved: string;
  missionName: string;
  missionNameHint: string;
  notChosen: string;
  ourCountry: string;
  ourCountryHint: string;
  hostCountry: string;
  hostCountryHint: string;
  timeZone: string;
  timeZoneHint: string;
  security: string;
  sessionHours: string;
  sessionHoursHint: string;
  idleMinutes: string;
  idleMinutesHint: string;
  secondFactor: string;
  secondFactorHint: string;
  secondFactorForStaff: string;
  secondFactorForEveryone: string;
  save: string;
};

type Props = {
  settings: MissionSettings;
  /** Passed in by the page: the server's lists, which are the ones the save is checked against. */
  countries: { code: string; name: string }[];
  timeZones: readonly string[];
  labels: SettingsFormLabels;
};

export function SettingsForm({ settings, countries, timeZones, labels }: Props) {
  const [result, formAction] = useActionState(updateMissionSettingsAction, null);
  const current = result?.ok ? result.data : settings;
  const values = result?.ok === false ? result.values : undefined;
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  const ourCountryCode = values?.ourCountryCode ?? current.ourCountryCode ?? '';
  const hostCountryCode = values?.hostCountryCode ?? current.hostCountryCode ?? '';
  // A select finds a country by typing its first letters; "not chosen yet" stays a choice.
  const countryOptions = [{ value: '', label: labels.notChosen }, ...countries.map((c) => ({ value: c.code, label: c.name }))];
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage result={result} />
      {result?.ok && <SuccessMessage>{labels.saved}</SuccessMessage>}
      {/* The version read with the page: a save over someone else's newer change is refused. */}
      <input type="hidden" name="version" value={values?.version ?? current.version} />
      <Field
        name="missionName"
        label={labels.missionName}
        required
        defaultValue={values?.missionName ?? current.missionName}
        hint={labels.missionNameHint}
        errors={errors?.missionName}
      />
      {/* Keyed by the value: React sets a select's default only when it mounts, and resets the form after each save. */}
      <SelectField
        key={`our-${ourCountryCode}`}
        name="ourCountryCode"
        label={labels.ourCountry}
        defaultValue={ourCountryCode}
        hint={labels.ourCountryHint}
        errors={errors?.ourCountryCode}
        options={countryOptions}
      />
      <SelectField
        key={`host-${hostCountryCode}`}
        name="hostCountryCode"
        label={labels.hostCountry}
        defaultValue={hostCountryCode}
        hint={labels.hostCountryHint}
        errors={errors?.hostCountryCode}
        options={countryOptions}
      />
      <Field
        name="timeZone"
        label={labels.timeZone}
        required
        list="time-zones"
        autoComplete="off"
        defaultValue={values?.timeZone ?? current.timeZone}
        hint={labels.timeZoneHint}
        errors={errors?.timeZone}
      />
      <datalist id="time-zones">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <fieldset className="space-y-4 border-t border-slate-200 pt-4">
        <legend className="pt-4 font-semibold">{labels.security}</legend>
        <Field
          name="sessionHours"
          label={labels.sessionHours}
          type="number"
          inputMode="numeric"
          min={sessionLimitBounds.sessionHours.min}
          max={sessionLimitBounds.sessionHours.max}
          required
          defaultValue={values?.sessionHours ?? current.sessionHours}
          hint={labels.sessionHoursHint}
          errors={errors?.sessionHours}
        />
        <Field
          name="idleMinutes"
          label={labels.idleMinutes}
          type="number"
          inputMode="numeric"
          min={sessionLimitBounds.idleMinutes.min}
          max={sessionLimitBounds.idleMinutes.max}
          required
          defaultValue={values?.idleMinutes ?? current.idleMinutes}
          hint={labels.idleMinutesHint}
          errors={errors?.idleMinutes}
        />
        <SelectField
          key={`second-factor-${String(current.secondFactorForEveryone)}`}
          name="secondFactorForEveryone"
          label={labels.secondFactor}
          defaultValue={values?.secondFactorForEveryone ?? (current.secondFactorForEveryone ? 'on' : 'off')}
          hint={labels.secondFactorHint}
          errors={errors?.secondFactorForEveryone}
          options={[
            { value: 'off', label: labels.secondFactorForStaff },
            { value: 'on', label: labels.secondFactorForEveryone },
          ]}
        />
      </fieldset>
      <SubmitButton>{labels.save}</SubmitButton>
    </form>
  );
}
