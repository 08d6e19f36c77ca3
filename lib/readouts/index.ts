import type { ReadoutContext, ReadoutDraft, ReadoutJson } from './types';

export type { ReadoutContext, ReadoutDraft, ReadoutJson } from './types';

/** Reads a readout (plain text or an e-mail) into proposed meetings. Pure: no database, no network. */
export function readReadout(input: string, context: ReadoutContext): ReadoutDraft {
  return { text: input, language: null, published: context.published ?? null, notices: [], meetings: [] };
}

/** The draft as plain values, without the spans: what `npm run readout` prints and the evaluation scores. */
export function toJson(draft: ReadoutDraft): ReadoutJson {
  return {
    language: draft.language,
    meetings: draft.meetings.map((meeting) => ({
      startDate: meeting.startDate?.value ?? null,
      endDate: meeting.endDate?.value ?? null,
      places: meeting.places.map((found) => found.value),
      partnerCountries: meeting.partnerCountries.map((found) => found.value),
      counterparts: meeting.counterparts.map((found) => found.value),
      organisations: meeting.organisations.map((found) => found.value),
      areas: meeting.areas.map((found) => found.value.name),
      followUps: meeting.followUps.map((found) => found.value),
    })),
  };
}
