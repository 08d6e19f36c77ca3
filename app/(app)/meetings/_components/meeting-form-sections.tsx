'use client';

import type { ReactNode } from 'react';
import { Field, SelectField } from '@/components/ui/field';
import { GroupError, TextareaField } from '@/components/ui/textarea-field';
import { fill, plural } from '@/lib/fill';
import type { AreaOutcome, Confidentiality, MeetingKind } from '@/lib/meetings';
import { AreaPicker } from './area-picker';
import { CounterpartsFieldset, type CounterpartsLabels } from './counterparts-fieldset';
import { FormSection } from './form-section';
import type { Choice, MeetingFormValues, MeetingFormOptions } from './meeting-form';
import { NamePicker } from './name-picker';
import { PlacesFieldset, type PlaceRow, type PlacesLabels } from './places-fieldset';

export type WhatAndWhenLabels = {
  heading: string;
  title: string;
  titleHint: string;
  kind: string;
  startDate: string;
  endDate: string;
  places: PlacesLabels;
};

/** `removeAttendee` ({name}) and `colleague` ({id}) are templates for lib/fill.ts. */
export type WhoLabels = {
  heading: string;
  partnerCountries: string;
  addCountry: string;
  attendees: string;
  chosenAttendees: string;
  removeAttendee: string;
  colleague: string;
  audienceLocked: string;
  addColleague: string;
  counterparts: CounterpartsLabels;
};

/** `locale` picks the plural of `sourceReadout`; `areaChoice` are templates with {area}. */
export type DiscussionLabels = {
  locale: string;
  heading: string;
  summary: string;
  outcome: string;
  sourceReadout: { one: string; other: string };
  sourceText: string;
  removeSource: string;
  areas: string;
  areasHint: string;
  areaChoice: Record<AreaOutcome, string>;
  audience: string;
  audiences: Record<Confidentiality, string>;
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
  kinds,
  labels,
}: SectionProps & {
  onPlacesChange: (places: PlaceRow[]) => void;
  countryOptions: { value: string; label: string }[];
  kinds: Choice<MeetingKind>[];
  labels: WhatAndWhenLabels;
}): ReactNode {
  return (
    <FormSection id="what-heading" title={labels.heading}>
      <Field
        name="title"
        label={labels.title}
        required
        maxLength={200}
        value={values.title}
        onChange={(e) => set('title', e.target.value)}
        errors={errors?.title}
        hint={labels.titleHint}
      />
      <SelectField
        name="kind"
        label={labels.kind}
        value={values.kind}
        onChange={(e) => set('kind', e.target.value as MeetingKind)}
        errors={errors?.kind}
        options={kinds}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          name="startDate"
          label={labels.startDate}
          type="date"
          required
          value={values.startDate}
          onChange={(e) => set('startDate', e.target.value)}
          errors={errors?.startDate}
        />
        <Field
          name="endDate"
          label={labels.endDate}
          type="date"
          value={values.endDate}
          min={values.startDate}
          onChange={(e) => set('endDate', e.target.value)}
          errors={errors?.endDate}
        />
      </div>
      <PlacesFieldset
        places={values.places}
        onChange={onPlacesChange}
        countryOptions={countryOptions}
        errors={errors?.places ?? errors?.placeCity}
        labels={labels.places}
      />
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
  labels,
}: SectionProps & {
  options: MeetingFormOptions;
  audienceLocked: boolean;
  onCountryToggle: (code: string, on: boolean) => void;
  labels: WhoLabels;
}): ReactNode {
  const countryName = (code: string) => options.countries.find((country) => country.code === code)?.name ?? code;
  const colleagueName = (id: number) => options.colleagues.find((colleague) => colleague.id === id)?.name ?? fill(labels.colleague, { id });
  return (
    <FormSection id="who-heading" title={labels.heading}>
      <fieldset className="space-y-1" aria-describedby={errors?.countries ? 'countries-error' : undefined}>
        <legend className="text-sm font-medium text-slate-800">{labels.partnerCountries}</legend>
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
          label={labels.addCountry}
          options={options.countries
            .filter((country) => !values.countries.includes(country.code))
            .map((country) => ({ value: country.code, label: country.name }))}
          onPick={(code) => onCountryToggle(code, true)}
        />
        <GroupError id="countries-error" errors={errors?.countries} />
      </fieldset>

      <fieldset className="space-y-1" aria-describedby={errors?.attendees ? 'attendees-error' : audienceLocked ? 'audience-hint' : undefined}>
        <legend className="text-sm font-medium text-slate-800">{labels.attendees}</legend>
        <ul className="flex flex-wrap gap-2" aria-label={labels.chosenAttendees}>
          {values.attendees.map((id) => (
            <li key={id} className={`flex min-h-10 items-center gap-1 rounded-full bg-slate-100 py-1 pl-3 text-sm ${audienceLocked ? 'pr-3' : 'pr-1'}`}>
              <input type="hidden" name="attendees" value={id} />
              {colleagueName(id)}
              {!audienceLocked && (
                <button
                  type="button"
                  className="flex size-8 items-center justify-center rounded-full hover:bg-slate-200"
                  aria-label={fill(labels.removeAttendee, { name: colleagueName(id) })}
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
            {labels.audienceLocked}
          </p>
        ) : (
          <NamePicker
            label={labels.addColleague}
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
        labels={labels.counterparts}
      />
    </FormSection>
  );
}

export function DiscussionAndOutcome({
  values,
  set,
  errors,
  areas,
  outcomes,
  audienceLocked,
  labels,
}: SectionProps & { areas: MeetingFormOptions['areas']; outcomes: Choice<AreaOutcome>[]; audienceLocked: boolean; labels: DiscussionLabels }): ReactNode {
  return (
    <FormSection id="outcome-heading" title={labels.heading}>
      <TextareaField name="summary" label={labels.summary} value={values.summary} onChange={(e) => set('summary', e.target.value)} errors={errors?.summary} />
      <TextareaField
        name="outcome"
        label={labels.outcome}
        rows={2}
        value={values.outcome}
        onChange={(e) => set('outcome', e.target.value)}
        errors={errors?.outcome}
      />
      <SourceReadout text={values.sourceText} onRemove={() => set('sourceText', '')} errors={errors?.sourceText} labels={labels} />
      <fieldset aria-describedby={errors?.areas ? 'areas-error' : 'areas-hint'}>
        <legend className="text-sm font-medium text-slate-800">{labels.areas}</legend>
        <p id="areas-hint" className="text-sm text-slate-600">
          {labels.areasHint}
        </p>
        <AreaPicker areas={areas} outcomes={outcomes} choiceLabels={labels.areaChoice} chosen={values.areas} onChange={(areas) => set('areas', areas)} />
        <GroupError id="areas-error" errors={errors?.areas} />
      </fieldset>
      <fieldset disabled={audienceLocked} aria-describedby={audienceLocked ? 'audience-hint' : undefined}>
        <legend className="text-sm font-medium text-slate-800">{labels.audience}</legend>
        {/* Disabled radios are not sent: the unchanged value still is. */}
        {audienceLocked && <input type="hidden" name="confidentiality" value={values.confidentiality} />}
        {(Object.keys(labels.audiences) as Confidentiality[]).map((level) => (
          <label key={level} className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type="radio"
              name="confidentiality"
              value={level}
              checked={values.confidentiality === level}
              onChange={() => set('confidentiality', level)}
            />
            {labels.audiences[level]}
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
function SourceReadout({ text, onRemove, errors, labels }: { text: string; onRemove: () => void; errors?: string[]; labels: DiscussionLabels }) {
  if (!text) return null;
  return (
    <div className="space-y-1">
      <input type="hidden" name="sourceText" value={text} />
      <details className="rounded-md border border-slate-200" aria-describedby={errors?.length ? 'source-text-error' : undefined}>
        <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-medium text-slate-800">
          {plural(labels.locale, text.length, labels.sourceReadout)}
        </summary>
        <div className="space-y-2 border-t border-slate-200 p-3">
          <div
            role="region"
            aria-label={labels.sourceText}
            tabIndex={0}
            className="max-h-80 overflow-y-auto whitespace-pre-wrap break-words text-sm text-slate-800"
          >
            {text}
          </div>
          <button type="button" className="min-h-11 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium" onClick={onRemove}>
            {labels.removeSource}
          </button>
        </div>
      </details>
      <GroupError id="source-text-error" errors={errors} />
    </div>
  );
}
