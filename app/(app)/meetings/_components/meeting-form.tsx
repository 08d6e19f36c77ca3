'use client';

import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useState } from 'react';
import type { PickedContact } from '@/components/contact-quick-add';
import { SubmitButton } from '@/components/ui/button';
import { Field, SelectField } from '@/components/ui/field';
import { FormMessage, SuccessMessage } from '@/components/ui/form-message';
import { GroupError, TextareaField } from '@/components/ui/textarea-field';
import { type AreaOutcome, commitmentSideLabels, commitmentSides, type Confidentiality, type MeetingKind, meetingKindLabels, meetingKinds } from '@/lib/meetings';
import type { ActionResult } from '@/server/action';
import { createContactAction } from '../../contacts/actions';

export type MeetingFormValues = {
  meetingId?: number;
  version?: number;
  title: string;
  kind: MeetingKind;
  startDate: string;
  endDate: string;
  places: { city: string; countryCode: string }[];
  countries: string[];
  attendees: number[];
  contacts: PickedContact[];
  areas: Record<number, AreaOutcome>;
  summary: string;
  outcome: string;
  confidentiality: Confidentiality;
  /** Only when logging a new meeting; an existing meeting's follow-ups are managed on its page. */
  followUps?: FollowUpDraft[];
};

type FollowUpDraft = { title: string; committedBy: string; ownerId: string; dueDate: string; countryCode: string };

type Options = {
  countries: { code: string; name: string }[];
  focusCountries: string[];
  colleagues: { id: number; name: string }[];
  areas: { id: number; name: string }[];
};

// Loaded when first needed (a name typed, "New counterpart…" pressed): with the look-up code they
// were what put this page over the 150 kB first-load budget (decision 0007).
const searching = () => <p className="text-sm text-slate-600">Searching…</p>;
const ContactMatches = dynamic(() => import('@/components/contact-matches').then((m) => m.ContactMatches), { ssr: false, loading: searching });
const ContactQuickAdd = dynamic(() => import('@/components/contact-quick-add').then((m) => m.ContactQuickAdd), { ssr: false });

type MeetingAction = (previous: unknown, payload: FormData) => Promise<ActionResult<{ meetingId: number }>>;

/**
 * Log or edit a meeting. Every field is held in React state, so a refused save (a field error, a
 * conflict with a colleague's edit) leaves everything the officer typed on screen.
 */
export function MeetingForm({ action, initial, options, submitLabel }: { action: MeetingAction; initial: MeetingFormValues; options: Options; submitLabel: string }) {
  const [result, formAction] = useActionState(action, null);
  const [values, setValues] = useState(initial);
  const router = useRouter();
  const [addingContact, setAddingContact] = useState(false);
  const [contactQuery, setContactQuery] = useState('');
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  const set = <K extends keyof MeetingFormValues>(key: K, value: MeetingFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const countryName = (code: string) => options.countries.find((country) => country.code === code)?.name ?? code;
  const otherCountries = options.countries.filter((country) => !options.focusCountries.includes(country.code));
  const countryOptions = [{ value: '', label: 'Country…' }, ...options.countries.map((country) => ({ value: country.code, label: country.name }))];

  const pickContact = (contact: PickedContact) => {
    if (!values.contacts.some((picked) => picked.id === contact.id)) set('contacts', [...values.contacts, contact]);
    setAddingContact(false);
    setContactQuery('');
  };
  const toggleCountry = (code: string, on: boolean) => set('countries', on ? [...new Set([...values.countries, code])] : values.countries.filter((c) => c !== code));

  // Saved: open the meeting. The button stays disabled until it opens, so a second press cannot log it twice.
  useEffect(() => {
    if (result?.ok) router.push(`/meetings/${result.data.meetingId}`);
  }, [result, router]);
  const saved = result?.ok === true;

  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage result={result} />
      {values.meetingId && <input type="hidden" name="meetingId" value={values.meetingId} />}
      {values.version && <input type="hidden" name="version" value={values.version} />}

      <section aria-labelledby="what-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
        <h2 id="what-heading" className="font-semibold">
          What and when
        </h2>
        <Field name="title" label="Title" required value={values.title} onChange={(e) => set('title', e.target.value)} errors={errors?.title} hint="e.g. Courtesy call on the Chief of Protocol" />
        <SelectField
          name="kind"
          label="Kind"
          value={values.kind}
          onChange={(e) => set('kind', e.target.value as MeetingKind)}
          errors={errors?.kind}
          options={meetingKinds.map((kind) => ({ value: kind, label: meetingKindLabels[kind] }))}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="startDate" label="Date" type="date" required value={values.startDate} onChange={(e) => set('startDate', e.target.value)} errors={errors?.startDate} />
          <Field name="endDate" label="End date (several days)" type="date" value={values.endDate} min={values.startDate} onChange={(e) => set('endDate', e.target.value)} errors={errors?.endDate} />
        </div>
        <fieldset className="space-y-2" aria-describedby={errors?.places ? 'places-error' : undefined}>
          <legend className="text-sm font-medium text-slate-800">Places</legend>
          {values.places.map((place, index) => (
            <div key={index} className="grid grid-cols-[1fr_1fr_auto] items-end gap-2">
              <Field
                name="placeCity"
                id={`place-city-${index}`}
                label={`City ${index + 1}`}
                value={place.city}
                onChange={(e) => set('places', values.places.map((p, i) => (i === index ? { ...p, city: e.target.value } : p)))}
              />
              <SelectField
                name="placeCountry"
                id={`place-country-${index}`}
                label={`Country ${index + 1}`}
                value={place.countryCode}
                onChange={(e) => set('places', values.places.map((p, i) => (i === index ? { ...p, countryCode: e.target.value } : p)))}
                options={countryOptions}
              />
              <button
                type="button"
                className="min-h-11 rounded-md border border-slate-300 bg-white px-3 text-sm disabled:opacity-40"
                disabled={values.places.length === 1}
                onClick={() => set('places', values.places.filter((_, i) => i !== index))}
                aria-label={`Remove place ${index + 1}`}
              >
                ✕
              </button>
            </div>
          ))}
          <button type="button" className="min-h-11 text-sm font-medium text-brand-700 underline" onClick={() => set('places', [...values.places, { city: '', countryCode: '' }])}>
            Add another place
          </button>
          <GroupError id="places-error" errors={errors?.places} />
        </fieldset>
      </section>

      <section aria-labelledby="who-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
        <h2 id="who-heading" className="font-semibold">
          Who
        </h2>
        <fieldset aria-describedby={errors?.countries ? 'countries-error' : undefined}>
          <legend className="text-sm font-medium text-slate-800">Partner countries</legend>
          <div className="mt-1 flex flex-wrap gap-x-4">
            {[...new Set([...options.focusCountries, ...values.countries])].map((code) => (
              <label key={code} className="flex min-h-11 items-center gap-2 text-sm">
                <input type="checkbox" name="countries" value={code} checked={values.countries.includes(code)} onChange={(e) => toggleCountry(code, e.target.checked)} />
                {countryName(code)}
              </label>
            ))}
          </div>
          <label htmlFor="add-country" className="mt-1 block text-sm text-slate-700">
            Add another partner country
          </label>
          <select
            id="add-country"
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 sm:w-72"
            value=""
            onChange={(e) => e.target.value && toggleCountry(e.target.value, true)}
          >
            <option value="">Choose…</option>
            {otherCountries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
          <GroupError id="countries-error" errors={errors?.countries} />
        </fieldset>

        <fieldset aria-describedby={errors?.attendees ? 'attendees-error' : undefined}>
          <legend className="text-sm font-medium text-slate-800">Our attendees</legend>
          <div className="mt-1 grid max-h-48 gap-x-4 overflow-y-auto sm:grid-cols-2">
            {options.colleagues.map((colleague) => (
              <label key={colleague.id} className="flex min-h-11 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="attendees"
                  value={colleague.id}
                  checked={values.attendees.includes(colleague.id)}
                  onChange={(e) => set('attendees', e.target.checked ? [...values.attendees, colleague.id] : values.attendees.filter((id) => id !== colleague.id))}
                />
                {colleague.name}
              </label>
            ))}
          </div>
          <GroupError id="attendees-error" errors={errors?.attendees} />
        </fieldset>

        <fieldset className="space-y-2" aria-describedby={errors?.contacts ? 'contacts-error' : undefined}>
          <legend className="text-sm font-medium text-slate-800">Counterparts</legend>
          {values.contacts.length > 0 && (
            <ul className="flex flex-wrap gap-2" aria-label="Chosen counterparts">
              {values.contacts.map((contact) => (
                <li key={contact.id} className="flex items-center gap-1 rounded-full bg-brand-50 py-1 pl-3 pr-1 text-sm">
                  <input type="hidden" name="contacts" value={contact.id} />
                  {contact.name}
                  <button
                    type="button"
                    className="flex size-8 items-center justify-center rounded-full hover:bg-brand-100"
                    aria-label={`Remove ${contact.name}`}
                    onClick={() => set('contacts', values.contacts.filter((c) => c.id !== contact.id))}
                  >
                    ✕
                  </button>
                </li>
              ))}
            </ul>
          )}
          <Field
            name="contactSearch"
            label="Find a counterpart"
            value={contactQuery}
            onChange={(e) => setContactQuery(e.target.value)}
            autoComplete="off"
            hint="Type part of a name; other spellings are found too."
          />
          {contactQuery.trim().length >= 2 && <ContactMatches query={contactQuery} onPick={pickContact} />}
          {addingContact ? (
            <ContactQuickAdd createContact={createContactAction} onPicked={pickContact} onCancel={() => setAddingContact(false)} countries={options.countries} />
          ) : (
            <button type="button" className="min-h-11 text-sm font-medium text-brand-700 underline" onClick={() => setAddingContact(true)}>
              New counterpart…
            </button>
          )}
          <GroupError id="contacts-error" errors={errors?.contacts} />
        </fieldset>
      </section>

      <section aria-labelledby="outcome-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
        <h2 id="outcome-heading" className="font-semibold">
          Discussion and outcome
        </h2>
        <TextareaField name="summary" label="Summary" value={values.summary} onChange={(e) => set('summary', e.target.value)} errors={errors?.summary} />
        <TextareaField name="outcome" label="Outcome" value={values.outcome} onChange={(e) => set('outcome', e.target.value)} errors={errors?.outcome} />
        <fieldset aria-describedby={errors?.areas ? 'areas-error' : undefined}>
          <legend className="text-sm font-medium text-slate-800">Cooperation areas</legend>
          <p className="text-sm text-slate-600">Mark what was discussed, and what both sides agreed to pursue.</p>
          <div className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2">
            {options.areas.map((area) => (
              <div key={area.id} className="flex items-center justify-between gap-2">
                <label htmlFor={`area-${area.id}`} className="text-sm">
                  {area.name}
                </label>
                <select
                  id={`area-${area.id}`}
                  name="areas"
                  className="min-h-11 rounded-md border border-slate-300 bg-white px-2 text-sm"
                  value={values.areas[area.id] ? `${area.id}:${values.areas[area.id]}` : ''}
                  onChange={(e) => {
                    const next = { ...values.areas };
                    if (e.target.value) next[area.id] = e.target.value.split(':')[1] as AreaOutcome;
                    else delete next[area.id];
                    set('areas', next);
                  }}
                >
                  <option value="">—</option>
                  <option value={`${area.id}:discussed`}>Discussed</option>
                  <option value={`${area.id}:agreed`}>Agreed</option>
                </select>
              </div>
            ))}
          </div>
          <GroupError id="areas-error" errors={errors?.areas} />
        </fieldset>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Who may see it</legend>
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input type="radio" name="confidentiality" value="normal" checked={values.confidentiality === 'normal'} onChange={() => set('confidentiality', 'normal')} />
            Everyone in the mission
          </label>
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input type="radio" name="confidentiality" value="restricted" checked={values.confidentiality === 'restricted'} onChange={() => set('confidentiality', 'restricted')} />
            Restricted: its author, its attendees and managers only
          </label>
        </fieldset>
      </section>

      {values.followUps && (
        <section aria-labelledby="follow-ups-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
          <h2 id="follow-ups-heading" className="font-semibold">
            Follow-ups
          </h2>
          <p className="text-sm text-slate-600">What each side committed to do. Rows left without a title are ignored.</p>
          {values.followUps.map((followUp, index) => {
            const update = (key: keyof FollowUpDraft) => (event: { target: { value: string } }) =>
              set('followUps', values.followUps!.map((f, i) => (i === index ? { ...f, [key]: event.target.value } : f)));
            return (
              <fieldset key={index} className="grid gap-3 rounded-lg border border-slate-200 p-3 sm:grid-cols-2">
                <legend className="px-1 text-sm font-medium">Follow-up {index + 1}</legend>
                <div className="sm:col-span-2">
                  <Field name="followUpTitle" id={`follow-up-title-${index}`} label={`What was committed (${index + 1})`} value={followUp.title} onChange={update('title')} />
                </div>
                <SelectField
                  name="followUpCommittedBy"
                  id={`follow-up-side-${index}`}
                  label={`Who committed (${index + 1})`}
                  value={followUp.committedBy}
                  onChange={update('committedBy')}
                  options={commitmentSides.map((side) => ({ value: side, label: commitmentSideLabels[side] }))}
                />
                <SelectField
                  name="followUpOwner"
                  id={`follow-up-owner-${index}`}
                  label={`Owner on our side (${index + 1})`}
                  value={followUp.ownerId}
                  onChange={update('ownerId')}
                  options={[{ value: '', label: 'Nobody yet' }, ...options.colleagues.map((c) => ({ value: String(c.id), label: c.name }))]}
                />
                <Field name="followUpDue" id={`follow-up-due-${index}`} label={`Due date (${index + 1})`} type="date" value={followUp.dueDate} onChange={update('dueDate')} />
                <SelectField
                  name="followUpCountry"
                  id={`follow-up-country-${index}`}
                  label={`Partner country (${index + 1})`}
                  value={followUp.countryCode || values.countries[0] || ''}
                  onChange={update('countryCode')}
                  options={values.countries.length ? values.countries.map((code) => ({ value: code, label: countryName(code) })) : [{ value: '', label: 'Choose the partner countries above first' }]}
                />
              </fieldset>
            );
          })}
          <button
            type="button"
            className="min-h-11 text-sm font-medium text-brand-700 underline"
            onClick={() => set('followUps', [...values.followUps!, { title: '', committedBy: 'ours', ownerId: '', dueDate: '', countryCode: '' }])}
          >
            Add another follow-up
          </button>
          <GroupError id="follow-ups-error" errors={errors?.followUps} />
        </section>
      )}

      {saved && <SuccessMessage>Saved. Opening the meeting…</SuccessMessage>}
      <SubmitButton disabled={saved}>{submitLabel}</SubmitButton>
    </form>
  );
}
