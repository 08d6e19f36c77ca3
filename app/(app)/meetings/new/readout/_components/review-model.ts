import type { PickedContact } from '@/components/contact-quick-add';
import { isCountryCode } from '@/lib/countries';
import { type AreaOutcome, type MeetingKind } from '@/lib/meetings';
import { type CommitmentSide, defaultOwner } from '@/lib/follow-ups';
import type { Side, Span } from '@/lib/readouts/types';
import { TEXT_LIMITS } from '@/lib/text-limits';
import type { ContactCandidate, OrganisationMatch, ReadoutProposal } from '@/server/readouts';
import type { ProposedContact } from '../../../_components/counterparts-fieldset';
import type { MeetingFormValues } from '../../../_components/meeting-form';
import { newKey } from '../../../_components/rows';

/**
 * The officer's review of what a readout proposes: each value as found (with the words it came
 * from), then as accepted, changed or removed. Pure: the review screen holds it in state, and
 * `toMeetingFormValues` turns an accepted meeting into the normal form's values (a draft).
 */

/** A value and the places in the text it came from; `key` keeps a row's identity when others are removed. */
export type Reviewed<T> = { key: string; value: T; spans: Span[] };

/**
 * Who a counterpart is in the records: a colleague of ours (an attendee), an existing contact,
 * someone new (offered in the form), or nobody to record (one of ours who is not a colleague in
 * Readout, such as a visiting minister).
 */
export type Identity = { kind: 'colleague'; userId: number } | { kind: 'contact'; contactId: number } | { kind: 'new' } | { kind: 'none' };

/**
 * Who a counterpart is taken to be once on `side`: on ours, the colleague the name matched, else an
 * existing contact already chosen, else no one to record; on the partner's, the contact chosen or
 * the likeliest, else someone new.
 */
export function identityFor(person: Pick<ReviewedCounterpart, 'colleagueId' | 'candidates' | 'identity'>, side: Side): Identity {
  const { identity, colleagueId, candidates } = person;
  if (side === 'ours') return colleagueId ? { kind: 'colleague', userId: colleagueId } : identity.kind === 'contact' ? identity : { kind: 'none' };
  if (identity.kind === 'contact' || identity.kind === 'new') return identity;
  return candidates[0] ? { kind: 'contact', contactId: candidates[0].id } : { kind: 'new' };
}

export type ReviewedCounterpart = {
  name: string;
  title: string;
  organisation: string;
  side: Side;
  identity: Identity;
  candidates: ContactCandidate[];
  colleagueId: number | null;
  organisationMatch: OrganisationMatch | null;
};

export type ReviewedMeeting = {
  key: string;
  create: boolean;
  title: string;
  kind: MeetingKind;
  /** The meeting's part of the text: its summary to start with. */
  span: Span;
  startDate: Reviewed<string> | null;
  endDate: Reviewed<string> | null;
  places: Reviewed<{ city: string; countryCode: string }>[];
  countries: Reviewed<string>[];
  counterparts: Reviewed<ReviewedCounterpart>[];
  organisations: Reviewed<{ name: string; match: OrganisationMatch | null }>[];
  areas: Reviewed<{ areaId: number | null; name: string; outcome: AreaOutcome }>[];
  followUps: Reviewed<{ text: string; committedBy: CommitmentSide; dueDate: string }>[];
};

export type Review = { text: string; published: string | null; notices: string[]; meetings: ReviewedMeeting[] };

const reviewed = <T>(value: T, spans: Span[]): Reviewed<T> => ({ key: newKey(), value, spans });

/** A country as the form holds it: an ISO code it knows, else nothing to choose yet. */
const code = (value: string) => (isCountryCode(value.trim().toUpperCase()) ? value.trim().toUpperCase() : '');

/** The review as it starts: everything the reader proposed, matched to the records, accepted. */
export function startReview(proposal: ReadoutProposal): Review {
  const { draft, matches } = proposal;
  return {
    text: draft.text,
    published: draft.published,
    notices: proposal.notices,
    meetings: draft.meetings.map((meeting, index): ReviewedMeeting => {
      const match = matches[index];
      const startDate = meeting.startDate && reviewed(meeting.startDate.value, meeting.startDate.spans);
      const endDate = meeting.endDate && meeting.endDate.value !== meeting.startDate?.value ? reviewed(meeting.endDate.value, meeting.endDate.spans) : null;
      return {
        key: newKey(),
        create: true,
        title: meeting.title,
        kind: endDate ? 'visit' : 'business-meeting',
        span: meeting.span,
        startDate,
        endDate,
        places: meeting.places.map((place) => reviewed({ city: place.value.city, countryCode: code(place.value.country) }, place.spans)),
        countries: meeting.partnerCountries.map((country) => reviewed(code(country.value), country.spans)).filter((country) => country.value),
        counterparts: meeting.counterparts.map((person, personIndex) => {
          const found = match?.counterparts[personIndex];
          const candidates = found?.candidates ?? [];
          const colleagueId = found?.colleagueId ?? null;
          const identity = identityFor(
            { colleagueId, candidates, identity: candidates[0] ? { kind: 'contact', contactId: candidates[0].id } : { kind: 'new' } },
            person.value.side,
          );
          return reviewed(
            {
              name: person.value.name,
              title: person.value.title ?? '',
              organisation: person.value.organisation ?? '',
              side: person.value.side,
              identity,
              candidates,
              colleagueId,
              organisationMatch: found?.organisation ?? null,
            },
            person.spans,
          );
        }),
        organisations: meeting.organisations.map((organisation, organisationIndex) =>
          reviewed({ name: organisation.value, match: match?.organisations[organisationIndex] ?? null }, organisation.spans),
        ),
        areas: meeting.areas.map((area, areaIndex) =>
          reviewed({ areaId: match?.areaIds[areaIndex] ?? null, name: area.value.name, outcome: area.value.outcome }, area.spans),
        ),
        followUps: meeting.followUps.map((commitment) =>
          reviewed({ text: commitment.value.text, committedBy: commitment.value.committedBy, dueDate: commitment.value.dueDate ?? '' }, commitment.spans),
        ),
      };
    }),
  };
}

/** A meeting the reader did not find, started by hand with the text as its source. */
export function blankMeeting(text: string): ReviewedMeeting {
  return {
    key: newKey(),
    create: true,
    title: '',
    kind: 'business-meeting',
    span: { start: 0, end: text.length },
    startDate: null,
    endDate: null,
    places: [],
    countries: [],
    counterparts: [],
    organisations: [],
    areas: [],
    followUps: [],
  };
}

/** The day a meeting's draft starts on, and whether that day was guessed rather than found. */
export function meetingDay(
  meeting: ReviewedMeeting,
  { published, today }: { published: string | null; today: string },
): { date: string; guessed: 'published' | 'today' | null } {
  const found = meeting.startDate?.value.trim();
  if (found) return { date: found, guessed: null };
  return published ? { date: published, guessed: 'published' } : { date: today, guessed: 'today' };
}

/** At most `max` characters, cut at a word where it can be, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const plain = text.trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length > max / 2 ? atWord : cut}…`;
}

/** The meeting's part of the text: the summary the form starts with (the whole text is its source). */
export function meetingSummary(text: string, span: Span): string {
  return shorten(text.slice(span.start, span.end), TEXT_LIMITS.summary);
}

/**
 * The normal meeting form's values for one accepted meeting: saved as a draft, it opens in the form
 * where every rule of logging a meeting applies. Counterparts not in the contacts travel as
 * `proposedContacts`, to be added from the form or not at all; colleagues of ours become attendees.
 */
export function toMeetingFormValues(
  meeting: ReviewedMeeting,
  { text, published, today, me, ourCountry }: { text: string; published: string | null; today: string; me: number; ourCountry: string | null },
): MeetingFormValues {
  const places = meeting.places
    .filter((place) => place.value.city.trim())
    .map((place) => ({ key: newKey(), city: place.value.city.trim(), countryCode: place.value.countryCode }));
  const chosen = meeting.countries.map((country) => country.value).filter(Boolean);
  // The form needs a partner country; the reader found none: those of the places, ours aside.
  const countries = [...new Set(chosen.length ? chosen : places.map((place) => place.countryCode).filter((country) => country && country !== ourCountry))];
  const people = meeting.counterparts.map((person) => person.value);
  const attendees = [me, ...people.flatMap((person) => (person.identity.kind === 'colleague' ? [person.identity.userId] : []))];
  const contacts: PickedContact[] = [];
  for (const person of people) {
    if (person.identity.kind !== 'contact') continue;
    const id = person.identity.contactId;
    const contact = person.candidates.find((candidate) => candidate.id === id);
    if (contact && !contacts.some((picked) => picked.id === id))
      contacts.push({ id, name: contact.name, title: contact.title, organisationName: contact.organisationName });
  }
  const proposedContacts: ProposedContact[] = people
    .filter((person) => person.identity.kind === 'new' && person.name.trim())
    .map((person) => ({
      name: person.name.trim(),
      title: person.title.trim() || null,
      organisation: person.organisationMatch?.name ?? (person.organisation.trim() || null),
      // The match is dropped on screen as soon as the organisation is changed (see OrganisationInput).
      organisationId: person.organisationMatch?.id ?? null,
    }));
  const areas: MeetingFormValues['areas'] = {};
  for (const area of meeting.areas) {
    const { areaId, outcome } = area.value;
    // The same area proposed twice: agreed outweighs discussed.
    if (areaId !== null && areas[areaId] !== 'agreed') areas[areaId] = outcome;
  }
  const { date } = meetingDay(meeting, { published, today });
  const endDate = meeting.endDate?.value.trim() ?? '';
  return {
    title: shorten(meeting.title, 200),
    kind: meeting.kind,
    startDate: date,
    endDate: endDate && endDate !== date ? endDate : '',
    places,
    countries,
    attendees: [...new Set(attendees)],
    contacts,
    areas,
    summary: meetingSummary(text, meeting.span),
    outcome: '',
    confidentiality: 'normal',
    followUps: meeting.followUps
      .filter((commitment) => commitment.value.text.trim())
      .map((commitment) => ({
        key: newKey(),
        title: shorten(commitment.value.text, 200),
        committedBy: commitment.value.committedBy,
        ownerId: defaultOwner(commitment.value.committedBy, me),
        dueDate: commitment.value.dueDate,
        countryCode: countries[0] ?? '',
      })),
    sourceText: text,
    proposedContacts,
  };
}

/** A stretch of the text as the review shows it: plain, the evidence of some value, or of the value in focus. */
export type Segment = { start: number; end: number; mark: 'none' | 'evidence' | 'active' };

/**
 * The text cut where any span starts or ends, each piece marked by what covers it: overlapping
 * and touching spans are merged, and the value in focus outweighs the others.
 */
export function highlightSegments(length: number, evidence: Span[], active: Span[]): Segment[] {
  const clamp = (span: Span) => ({ start: Math.max(0, Math.min(span.start, length)), end: Math.max(0, Math.min(span.end, length)) });
  const usable = (spans: Span[]) => spans.map(clamp).filter((span) => span.end > span.start);
  const [all, focused] = [usable(evidence), usable(active)];
  const cuts = [...new Set([0, length, ...all.flatMap((span) => [span.start, span.end]), ...focused.flatMap((span) => [span.start, span.end])])].sort(
    (a, b) => a - b,
  );
  const covers = (spans: Span[], start: number, end: number) => spans.some((span) => span.start <= start && span.end >= end);
  const segments: Segment[] = [];
  for (let index = 0; index < cuts.length - 1; index++) {
    const [start, end] = [cuts[index]!, cuts[index + 1]!];
    const mark = covers(focused, start, end) ? 'active' : covers(all, start, end) ? 'evidence' : 'none';
    const last = segments.at(-1);
    if (last && last.mark === mark) last.end = end;
    else segments.push({ start, end, mark });
  }
  return segments;
}

/** Every span of the values still in the review: what the text highlights. */
export function reviewEvidence(meetings: ReviewedMeeting[]): Span[] {
  return meetings.flatMap((meeting) => [
    ...(meeting.startDate?.spans ?? []),
    ...(meeting.endDate?.spans ?? []),
    ...[meeting.places, meeting.countries, meeting.counterparts, meeting.organisations, meeting.areas, meeting.followUps].flatMap(
      (values: Reviewed<unknown>[]) => values.flatMap((value) => value.spans),
    ),
  ]);
}

/** The words a value came from, as one short quotation. */
export function evidenceText(text: string, spans: Span[], max = 160): string {
  return shorten(
    spans
      .map((span) => text.slice(span.start, span.end).replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join(' … '),
    max,
  );
}
