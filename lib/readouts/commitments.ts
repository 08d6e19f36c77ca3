import { endOfMonth } from './dates';
import { foldKeepingOffsets } from './geography';
import type { Lexicon } from './lexicon';
import { isFunctionForm, isOwnMission, subjectIsOwnMission, type Organisation, type Person } from './mentions';
import type { Sentence } from './text';
import type { Commitment, CommittedBy, Found } from './types';

/** Words that set a clause against the one before it: "…, while", ", mentre", ", terwijl". */
const contrast = String.raw`(?:while|whereas|tandis que|alors que|mentre|wahrend|während|terwijl)`;
/** Clause ends inside a sentence, purposes included ("…, so that", ", afin qu'"): an undertaking stops there. */
const clauseEnd = new RegExp(
  String.raw`;|,\s(?:so that|afin (?:que|qu'|de)|pour que|damit|um\s|affinche|affinch[eé]|perche|zodat|om\s)|\s[–—]\s|,\s(?:${contrast}|puis|then|poi|dann|daarna)\b|,?\s(?:and|but)\s(?:also\s)?\w+ed\b|\s(?:in order|so as) to\s|\spour (?=\p{L}+(?:er|ir|re)\b)|\s(?:per|al fine di) (?=\p{L}+(?:are|ere|ire)\b)`,
  'iu',
);
/** A clause set against the one before it: its subject is its own. */
const contrastingClause = new RegExp(String.raw`,\s${contrast}\s`, 'giu');
/** "X and Y should draw up…": an undertaking stated as what someone should do starts at its verb. */
const modal = /^(?:[^,.;]{1,60}?\s)?(?:should|would|will|shall|devrai(?:en)?t|devront|dovrebbero|dovranno|sollten|sollen|werden|zouden|zullen)\s+/i;
/** Reported speech: a quotation's future is a statement, not an undertaking. */
const speech = /\b(said|says|stated|ha affermato|ha dichiarato|a declare|a affirme|a dit|sagte|erklarte|zei|verklaarde)\b/i;
/** "intensificare il dialogo … e continuare a lavorare…": two undertakings, split at "and" before a second infinitive. */
const secondInfinitive = /\s(?:e|ed) (?=\p{L}+(?:are|ere|ire)\s)|\set (?=\p{L}+(?:er|ir|re)\s)/u;
/** Subjects that are things, not parties: "this will strengthen ties". */
const thingSubject = /\b(this|it|which|that|these|cela|ce qui|cio|questo|dies|das|dit|dat|wat)\s*$/i;

type Parties = {
  people: Person[];
  /** The people at this meeting: a function alone ("the minister") points to one of them first. */
  present: Person[];
  isOurs: (person: Person) => boolean;
  organisations: Organisation[];
  ourCountry: string | null;
  countries: { country: string; start: number; end: number }[];
  /** Towns named in the text, with their countries: "the Samarkand regional administration" is of Uzbekistan. */
  cities: { country: string; start: number; end: number }[];
};

function sideOfCountry(country: string | null, ourCountry: string | null): 'ours' | 'partner' | null {
  if (!country || !ourCountry) return null;
  return country === ourCountry ? 'ours' : 'partner';
}

/** Who undertook it, from the words before the cue, else the last person named before it. */
function whoCommitted(
  subject: { start: number; end: number; text: string },
  joint: boolean,
  lexicon: Lexicon,
  parties: Parties,
  lastPerson: Person | null,
): CommittedBy | null {
  if (lexicon.bothSides.test(subject.text)) return 'joint';
  const named = parties.people.filter((person) => person.spans.some((span) => span.start >= subject.start && span.end <= subject.end));
  const sides = new Set(named.map((person) => (parties.isOurs(person) ? 'ours' : 'partner')));
  if (sides.size === 2) return 'joint';
  if (sides.size === 1 && !(joint && named.length > 1)) return [...sides][0] as CommittedBy;
  const countries = parties.countries.filter((c) => c.start >= subject.start && c.end <= subject.end).map((c) => sideOfCountry(c.country, parties.ourCountry));
  if (new Set(countries).size === 2 && joint) return 'joint';
  if (countries[0]) return countries.at(-1)!;
  if (joint) return 'joint';
  // "The Embassy, for its part, will…": the mission's own.
  if (subjectIsOwnMission(subject.text)) return 'ours';
  const body = parties.organisations.find((org) => org.spans.some((span) => span.start >= subject.start && span.end <= subject.end));
  if (body) return sideOfCountry(body.country, parties.ourCountry) ?? 'partner';
  // "The Embassy will…": the mission's own; "the akimat", "la Farnesina": a body of the other side.
  if (isOwnMission(subject.text)) return 'ours';
  // "the Samarkand regional administration": a body named after one of the towns of a side.
  const town = parties.cities.find((c) => c.start >= subject.start && c.end <= subject.end);
  if (town) return sideOfCountry(town.country, parties.ourCountry) ?? 'partner';
  const folded = foldKeepingOffsets(subject.text);
  const subjectWords = folded.split(/[^\p{L}-]+/u);
  const head = lexicon.organisations.find((word) => new RegExp(`(?:^|[^\\p{L}])${word}(?![\\p{L}])`, 'iu').test(folded));
  // "La Regione", "Das Landesamt": the body named so before, whose side is known; else, a head word names one of the other side.
  const earlier = [...parties.organisations]
    .reverse()
    .find(
      (org) =>
        org.spans.some((span) => span.start < subject.start) &&
        (head ? ` ${org.folded} `.includes(` ${head} `) : subjectWords.includes(org.folded.split(/\s+/)[0]!)),
    );
  if (earlier) return sideOfCountry(earlier.country, parties.ourCountry) ?? 'partner';
  if (head) return 'partner';
  if (lexicon.pronouns.test(subject.text) && lastPerson) return parties.isOurs(lastPerson) ? 'ours' : 'partner';
  // "La ministre a promis de…": the person last named with that function.
  const functionWord = subjectWords.find((word) => word.length > 3 && isFunctionForm(word, lexicon));
  const holds = (person: Person) =>
    !!functionWord && person.spans.some((s) => s.start < subject.start) && !!person.title && foldKeepingOffsets(person.title).includes(functionWord);
  const holder = [...parties.present].reverse().find(holds) ?? [...parties.people].reverse().find(holds);
  if (holder) return parties.isOurs(holder) ? 'ours' : 'partner';
  // A body the reader does not know ("Les HUG", "Die Charité", "Station F") is taken for the other side's: the officer checks.
  if (/(?:^|\s)\p{Lu}{2,}(?:\s|$)/u.test(subject.text) || /\S\s+\p{Lu}/u.test(subject.text.trim())) return 'partner';
  return null;
}

const monthNames = new Map<string, { names: string[]; pattern: RegExp }>();

/** The months' names in a language, from Intl: "März", "giugno", "juin". */
function monthsOf(language: string) {
  let months = monthNames.get(language);
  if (!months) {
    const format = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
    const names = Array.from({ length: 12 }, (_, month) => foldKeepingOffsets(format.format(new Date(Date.UTC(2024, month, 1)))));
    months = { names, pattern: new RegExp(`^(?:(\\d{1,2})\\.?\\s+)?(${names.join('|')})(?:\\s+(\\d{4}))?`, 'i') };
    monthNames.set(language, months);
  }
  return months;
}

/**
 * A deadline in the action: "by 31 January 2024", "d'ici fin avril", "entro giugno", "bis Ende März".
 * A month without a day is its last day; a year left out is the first that falls after the meeting.
 * Returns where the deadline's words stand, so that a deadline at either end can leave the action's text.
 */
function dueDateOf(action: string, lexicon: Lexicon, after: string): { date: string; start: number; end: number } | null {
  const folded = foldKeepingOffsets(action);
  const due = lexicon.due.exec(folded);
  if (!due) return null;
  let at = due.index + due[0].length;
  const endOf = lexicon.endOf.exec(folded.slice(at));
  const monthEnd = !!endOf && endOf.index === 0;
  if (monthEnd) at += endOf[0].length;
  const rest = folded.slice(at);
  const months = monthsOf(lexicon.language);
  const named = months.pattern.exec(rest);
  let year: number;
  let month: number;
  let day: number | null;
  let length: number;
  if (named) {
    month = months.names.indexOf(named[2]!.toLowerCase()) + 1;
    day = named[1] ? Number(named[1]) : null;
    year = named[3] ? Number(named[3]) : Number(after.slice(0, 4));
    length = named[0].length;
    if (!named[3] && `${year}-${String(month).padStart(2, '0')}-${String(day ?? 28).padStart(2, '0')}` < after) year += 1;
  } else {
    const [found] = lexicon.chrono.parse(action.slice(at, at + 40), new Date(`${after}T12:00:00Z`), { forwardDate: true });
    if (!found || found.index > 2 || !found.start.isCertain('month')) return null;
    month = found.start.get('month')!;
    day = found.start.isCertain('day') ? found.start.get('day')! : null;
    year = found.start.get('year')!;
    length = found.index + found.text.length;
  }
  let date = `${year}-${String(month).padStart(2, '0')}-${String(day ?? 1).padStart(2, '0')}`;
  if (day === null || monthEnd) date = endOfMonth(date);
  return { date, start: due.index, end: at + length };
}

/** The text a cue is matched against: folded, or lower case where the cue needs accents. */
const cueText = (sentence: Sentence, folded: string, accented?: boolean) => (accented ? sentence.text.toLowerCase() : folded);

/** Whether someone undertakes something in the sentence: one of the language's cues is in it. */
export function undertakes(sentence: Sentence, lexicon: Lexicon): boolean {
  const folded = foldKeepingOffsets(sentence.text);
  return lexicon.commitments.some(({ cue, accented }) => cue.test(cueText(sentence, folded, accented)));
}

/**
 * Undertakings in a meeting's sentences: an action after a cue ("agreed to", "s'est engagé à",
 * "si impegna a", "vereinbarten", "zullen"), with who made it and a deadline when the text gives one.
 */
export function findCommitments(sentences: Sentence[], lexicon: Lexicon, parties: Parties, meetingDate: string): Found<Commitment>[] {
  const found: Found<Commitment>[] = [];
  let lastPerson: Person | null = null;
  for (const sentence of sentences) {
    const folded = foldKeepingOffsets(sentence.text);
    for (const { cue, joint, accented } of lexicon.commitments) {
      const match = cue.exec(cueText(sentence, folded, accented));
      if (!match) continue;
      const subjectText = sentence.text.slice(0, match.index);
      // The subject starts its clause: "Il Comune metterà a disposizione le sale, mentre l'Ambasciata si è impegnata a…".
      const contrast = [...subjectText.matchAll(contrastingClause)].at(-1);
      const clauseStart = Math.max(subjectText.lastIndexOf(';') + 1, subjectText.lastIndexOf(':') + 1, contrast ? contrast.index + contrast[0].length : 0);
      const subject = { start: sentence.start + clauseStart, end: sentence.start + match.index, text: subjectText.slice(clauseStart) };
      if (thingSubject.test(subject.text)) continue;
      if (/["“«]/.test(subjectText) && !/["”»]/.test(subjectText.slice(subjectText.search(/["“«]/) + 1))) continue; // inside a quotation
      let actionText = sentence.text.slice(match.index + match[0].length);
      const stop = actionText.search(clauseEnd);
      if (stop > 0) actionText = actionText.slice(0, stop);
      actionText = actionText.replace(/[.!?»"”\s]+$/, '');
      if (speech.test(foldKeepingOffsets(actionText))) continue;
      const subjectAndModal = modal.exec(actionText);
      if (subjectAndModal && joint) actionText = actionText.slice(subjectAndModal[0].length);
      if (actionText.split(/\s+/).length < 2) continue;
      const by = whoCommitted(subject, !!joint, lexicon, parties, lastPerson);
      if (!by) continue;
      const due = dueDateOf(actionText, lexicon, meetingDate);
      // A deadline may open the clause, before who undertakes it: "Entro fine maggio l'Ambasciata invierà…".
      const dueBefore = due ? null : dueDateOf(subject.text.trimStart(), lexicon, meetingDate);
      const dueDate = due?.date ?? (dueBefore?.start === 0 ? dueBefore.date : null);
      const start = sentence.start + match.index;
      const end = start + match[0].length + actionText.length;
      // A deadline opening or closing the action is the due date's, not the action's words.
      if (due && due.end >= actionText.length - 1) actionText = actionText.slice(0, due.start);
      else if (due && due.start === 0) actionText = actionText.slice(due.end);
      actionText = actionText.replace(/^[\s,]+|[\s,]+$/g, '');
      for (const part of actionText.split(secondInfinitive)) {
        if (part.trim().split(/\s+/).length >= 2) found.push({ value: { text: part.trim(), committedBy: by, dueDate }, spans: [{ start, end }] });
      }
      break;
    }
    const named = parties.people.filter((person) => person.spans.some((span) => span.start >= sentence.start && span.end <= sentence.end));
    if (named.length) lastPerson = named.at(-1)!;
  }
  return found;
}
