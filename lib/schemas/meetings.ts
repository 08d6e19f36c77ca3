import { z } from 'zod';
import { isCountryCode } from '../countries';
import { areaOutcomes, confidentialityLevels, meetingKinds } from '../meetings';
import { organisationKinds } from '../organisations';
import { TEXT_LIMITS } from '../text-limits';
import {
  blankAsNull,
  calendarDate,
  column,
  email,
  formVersion,
  list,
  optionalCalendarDate,
  optionalLine,
  optionalLongText,
  optionalRecordId,
  plainText,
  recordId,
  singleLine,
} from './common';

export const countryCode = z.string({ error: 'Choose a country.' }).trim().toUpperCase().refine(isCountryCode, { error: 'Choose a country from the list.' });

const optionalCountryCode = blankAsNull(countryCode);

/** "12:agreed" — one cooperation area and what became of it at the meeting. */
const areaChoice = z
  .string()
  .regex(/^\d{1,9}:(discussed|agreed)$/, { error: 'Choose discussed or agreed for each area.' })
  .transform((value) => {
    const [id, outcome] = value.split(':') as [string, (typeof areaOutcomes)[number]];
    return { areaId: Number(id), outcome };
  });

export const meetingSchema = z
  .object({
    title: singleLine('Title', 200),
    kind: z.enum(meetingKinds, { error: 'Choose the kind of meeting.' }),
    startDate: calendarDate('Date'),
    endDate: optionalCalendarDate('End date'),
    placeCity: column(plainText('A city name', { max: 100 })),
    placeCountry: column(),
    countries: list(countryCode),
    attendees: list(recordId),
    contacts: list(recordId),
    areas: list(areaChoice),
    summary: optionalLongText('Summary', TEXT_LIMITS.summary),
    outcome: optionalLongText('Outcome', TEXT_LIMITS.outcome),
    /** The readout the meeting was logged from, if any (app/(app)/meetings/new/readout). */
    sourceText: optionalLongText('Source readout', TEXT_LIMITS.readout),
    confidentiality: z.enum(confidentialityLevels, { error: 'Choose who may see this meeting.' }),
  })
  .superRefine((meeting, ctx) => {
    if (meeting.endDate && meeting.endDate < meeting.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date cannot be before the start date.' });
    }
    if (meeting.countries.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['countries'], message: 'Choose at least one partner country.' });
    }
    if (new Set(meeting.areas.map((area) => area.areaId)).size !== meeting.areas.length) {
      ctx.addIssue({ code: 'custom', path: ['areas'], message: 'Each cooperation area can be chosen once.' });
    }
    const places = pairPlaces(meeting.placeCity, meeting.placeCountry);
    if (places.some((place) => !place.city || !isCountryCode(place.countryCode))) {
      ctx.addIssue({ code: 'custom', path: ['places'], message: 'Each place needs a city and a country.' });
    } else if (places.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['places'], message: 'Add where the meeting took place.' });
    }
  })
  .transform(({ placeCity, placeCountry, ...meeting }) => ({
    ...meeting,
    places: pairPlaces(placeCity, placeCountry),
    countries: [...new Set(meeting.countries)],
    attendees: [...new Set(meeting.attendees)],
    contacts: [...new Set(meeting.contacts)],
  }));

/** Places arrive as two parallel lists; a row without a city is an unused blank row (the form keeps one ready, its country preset). */
function pairPlaces(cities: string[], countries: string[]) {
  return Array.from({ length: Math.max(cities.length, countries.length) }, (_, index) => ({
    city: cities[index]?.trim() ?? '',
    countryCode: countries[index]?.trim().toUpperCase() ?? '',
  })).filter((place) => place.city);
}

export type MeetingInput = z.output<typeof meetingSchema>;

/** The draft the form was typed in, removed with the save that completes it. */
export const fromDraft = { draftId: optionalRecordId };

export const editMeetingSchema = z.object({ meetingId: recordId, version: formVersion, ...fromDraft }).and(meetingSchema);

export const deleteMeetingSchema = z.object({ meetingId: recordId });

export const organisationSchema = z.object({
  name: singleLine('Organisation name', 200),
  kind: z.enum(organisationKinds, { error: 'Choose the kind of organisation.' }),
  countryCode: optionalCountryCode,
});

export const editOrganisationSchema = z.object({ organisationId: recordId, version: formVersion }).and(organisationSchema);

const optionalEmail = blankAsNull(email);

const contactFields = z.object({
  name: singleLine('Name', 200),
  title: optionalLine('Title', 200),
  organisationId: z.preprocess((value) => (value === '' || value === undefined ? null : value), recordId.nullable()),
  newOrganisationName: optionalLine('Organisation name', 200),
  newOrganisationKind: z
    .enum(organisationKinds)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  countryCode: optionalCountryCode,
  email: optionalEmail,
  phone: optionalLine('Phone', 50).refine((value) => value === null || /^[+()\d\s./-]{3,50}$/.test(value), {
    error: 'Phone may hold digits, spaces and + ( ) - . / only.',
  }),
  alternativeNames: optionalLongText('Other spellings', TEXT_LIMITS.alternativeNames),
  /** Who keeps the relationship; left out (quick add), it stays as it was. */
  ownerId: optionalRecordId.optional(),
  ownerPostId: optionalRecordId.optional(),
});

function checkOrganisationChoice(contact: z.output<typeof contactFields>, ctx: z.RefinementCtx) {
  if (contact.organisationId && contact.newOrganisationName) {
    ctx.addIssue({ code: 'custom', path: ['newOrganisationName'], message: 'Choose an existing organisation or name a new one, not both.' });
  }
  if (contact.newOrganisationName && !contact.newOrganisationKind) {
    ctx.addIssue({ code: 'custom', path: ['newOrganisationKind'], message: 'Choose the kind of the new organisation.' });
  }
}

export const contactSchema = contactFields.superRefine(checkOrganisationChoice);
export type ContactInput = z.output<typeof contactSchema>;

export const editContactSchema = z.object({ contactId: recordId, version: formVersion }).and(contactSchema);

export const mergeContactsSchema = z
  .object({ keepContactId: recordId, duplicateContactId: recordId })
  .refine((value) => value.keepContactId !== value.duplicateContactId, { error: 'Choose two different contacts.', path: ['duplicateContactId'] });

export const areaSchema = z.object({ name: singleLine('Area name', 100), nameFr: optionalLine('Name in French', 100) });
export const renameAreaSchema = areaSchema.extend({ areaId: recordId });
export const setAreaActiveSchema = z.object({
  areaId: recordId,
  active: z.enum(['true', 'false']).transform((value) => value === 'true'),
});
export const setFocusCountrySchema = z.object({
  countryCode,
  focus: z.enum(['true', 'false']).transform((value) => value === 'true'),
});

// Built once: constructing a zod schema costs more than the parse (~4 % of a list page when built per call).
const filterSchemas = {
  kind: z.enum(meetingKinds),
  from: calendarDate('From'),
  to: calendarDate('To'),
};

/** List filters from the URL: a malformed value is dropped, never an error page. */
export function parseMeetingFilters(params: Record<string, string | string[] | undefined>) {
  const one = (key: string) => {
    const value = params[key];
    return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
  };
  const valid = <T>(schema: z.ZodType<T>, key: string): T | undefined => {
    const value = one(key);
    return value === undefined ? undefined : schema.safeParse(value).data;
  };
  return {
    filters: {
      query: one('q')?.slice(0, 200),
      country: valid(countryCode, 'country'),
      kind: valid(filterSchemas.kind, 'kind'),
      from: valid(filterSchemas.from, 'from'),
      to: valid(filterSchemas.to, 'to'),
      areaId: valid(recordId, 'area'),
      attendeeId: valid(recordId, 'attendee'),
      contactId: valid(recordId, 'contact'),
      organisationId: valid(recordId, 'organisation'),
    },
    sort: one('sort') === 'oldest' ? ('oldest' as const) : ('newest' as const),
    after: one('after'),
  };
}
