import type { Chrono } from 'chrono-node';
import type { ReadoutLanguage } from './types';

/**
 * What the reader knows of one language: the words around names, bodies, meetings and promises.
 * Word lists are lower case and folded (no accents) unless said otherwise; phrases may span words.
 */
export type Lexicon = {
  language: ReadoutLanguage;
  chrono: Chrono;
  /** Courtesy words before a name, as written (case matters: "M." is one, "m." is not). */
  honorifics: string[];
  /** Words that name a function: "deputy minister", "directeur". Each word of a phrase counts alone, so no phrase may hold a common word. */
  titles: string[];
  /** Words that head the name of a body: "ministry", "chambre", "universita". */
  organisations: string[];
  /** Lower-case words that may stand inside a body's name: "commerce" in "Chambre de commerce". */
  organisationWords: string[];
  /** Small words that join the parts of a title or a body's name: "of", "de", "degli". */
  connectors: string[];
  /** Capitalised words that are never part of a name: sentence openers, months, "Republic"… */
  notNames: string[];
  /** A sentence reporting a meeting. */
  meeting: RegExp;
  /** A sentence saying someone took part or was represented: "took part", "nam deel", "ha preso parte", "vertreten durch". */
  takingPart: RegExp;
  /** Words before a list of bodies someone represents ("representatives of"), matched at the end of the folded words before the list. */
  representativesOf: RegExp;
  /** Words before the body a place belongs to ("the headquarters of", "lo stabilimento di"), matched as `representativesOf` is. */
  sitesOf: RegExp;
  /** A word for what kind of company the name after it is ("the start-up", "lo spedizioniere", "der Maschinenbauer"), matched as `representativesOf` is. */
  kindsOf: RegExp;
  /** Words before a list of companies ("Swedish companies, among them", "aziende, tra cui"), matched at the end of the folded words before it. */
  companiesAmong: RegExp;
  /** A sentence announcing several meetings at once ("held a number of meetings"): a visit's summary. */
  severalMeetings: RegExp;
  /** A sentence that says what was talked about: "discussed", "les entretiens ont porté sur", "im Mittelpunkt". */
  topics: RegExp;
  /** Words before a meeting or a place that say it is still to come: "will", "prochain", "wird", "zal". */
  future: RegExp;
  /** A sentence where something was agreed or signed. */
  agreement: RegExp;
  /**
   * Where an undertaking starts: the match ends where the action's words begin. `joint` marks cues
   * that only both sides can say ("the parties agreed to").
   */
  commitments: { cue: RegExp; joint?: boolean; accented?: boolean }[];
  /** Subjects that are both sides: "the parties", "les deux parties". */
  bothSides: RegExp;
  /** Pronouns that point back to the last person named. */
  pronouns: RegExp;
  /** Words before a deadline ("by", "d'ici", "entro"), as a pattern, and "the end of" as another. */
  due: RegExp;
  endOf: RegExp;
  /** Words before a place: "in", "à". */
  locatives: string[];
  /** Joins two names: "and", "et". */
  and: string[];
  /** The ministry a minister's title implies: "Minister of Energy" → "Ministry of Energy"; null for other titles. */
  ministryOf: (title: string) => string | null;
  /** Days named by reference to another: the publication's ("yesterday") or the previous meeting's ("the next day"). */
  days: { yesterday: RegExp; today: RegExp; nextDay: RegExp; sameDay: RegExp };
  /** Cooperation topics, by the default list's area names, as folded word stems; "*stem" may also stand inside a compound. */
  areas: Record<string, string[]>;
};
