import { endOfMonth } from './dates';
import { foldKeepingOffsets } from './geography';
import type { Lexicon } from './lexicon';
import type { Organisation, Person } from './mentions';
import type { Sentence } from './text';
import type { Commitment, CommittedBy, Found } from './types';

/** Clause ends inside a sentence: an undertaking stops there. */
const clauseEnd = /;|\s[–—]\s|,\s(?:while|whereas|tandis que|mentre|wahrend|terwijl)\b/i;
/** Subjects that are things, not parties: "this will strengthen ties". */
const thingSubject = /\b(this|it|which|that|these|cela|ce qui|cio|questo|dies|das|dit|dat|wat)\s*$/i;

type Parties = { people: Person[]; isOurs: (person: Person) => boolean; organisations: Organisation[]; ourCountry: string | null; countries: { country: string; start: number; end: number }[] };

function sideOfCountry(country: string | null, ourCountry: string | null): 'ours' | 'partner' | null {
  if (!country || !ourCountry) return null;
  return country === ourCountry ? 'ours' : 'partner';
}

/** Who undertook it, from the words before the cue, else the last person named before it. */
function whoCommitted(subject: { start: number; end: number; text: string }, joint: boolean, lexicon: Lexicon, parties: Parties, lastPerson: Person | null): CommittedBy | null {
  if (lexicon.bothSides.test(subject.text)) return 'joint';
  const named = parties.people.filter((person) => person.spans.some((span) => span.start >= subject.start && span.end <= subject.end));
  const sides = new Set(named.map((person) => (parties.isOurs(person) ? 'ours' : 'partner')));
  if (sides.size === 2) return 'joint';
  if (sides.size === 1 && !(joint && named.length > 1)) return [...sides][0] as CommittedBy;
  const countries = parties.countries.filter((c) => c.start >= subject.start && c.end <= subject.end).map((c) => sideOfCountry(c.country, parties.ourCountry));
  if (new Set(countries).size === 2 && joint) return 'joint';
  if (countries[0]) return countries.at(-1)!;
  if (joint) return 'joint';
  const body = parties.organisations.find((org) => org.spans.some((span) => span.start >= subject.start && span.end <= subject.end));
  if (body) return sideOfCountry(body.country, parties.ourCountry) ?? 'partner';
  if (lexicon.pronouns.test(subject.text) && lastPerson) return parties.isOurs(lastPerson) ? 'ours' : 'partner';
  return null;
}

function dueDateOf(action: string, lexicon: Lexicon, after: string): { date: string; cut: number } | null {
  const due = lexicon.due.exec(action);
  if (!due) return null;
  const rest = action.slice(due.index + due[0].length);
  const endOf = lexicon.endOf.exec(rest);
  const phrase = endOf && endOf.index === 0 ? rest.slice(endOf[0].length) : rest;
  const [found] = lexicon.chrono.parse(phrase.slice(0, 40), new Date(`${after}T12:00:00Z`), { forwardDate: true });
  if (!found || found.index > 2 || !found.start.isCertain('month')) return null;
  const month = found.start.get('month')!;
  let year = found.start.isCertain('year') ? found.start.get('year')! : Number(after.slice(0, 4));
  const day = found.start.get('day') ?? 1;
  let date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!found.start.isCertain('year') && date < after) {
    year += 1;
    date = `${year}${date.slice(4)}`;
  }
  if (!found.start.isCertain('day') || (endOf && endOf.index === 0)) date = endOfMonth(date);
  return { date, cut: due.index };
}

/**
 * Undertakings in a meeting's sentences: an action after a cue ("agreed to", "s'est engagé à",
 * "si impegna a", "vereinbarten", "zullen"), with who made it and a deadline when the text gives one.
 */
export function findCommitments(sentences: Sentence[], lexicon: Lexicon, parties: Parties, meetingDate: string | null): Found<Commitment>[] {
  const found: Found<Commitment>[] = [];
  let lastPerson: Person | null = null;
  for (const sentence of sentences) {
    const folded = foldKeepingOffsets(sentence.text);
    for (const { cue, joint } of lexicon.commitments) {
      const match = cue.exec(folded);
      if (!match) continue;
      const subjectText = sentence.text.slice(0, match.index);
      const clauseStart = Math.max(subjectText.lastIndexOf(';'), subjectText.lastIndexOf(':')) + 1;
      const subject = { start: sentence.start + clauseStart, end: sentence.start + match.index, text: subjectText.slice(clauseStart) };
      if (thingSubject.test(subject.text)) continue;
      if (/["“«]/.test(subjectText) && !/["”»]/.test(subjectText.slice(subjectText.search(/["“«]/) + 1))) continue; // inside a quotation
      let actionText = sentence.text.slice(match.index + match[0].length);
      const stop = actionText.search(clauseEnd);
      if (stop > 0) actionText = actionText.slice(0, stop);
      actionText = actionText.replace(/[.!?»"”\s]+$/, '');
      if (actionText.split(/\s+/).length < 2) continue;
      const by = whoCommitted(subject, !!joint, lexicon, parties, lastPerson);
      if (!by) continue;
      const due = dueDateOf(actionText, lexicon, meetingDate ?? new Date().toISOString().slice(0, 10));
      const start = sentence.start + match.index;
      found.push({ value: { text: actionText, committedBy: by, dueDate: due?.date ?? null }, spans: [{ start, end: start + match[0].length + actionText.length }] });
      break;
    }
    const named = parties.people.filter((person) => person.spans.some((span) => span.start >= sentence.start && span.end <= sentence.end));
    if (named.length) lastPerson = named.at(-1)!;
  }
  return found;
}
