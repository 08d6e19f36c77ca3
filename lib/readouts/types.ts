/**
 * What reading a readout proposes. Every value carries the places in the text it came from, so the
 * officer sees the words behind it before accepting it; nothing here is saved until the form is.
 */

export const readoutLanguages = ['en', 'fr', 'it', 'de', 'nl'] as const;
export type ReadoutLanguage = (typeof readoutLanguages)[number];

/** A stretch of the text, as character offsets into `ReadoutDraft.text` (end exclusive). */
export type Span = { start: number; end: number };

/** A proposed value and the words it came from. */
export type Found<T> = { value: T; spans: Span[] };

export type Side = 'ours' | 'partner';
export type CommittedBy = 'ours' | 'partner' | 'joint';

export type Counterpart = { name: string; title: string | null; organisation: string | null; side: Side };
export type Place = { city: string; country: string };
export type Commitment = { text: string; committedBy: CommittedBy; dueDate: string | null };
export type ProposedArea = { name: string; outcome: 'discussed' | 'agreed' };

export type ProposedMeeting = {
  /** A short title the form starts with, e.g. "Meeting with the Chamber of Commerce of Luxembourg". */
  title: string;
  /** The part of the text that describes this meeting. */
  span: Span;
  startDate: Found<string> | null;
  endDate: Found<string> | null;
  places: Found<Place>[];
  partnerCountries: Found<string>[];
  counterparts: Found<Counterpart>[];
  organisations: Found<string>[];
  areas: Found<ProposedArea>[];
  followUps: Found<Commitment>[];
};

export type ReadoutDraft = {
  /** The text the spans point into: the readout as given, or the body of an e-mail. */
  text: string;
  /** One of the five languages read, or null (dates and countries are still proposed). */
  language: ReadoutLanguage | null;
  /** The publication date used to complete years: given, or found in the text (e-mail Date header, a dateline). */
  published: string | null;
  /** What the officer should know: another language, no meeting found, a date guessed… */
  notices: string[];
  meetings: ProposedMeeting[];
};

/** What the mission knows that the text does not: whose side is ours, its list of areas, its staff. */
export type ReadoutContext = {
  /** ISO 3166 alpha-2 (XK for Kosovo) of the mission's own country; without it, sides are guessed from the text. */
  ourCountry: string | null;
  /** YYYY-MM-DD; years missing from the text are completed so that no date falls after it. */
  published?: string | null;
  /** The mission's cooperation areas, by name, as in its list. */
  areas: string[];
  /** Names of the mission's own staff: always on our side. */
  ourStaff?: string[];
  /** YYYY-MM-DD, the day at the mission: bounds years when the text gives no date with one; UTC's when absent. */
  today?: string;
};

/** The plain JSON `npm run readout` prints and the evaluation scores: values without their spans. */
export type ReadoutJson = {
  language: ReadoutLanguage | null;
  meetings: {
    startDate: string | null;
    endDate: string | null;
    places: Place[];
    partnerCountries: string[];
    counterparts: Counterpart[];
    organisations: string[];
    areas: string[];
    followUps: Commitment[];
  }[];
};
