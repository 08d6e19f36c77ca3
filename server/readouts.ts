import 'server-only';
import { getDb } from '../db/client';
import type { Database } from '../db/connection';
import { searchContacts } from '../db/contacts';
import { searchOrganisationsAndNearDuplicates } from '../db/organisations';
import { listCooperationAreas } from '../db/reference';
import { getMissionSettings, missionToday } from '../db/settings';
import { listActiveColleagues } from '../db/users';
import type { Viewer } from '../lib/policy';
import { RuleViolation } from '../lib/errors';
import { foldAccents, type NameLikeness, nameLikeness, nearDuplicatesOf } from '../lib/names';
import { assertCan } from '../lib/policy';
import { readReadout } from '../lib/readouts';
import type { Found, ProposedMeeting, ReadoutContext, ReadoutDraft, Span } from '../lib/readouts/types';

/** An existing contact a counterpart may be; `spellingDiffers` when the readout spells the name otherwise. */
export type ContactCandidate = { id: number; name: string; title: string | null; organisationName: string | null; spellingDiffers: boolean };

/** An organisation already in the list that a name of the readout may be. */
export type OrganisationMatch = { id: number; name: string; spellingDiffers: boolean };

export type CounterpartMatch = {
  /** Existing contacts, most alike first: the first is proposed, none is ever merged or changed. */
  candidates: ContactCandidate[];
  /** The colleague of ours the name is, for a counterpart on our side. */
  colleagueId: number | null;
  /** The counterpart's organisation, when it is one in the list. */
  organisation: OrganisationMatch | null;
};

/** What the mission's records say about one proposed meeting, value by value (same order as the draft's). */
export type MeetingMatches = {
  counterparts: CounterpartMatch[];
  organisations: (OrganisationMatch | null)[];
  /** The id of each proposed area in the mission's list (null if the reader named one the list lacks). */
  areaIds: (number | null)[];
};

export type ReadoutProposal = {
  draft: ReadoutDraft;
  /** Parallel to `draft.meetings`. */
  matches: MeetingMatches[];
  /** The reader's notices, then ours. */
  notices: string[];
};

export const READER_FAILED_MESSAGE = 'This readout could not be read, and nothing was saved. Try another part of the text, or log the meeting by hand.';
export const NO_MEETING_NOTICE = 'No meeting was found in this text. You can still log it by hand.';

type Reader = (text: string, context: ReadoutContext) => ReadoutDraft;

/**
 * Proposes meetings from a readout: reads it with what the mission knows (its country, areas and
 * staff), then looks up each person and organisation it names among the records. Writes nothing:
 * a counterpart not in the contacts is offered as new, to be added by the officer or not at all.
 */
export function proposeFromReadout({
  viewer,
  text,
  published,
  removedCharacters = 0,
  read = readReadout,
  db = getDb(),
}: {
  viewer: Viewer;
  text: string;
  published: string | null;
  /** Control characters cleaned from the text before reading, to say so. */
  removedCharacters?: number;
  /** Tests: another reader. */
  read?: Reader;
  db?: Database;
}): ReadoutProposal {
  assertCan(viewer, 'meeting:create');
  // The proposal names existing contacts and organisations.
  assertCan(viewer, 'contact:view');
  const areas = listCooperationAreas({ db });
  const colleagues = listActiveColleagues({ db });
  const context: ReadoutContext = {
    ourCountry: getMissionSettings({ db }).ourCountryCode,
    published,
    areas: areas.map((area) => area.name),
    ourStaff: colleagues.map((colleague) => colleague.name),
    today: missionToday({ db }),
  };

  let draft: ReadoutDraft;
  try {
    draft = wellFormed(read(text, context), text);
  } catch (error) {
    // The reader is heuristics over any text a person pastes: its failure is a message, never a 500.
    console.warn('Reading a readout failed', error);
    throw new RuleViolation(READER_FAILED_MESSAGE);
  }

  const areaIds = new Map(areas.map((area) => [area.name.toLowerCase(), area.id]));
  const organisationsFound = new Map<string, OrganisationMatch | null>();
  const findOrganisation = (name: string | null) => {
    if (!name?.trim()) return null;
    if (!organisationsFound.has(name)) organisationsFound.set(name, matchOrganisation(db, name));
    return organisationsFound.get(name)!;
  };

  const matches = draft.meetings.map((meeting): MeetingMatches => ({
    counterparts: meeting.counterparts.map(({ value }) => ({
      candidates: matchContacts(db, value.name),
      colleagueId: value.side === 'ours' ? matchColleague(colleagues, value.name) : null,
      organisation: findOrganisation(value.organisation),
    })),
    organisations: meeting.organisations.map(({ value }) => findOrganisation(value)),
    areaIds: meeting.areas.map(({ value }) => areaIds.get(value.name.toLowerCase()) ?? null),
  }));

  const notices = [...draft.notices];
  if (removedCharacters > 0)
    notices.push(
      removedCharacters === 1
        ? 'One control character was removed from the text before reading it.'
        : `${removedCharacters.toLocaleString('en')} control characters were removed from the text before reading it.`,
    );
  if (draft.meetings.length === 0 && !notices.some((notice) => /no meeting/i.test(notice))) notices.push(NO_MEETING_NOTICE);
  return { draft, matches, notices };
}

const likenessRank: Record<NameLikeness, number> = { identical: 0, alike: 1, within: 2 };

/**
 * Contacts the name may be, by any of their spellings: every word of it (spelling-tolerantly) in
 * theirs, or all of theirs in it ("Juncker, Jean-Claude" recorded as "Jean-Claude Juncker").
 */
function matchContacts(db: Database, name: string): ContactCandidate[] {
  const seen = new Map<number, { contact: ReturnType<typeof searchContacts>[number]; rank: number; identical: boolean }>();
  const consider = (contact: ReturnType<typeof searchContacts>[number], typedPrefix: boolean) => {
    const spellings = [contact.name, ...(contact.alternativeNames?.split('\n') ?? [])].filter((spelling) => spelling.trim());
    const likenesses = spellings.map((spelling) => nameLikeness(name, spelling)).filter((likeness): likeness is NameLikeness => likeness !== null);
    // A name that only starts the contact's ("Jan" / "Jane") is the weakest proposal.
    if (likenesses.length === 0 && !typedPrefix) return;
    const rank = Math.min(3, ...likenesses.map((likeness) => likenessRank[likeness]));
    seen.set(contact.id, { contact, rank, identical: likenesses.includes('identical') });
  };
  for (const contact of searchContacts({ db, query: name, limit: 5 })) consider(contact, true);
  if (seen.size === 0) for (const contact of searchContacts({ db, query: name, several: true, limit: 20 })) consider(contact, false);
  return [...seen.values()]
    .sort((a, b) => a.rank - b.rank)
    .slice(0, 5)
    .map(({ contact, identical }) => ({
      id: contact.id,
      name: contact.name,
      title: contact.title,
      organisationName: contact.organisationName,
      spellingDiffers: !identical,
    }));
}

function matchColleague(colleagues: { id: number; name: string }[], name: string): number | null {
  const ranked = colleagues
    .map((colleague) => ({ id: colleague.id, likeness: nameLikeness(name, colleague.name) }))
    .filter((match): match is { id: number; likeness: NameLikeness } => match.likeness !== null)
    .sort((a, b) => likenessRank[a.likeness] - likenessRank[b.likeness]);
  return ranked[0]?.id ?? null;
}

/** The organisation of that name in the list, or one it probably misspells or shortens. */
function matchOrganisation(db: Database, name: string): OrganisationMatch | null {
  const folded = foldAccents(name.trim());
  const candidates = searchOrganisationsAndNearDuplicates({ db, query: name, limit: 8 });
  const same = candidates.find((candidate) => foldAccents(candidate.name) === folded);
  if (same) return { id: same.id, name: same.name, spellingDiffers: same.name.trim() !== name.trim() };
  const isNear = nearDuplicatesOf(name);
  const near = candidates.find((candidate) => isNear(foldAccents(candidate.name)));
  return near ? { id: near.id, name: near.name, spellingDiffers: true } : null;
}

/**
 * The reader's draft, checked before the screen relies on it: every span inside the text, every
 * value of the expected shape. A malformed part is dropped rather than shown wrong.
 */
function wellFormed(draft: ReadoutDraft, given: string): ReadoutDraft {
  const text = typeof draft?.text === 'string' ? draft.text : given;
  const span = (value: Span | undefined): Span | null =>
    value && Number.isInteger(value.start) && Number.isInteger(value.end) && value.start >= 0 && value.end <= text.length && value.start <= value.end
      ? { start: value.start, end: value.end }
      : null;
  const found = <T>(items: Found<T>[] | undefined, valid: (value: T) => boolean): Found<T>[] =>
    (Array.isArray(items) ? items : [])
      .filter((item) => item && valid(item.value))
      .map((item) => ({ value: item.value, spans: (Array.isArray(item.spans) ? item.spans : []).map(span).filter((s): s is Span => s !== null) }));
  const one = <T>(item: Found<T> | null | undefined, valid: (value: T) => boolean) => found(item ? [item] : [], valid)[0] ?? null;
  const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
  const isDate = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const meetings = (Array.isArray(draft.meetings) ? draft.meetings : []).filter(Boolean).map((meeting): ProposedMeeting => ({
    title: isText(meeting.title) ? meeting.title.trim() : 'Meeting from a readout',
    span: span(meeting.span) ?? { start: 0, end: text.length },
    startDate: one(meeting.startDate, isDate),
    endDate: one(meeting.endDate, isDate),
    places: found(meeting.places, (place) => isText(place?.city)),
    partnerCountries: found(meeting.partnerCountries, isText),
    counterparts: found(meeting.counterparts, (person) => isText(person?.name)),
    organisations: found(meeting.organisations, isText),
    areas: found(meeting.areas, (area) => isText(area?.name)),
    followUps: found(meeting.followUps, (commitment) => isText(commitment?.text)),
  }));
  return {
    text,
    language: draft.language ?? null,
    published: isDate(draft.published) ? draft.published : null,
    notices: (Array.isArray(draft.notices) ? draft.notices : []).filter(isText),
    meetings,
  };
}
