'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { PickedContact } from '@/components/contact-quick-add';
import { FormMessage, SuccessMessage } from '@/components/ui/form-message';
import type { CommitmentSide } from '@/lib/follow-ups';
import type { AreaOutcome, Confidentiality, MeetingKind } from '@/lib/meetings';
import type { ActionResult } from '@/lib/action-result';
import { SaveRow, useLosslessForm } from '../../_components/lossless-form';
import type { ProposedContact } from './counterparts-fieldset';
import { FollowUpRows, type FollowUpRow, type FollowUpRowsLabels, withBlankFollowUp } from './follow-up-rows';
import { FormSection } from './form-section';
import { DiscussionAndOutcome, type DiscussionLabels, WhatAndWhen, type WhatAndWhenLabels, Who, type WhoLabels } from './meeting-form-sections';
import type { PlaceRow } from './places-fieldset';
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

export type Choice<V extends string = string> = { value: V; label: string };

/** What the form offers to choose from, named in the reader's language (form-options.ts). */
export type MeetingFormOptions = {
  countries: { code: string; name: string }[];
  focusCountries: string[];
  colleagues: { id: number; name: string }[];
  areas: { id: number; name: string }[];
  kinds: Choice<MeetingKind>[];
  sides: Choice<CommitmentSide>[];
  areaOutcomes: Choice<AreaOutcome>[];
};

/** The form's words, in the reader's language: the page translates them (form-options.ts), no catalogue is shipped. */
export type MeetingFormLabels = {
  submit: string;
  saved: string;
  /** A draft's name in the lists of unfinished meetings, before a title is typed. */
  untitledDraft: string;
  changesDraft: string;
  whatAndWhen: WhatAndWhenLabels;
  who: WhoLabels;
  discussion: DiscussionLabels;
  followUps: FollowUpRowsLabels & { heading: string };
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
  labels,
  author,
  draft,
  audienceLocked = false,
}: {
  action: MeetingAction;
  initial: MeetingFormValues;
  options: MeetingFormOptions;
  labels: MeetingFormLabels;
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
    label: values.title || (initial.meetingId ? labels.changesDraft : labels.untitledDraft),
    onSaved: ({ meetingId }) => router.push(`/meetings/${meetingId}`),
  });
  const errors = result?.ok === false ? result.fieldErrors : undefined;
  const set = <K extends keyof MeetingFormValues>(key: K, value: MeetingFormValues[K]) => setValues((current) => ({ ...current, [key]: value }));
  const countryName = (code: string) => options.countries.find((country) => country.code === code)?.name ?? code;
  const countryOptions = [
    { value: '', label: labels.whatAndWhen.places.chooseCountry },
    ...options.countries.map((country) => ({ value: country.code, label: country.name })),
  ];
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

        <WhatAndWhen
          values={values}
          set={set}
          errors={errors}
          onPlacesChange={changePlaces}
          countryOptions={countryOptions}
          kinds={options.kinds}
          labels={labels.whatAndWhen}
        />
        <Who values={values} set={set} errors={errors} options={options} audienceLocked={audienceLocked} onCountryToggle={toggleCountry} labels={labels.who} />
        <DiscussionAndOutcome
          values={values}
          set={set}
          errors={errors}
          areas={options.areas}
          outcomes={options.areaOutcomes}
          audienceLocked={audienceLocked}
          labels={labels.discussion}
        />

        {values.followUps && (
          <FormSection id="follow-ups-heading" title={labels.followUps.heading}>
            <FollowUpRows
              rows={values.followUps}
              onChange={(rows) => set('followUps', rows)}
              me={author.id}
              colleagues={options.colleagues}
              sides={options.sides}
              labels={labels.followUps}
              countries={values.countries.map((code) => ({ code, name: countryName(code) }))}
              errors={errors?.followUps}
            />
          </FormSection>
        )}

        {saved && <SuccessMessage>{labels.saved}</SuccessMessage>}
        <SaveRow label={labels.submit} pending={pending} done={saved} capture={capture} />
      </form>
      {capture.dialog}
    </>
  );
}
