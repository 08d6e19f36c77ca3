'use client';

import type { ReactNode } from 'react';
import { Field, SelectField } from '@/components/ui/field';
import { GroupError, TextareaField } from '@/components/ui/textarea-field';
import { type Confidentiality, type MeetingKind, meetingKindLabels, meetingKinds } from '@/lib/meetings';
import { formatCount } from '@/lib/text-limits';
import { AreaPicker } from './area-picker';
import { CounterpartsFieldset } from './counterparts-fieldset';
import { FormSection } from './form-section';
import type { MeetingFormValues, MeetingFormOptions } from './meeting-form';
import { NamePicker } from './name-picker';
import { PlacesFieldset, type PlaceRow } from './places-fieldset';

const audienceLabels: Record<Confidentiality, string> = {
  normal: 'Everyone in the mission',
  restricted: 'Restricted: its author, its attendees and managers only',
};

/** What each section of the meeting form is given: the form's values, a setter per field, and the server's messages per field. */
type SectionProps = {
  values: MeetingFormValues;
  set: <K extends keyof MeetingFormValues>(key: K, value: MeetingFormValues[K]) => void;
  errors: Record<string, string[] | undefined> | undefined;
};

export function WhatAndWhen({
  values,
  set,
  errors,
  onPlacesChange,
  countryOptions,
}: SectionProps & { onPlacesChange: (places: PlaceRow[]) => void; countryOptions: { value: string; label: string }[] }): ReactNode {
  return (
    <FormSection id="what-heading" title="What and when">
      <Field
        name="title"
        label="Title"
        required
        maxLength={200}
        value={values.title}
        onChange={(e) => set('title', e.target.value)}
        errors={errors?.title}
        hint="e.g. Courtesy call on the Chief of Protocol"
      />
      <SelectField
        name="kind"
        label="Kind"
        value={values.kind}
        onChange={(e) => set('kind', e.target.value as MeetingKind)}
        errors={errors?.kind}
        options={meetingKinds.map((kind) => ({ value: kind, label: meetingKindLabels[kind] }))}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="startDate"
          label="Date"
          type="date"
          required
          value={values.startDate}
          onChange={(e) => set('startDate', e.target.value)}
          errors={errors?.startDate}
        />
        <Field
          name="endDate"
          label="End date (several days)"
          type="date"
          value={values.endDate}
          min={values.startDate}
          onChange={(e) => set('endDate', e.target.value)}
          errors={errors?.endDate}
        />
      </div>
      <PlacesFieldset places={values.places} onChange={onPlacesChange} countryOptions={countryOptions} errors={errors?.places ?? errors?.placeCity} />
    </FormSection>
  );
}

export function Who({
  values,
  set,
  errors,
  options,
  audienceLocked,
  onCountryToggle,
}: SectionProps & { options: MeetingFormOptions; audienceLocked: boolean; onCountryToggle: (code: string, on: boolean) => void }): ReactNode {
  const countryName = (code: string) => options.countries.find((country) => country.code === code)?.name ?? code;
  const colleagueName = (id: number) => options.colleagues.find((colleague) => colleague.id === id)?.name ?? `Colleague ${id}`;
  return (
    <FormSection id="who-heading" title="Who">
      <fieldset className="space-y-1" aria-describedby={errors?.countries ? 'countries-error' : undefined}>
        <legend className="text-sm font-medium text-slate-800">Partner countries</legend>
        <div className="flex flex-wrap gap-x-4">
          {[...new Set([...options.focusCountries, ...values.countries])].map((code) => (
            <label key={code} className="flex min-h-11 items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="countries"
                value={code}
                checked={values.countries.includes(code)}
                onChange={(e) => onCountryToggle(code, e.target.checked)}
              />
              {countryName(code)}
            </label>
          ))}
        </div>
        <NamePicker
          label="Add another partner country"
          options={options.countries
            .filter((country) => !values.countries.includes(country.code))
            .map((country) => ({ value: country.code, label: country.name }))}
          onPick={(code) => onCountryToggle(code, true)}
        />
        <GroupError id="countries-error" errors={errors?.countries} />
      </fieldset>

      <fieldset className="space-y-1" aria-describedby={errors?.attendees ? 'attendees-error' : audienceLocked ? 'audience-hint' : undefined}>
        <legend className="text-sm font-medium text-slate-800">Our attendees</legend>
        <ul className="flex flex-wrap gap-2" aria-label="Chosen attendees">
          {values.attendees.map((id) => (
            <li key={id} className={`flex min-h-10 items-center gap-1 rounded-full bg-slate-100 py-1 pl-3 text-sm ${audienceLocked ? 'pr-3' : 'pr-1'}`}>
              <input type="hidden" name="attendees" value={id} />
              {colleagueName(id)}
              {!audienceLocked && (
                <button
                  type="button"
                  className="flex size-8 items-center justify-center rounded-full hover:bg-slate-200"
                  aria-label={`Remove ${colleagueName(id)}`}
                  onClick={() =>
                    set(
                      'attendees',
                      values.attendees.filter((attendee) => attendee !== id),
                    )
                  }
                >
                  ✕
                </button>
              )}
            </li>
          ))}
        </ul>
        {audienceLocked ? (
          <p id="audience-hint" className="text-sm text-slate-600">
            This meeting is restricted: only its author and managers can change who attended it or make it visible to everyone.
          </p>
        ) : (
          <NamePicker
            label="Add a colleague"
            options={options.colleagues.filter((c) => !values.attendees.includes(c.id)).map((c) => ({ value: String(c.id), label: c.name }))}
            onPick={(id) => set('attendees', [...values.attendees, Number(id)])}
          />
        )}
        <GroupError id="attendees-error" errors={errors?.attendees} />
      </fieldset>

      <CounterpartsFieldset
        contacts={values.contacts}
        onChange={(contacts) => set('contacts', contacts)}
        proposed={values.proposedContacts}
        onProposedChange={(proposed) => set('proposedContacts', proposed)}
        countries={options.countries}
        errors={errors?.contacts}
      />
    </FormSection>
  );
}

export function DiscussionAndOutcome({
  values,
  set,
  errors,
  areas,
  audienceLocked,
}: SectionProps & { areas: MeetingFormOptions['areas']; audienceLocked: boolean }): ReactNode {
  return (
    <FormSection id="outcome-heading" title="Discussion and outcome">
      <TextareaField name="summary" label="Summary" value={values.summary} onChange={(e) => set('summary', e.target.value)} errors={errors?.summary} />
      <TextareaField name="outcome" label="Outcome" rows={2} value={values.outcome} onChange={(e) => set('outcome', e.target.value)} errors={errors?.outcome} />
      <SourceReadout text={values.sourceText} onRemove={() => set('sourceText', '')} errors={errors?.sourceText} />
      <fieldset aria-describedby={errors?.areas ? 'areas-error' : 'areas-hint'}>
        <legend className="text-sm font-medium text-slate-800">Cooperation areas</legend>
        <p id="areas-hint" className="text-sm text-slate-600">
          Mark what was discussed, and what both sides agreed to pursue. With the keyboard: arrows, or an area’s first letter.
        </p>
        <AreaPicker areas={areas} chosen={values.areas} onChange={(areas) => set('areas', areas)} />
        <GroupError id="areas-error" errors={errors?.areas} />
      </fieldset>
      <fieldset disabled={audienceLocked} aria-describedby={audienceLocked ? 'audience-hint' : undefined}>
        <legend className="text-sm font-medium text-slate-800">Who may see it</legend>
        {/* Disabled radios are not sent: the unchanged value still is. */}
        {audienceLocked && <input type="hidden" name="confidentiality" value={values.confidentiality} />}
        {(Object.keys(audienceLabels) as Confidentiality[]).map((level) => (
          <label key={level} className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type="radio"
              name="confidentiality"
              value={level}
              checked={values.confidentiality === level}
              onChange={() => set('confidentiality', level)}
            />
            {audienceLabels[level]}
          </label>
        ))}
      </fieldset>
    </FormSection>
  );
}

/**
 * The readout the meeting was logged from: sent with the form (hidden), readable in a fold, and
 * removable, e.g. when it was pasted by mistake or says more than the mission wants kept.
 */
function SourceReadout({ text, onRemove, errors }: { text: string; onRemove: () => void; errors?: string[] }) {
  if (!text) return null;
  return (
    <div className="space-y-1">
      <input type="hidden" name="sourceText" value={text} />
      <details className="rounded-md border border-slate-200" aria-describedby={errors?.length ? 'source-text-error' : undefined}>
        <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-medium text-slate-800">
          Source readout ({formatCount(text.length)} characters)
        </summary>
        <div className="space-y-2 border-t border-slate-200 p-3">
          <div
            role="region"
            aria-label="Source readout text"
            tabIndex={0}
            className="max-h-80 overflow-y-auto whitespace-pre-wrap break-words text-sm text-slate-800"
          >
            {text}
          </div>
          <button type="button" className="min-h-11 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium" onClick={onRemove}>
            Remove source
          </button>
        </div>
      </details>
      <GroupError id="source-text-error" errors={errors} />
    </div>
  );
}
