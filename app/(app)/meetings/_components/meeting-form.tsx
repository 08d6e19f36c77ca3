'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { PickedContact } from '@/components/contact-quick-add';
import { Field, SelectField } from '@/components/ui/field';
import { FormMessage, SuccessMessage } from '@/components/ui/form-message';
import { GroupError, TextareaField } from '@/components/ui/textarea-field';
import { type AreaOutcome, type Confidentiality, type MeetingKind, meetingKindLabels, meetingKinds } from '@/lib/meetings';
import { formatCount } from '@/lib/text-limits';
import type { ActionResult } from '@/lib/action-result';
import { SaveRow, useLosslessForm } from '../../_components/lossless-form';
import { AreaPicker } from './area-picker';
import { CounterpartsFieldset, type ProposedContact } from './counterparts-fieldset';
import { FollowUpRows, type FollowUpRow, withBlankFollowUp } from './follow-up-rows';
import { FormSection } from './form-section';
import { NamePicker } from './name-picker';
import { PlacesFieldset, type PlaceRow } from './places-fieldset';
import { withTrailingBlank } from './rows';

export type MeetingFormValues = {
  meetingId?: number;
  version?: number;
  title: string;
  kind: MeetingKind;
  startDate: string;
  endDate: string;
  places: PlaceRow[];
  countries: string[];
  attendees: number[];
  contacts: PickedContact[];
  areas: Record<number, AreaOutcome>;
  summary: string;
  outcome: string;
  confidentiality: Confidentiality;
  /** Only when logging a new meeting; an existing meeting's follow-ups are managed on its page. */
  followUps?: FollowUpRow[];
  /** The readout the meeting was logged from, kept with it as its source; '' for none. */
  sourceText: string;
  /** People the readout named who are not in the contacts yet: offered in Counterparts, added only when the officer says so. */
  proposedContacts: ProposedContact[];
};

type Options = {
  countries: { code: string; name: string }[];
  focusCountries: string[];
  colleagues: { id: number; name: string }[];
  areas: { id: number; name: string }[];
};

type MeetingAction = (previous: null, payload: FormData) => Promise<ActionResult<{ meetingId: number }>>;

/** The person writing: their own drafts, their default follow-ups, the account to sign in again as. */
type Author = { id: number; email: string };

/** A draft's values over the form's starting values, field by field, so a draft from an older form still opens. */
export function restoreDraft(initial: MeetingFormValues, saved: unknown): MeetingFormValues {
  if (!saved || typeof saved !== 'object') return initial;
  const restored: Record<string, unknown> = { ...initial };
  for (const [key, value] of Object.entries(saved)) {
    const start = (initial as Record<string, unknown>)[key];
    if (start === undefined && key !== 'followUps') continue;
    if (Array.isArray(start) ? Array.isArray(value) : typeof value === typeof start || start === undefined) restored[key] = value;
  }
  return restored as MeetingFormValues;
}

/**
 * Log or edit a meeting. Every field is held in React state and kept as a draft while it is typed
 * (components/capture), so neither a refused save, a lost connection nor an ended session loses
 * what the officer wrote.
 */
export function MeetingForm({
  action,
  initial,
  options,
  submitLabel,
  author,
  draft,
  audienceLocked = false,
}: {
  action: MeetingAction;
  initial: MeetingFormValues;
  options: Options;
  submitLabel: string;
  author: Author;
  /** The draft this form resumes, if any. */
  draft?: { id: number; payload: string };
  /** A restricted meeting edited by an attendee: who may see it (confidentiality, attendees) is for its author and managers (lib/policy.ts). */
  audienceLocked?: boolean;
}) {
  const [values, setValues] = useState(() => {
    const restored = draft ? restoreDraft(initial, JSON.parse(draft.payload)) : initial;
    const start = audienceLocked ? { ...restored, attendees: initial.attendees, confidentiality: initial.confidentiality } : restored;
    const places = withTrailingBlank(
      start.places,
      (row) => !row.city.trim(),
      (last) => ({ city: '', countryCode: last?.countryCode ?? '' }),
    );
    return { ...start, places, followUps: start.followUps && withBlankFollowUp(start.followUps, author.id) };
  });
  const router = useRouter();
  // Saved: open the meeting. The button stays disabled until it opens, so a second press cannot log it twice.
  const { result, pending, onSubmit, capture } = useLosslessForm(action, {
    userId: author.id,
    email: author.email,
    form: 'meeting',
    targetId: initial.meetingId,
    draftId: draft?.id,
    values,
    label: values.title || (initial.meetingId ? 'Changes to a meeting' : 'Untitled meeting'),
    onSaved: ({ meetingId }) => router.push(`/meetings/${meetingId}`),
  });
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  const set = <K extends keyof MeetingFormValues>(key: K, value: MeetingFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const countryName = (code: string) => options.countries.find((country) => country.code === code)?.name ?? code;
  const countryOptions = [{ value: '', label: 'Country…' }, ...options.countries.map((country) => ({ value: country.code, label: country.name }))];
  const colleagueName = (id: number) => options.colleagues.find((colleague) => colleague.id === id)?.name ?? `Colleague ${id}`;
  // Until the officer picks partner countries, a new meeting's follow the countries of its places.
  const [countriesChosen, setCountriesChosen] = useState(initial.meetingId !== undefined || draft !== undefined);
  const toggleCountry = (code: string, on: boolean) => {
    setCountriesChosen(true);
    set('countries', on ? [...new Set([...values.countries, code])] : values.countries.filter((c) => c !== code));
  };
  const changePlaces = (places: PlaceRow[]) =>
    setValues((current) => {
      const placeCountries = [...new Set(places.filter((place) => place.city.trim() && place.countryCode).map((place) => place.countryCode))];
      return { ...current, places, countries: countriesChosen || placeCountries.length === 0 ? current.countries : placeCountries };
    });

  const saved = result?.ok === true;

  return (
    <>
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <FormMessage result={result} />
        {values.meetingId && <input type="hidden" name="meetingId" value={values.meetingId} />}
        {values.version && <input type="hidden" name="version" value={values.version} />}

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
          <PlacesFieldset places={values.places} onChange={changePlaces} countryOptions={countryOptions} errors={errors?.places ?? errors?.placeCity} />
        </FormSection>

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
                    onChange={(e) => toggleCountry(code, e.target.checked)}
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
              onPick={(code) => toggleCountry(code, true)}
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

        <FormSection id="outcome-heading" title="Discussion and outcome">
          <TextareaField name="summary" label="Summary" value={values.summary} onChange={(e) => set('summary', e.target.value)} errors={errors?.summary} />
          <TextareaField
            name="outcome"
            label="Outcome"
            rows={2}
            value={values.outcome}
            onChange={(e) => set('outcome', e.target.value)}
            errors={errors?.outcome}
          />
          <SourceReadout text={values.sourceText} onRemove={() => set('sourceText', '')} errors={errors?.sourceText} />
          <fieldset aria-describedby={errors?.areas ? 'areas-error' : 'areas-hint'}>
            <legend className="text-sm font-medium text-slate-800">Cooperation areas</legend>
            <p id="areas-hint" className="text-sm text-slate-600">
              Mark what was discussed, and what both sides agreed to pursue. With the keyboard: arrows, or an area’s first letter.
            </p>
            <AreaPicker areas={options.areas} chosen={values.areas} onChange={(areas) => set('areas', areas)} />
            <GroupError id="areas-error" errors={errors?.areas} />
          </fieldset>
          <fieldset disabled={audienceLocked} aria-describedby={audienceLocked ? 'audience-hint' : undefined}>
            <legend className="text-sm font-medium text-slate-800">Who may see it</legend>
            {/* Disabled radios are not sent: the unchanged value still is. */}
            {audienceLocked && <input type="hidden" name="confidentiality" value={values.confidentiality} />}
            <label className="flex min-h-11 items-center gap-2 text-sm">
              <input
                type="radio"
                name="confidentiality"
                value="normal"
                checked={values.confidentiality === 'normal'}
                onChange={() => set('confidentiality', 'normal')}
              />
              Everyone in the mission
            </label>
            <label className="flex min-h-11 items-center gap-2 text-sm">
              <input
                type="radio"
                name="confidentiality"
                value="restricted"
                checked={values.confidentiality === 'restricted'}
                onChange={() => set('confidentiality', 'restricted')}
              />
              Restricted: its author, its attendees and managers only
            </label>
          </fieldset>
        </FormSection>

        {values.followUps && (
          <FormSection id="follow-ups-heading" title="Follow-ups">
            <FollowUpRows
              rows={values.followUps}
              onChange={(rows) => set('followUps', rows)}
              me={author.id}
              colleagues={options.colleagues}
              countries={values.countries.map((code) => ({ code, name: countryName(code) }))}
              errors={errors?.followUps}
            />
          </FormSection>
        )}

        {saved && <SuccessMessage>Saved. Opening the meeting…</SuccessMessage>}
        <SaveRow label={submitLabel} pending={pending} done={saved} capture={capture} />
      </form>
      {capture.dialog}
    </>
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
