import { foldAccents, nameWords, phoneticKey } from '../names';
import { findKnownBodies } from './geography';
import { readoutLanguages, type ReadoutJson } from './types';

/**
 * Scoring the reader's proposals against the gold labels (lib/readouts/corpus/README.md). Pure, so
 * the evaluation script and the F1 floors in eval.test.ts count exactly alike. Values are compared
 * with the tolerance an officer would have: a name spelt another way is the same person, a title
 * or commitment worded a little differently is the same one.
 */

/** `meetings` (how meetings were told apart) and `sides` are reported, not held to a floor. */
export const scoredFields = [
  'meetings',
  'dates',
  'places',
  'partnerCountries',
  'counterparts',
  'titles',
  'organisations',
  'areas',
  'commitments',
  'whoCommitted',
  'sides',
] as const;
export type ScoredField = (typeof scoredFields)[number];

export type Counts = { tp: number; fp: number; fn: number };
export type FieldCounts = Record<ScoredField, Counts>;

/** Null when undefined: no precision without a proposal, no recall without a gold value, no F1 without either. */
export type Metrics = Counts & { precision: number | null; recall: number | null; f1: number | null };

export type ReadoutScore = {
  /** The gold label's language: the column the readout is counted in. */
  language: string | null;
  counts: FieldCounts;
  /** Aligned meetings as [predicted index, gold index], in gold order. */
  meetingPairs: [number, number][];
};

type Meeting = ReadoutJson['meetings'][number];

const noMeeting: Meeting = { startDate: null, endDate: null, places: [], partnerCountries: [], counterparts: [], organisations: [], areas: [], followUps: [] };

/**
 * One-to-one pairs by a similarity, best pair first; only pairs with a positive similarity. Ties
 * go to the pair closest in order, since texts and labels list meetings and people alike.
 */
export function pairUp<P, G>(predicted: readonly P[], gold: readonly G[], similarity: (p: P, g: G) => number) {
  const candidates: { p: number; g: number; score: number }[] = [];
  predicted.forEach((p, pi) =>
    gold.forEach((g, gi) => {
      const score = similarity(p, g);
      if (score > 0) candidates.push({ p: pi, g: gi, score });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || Math.abs(a.p - a.g) - Math.abs(b.p - b.g) || a.g - b.g || a.p - b.p);
  const takenP = new Set<number>();
  const takenG = new Set<number>();
  const pairs: [number, number][] = [];
  for (const { p, g } of candidates) {
    if (takenP.has(p) || takenG.has(g)) continue;
    takenP.add(p);
    takenG.add(g);
    pairs.push([p, g]);
  }
  pairs.sort((a, b) => a[1] - b[1]);
  return {
    pairs,
    unpairedPredicted: predicted.map((_, index) => index).filter((index) => !takenP.has(index)),
    unpairedGold: gold.map((_, index) => index).filter((index) => !takenG.has(index)),
  };
}

// ---------------------------------------------------------------------------------------------
// What counts as the same value

/** Short words that carry no meaning of their own in the five languages, folded ("à" is "a"). */
const functionWords = new Set([
  // English
  'a',
  'an',
  'the',
  'of',
  'and',
  'for',
  'to',
  'in',
  'on',
  'at',
  'with',
  'by',
  // French
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'd',
  'et',
  'au',
  'aux',
  'pour',
  'en',
  'un',
  'une',
  'sur',
  // Italian
  'di',
  'del',
  'dello',
  'della',
  'dei',
  'degli',
  'delle',
  'e',
  'ed',
  'il',
  'lo',
  'i',
  'gli',
  'al',
  'alla',
  'allo',
  'ai',
  'agli',
  'alle',
  'per',
  'da',
  'dal',
  'dalla',
  'nel',
  'nella',
  'una',
  'uno',
  // German
  'der',
  'die',
  'das',
  'dem',
  'den',
  'und',
  'fur',
  'von',
  'vom',
  'zu',
  'zum',
  'zur',
  'im',
  'ein',
  'eine',
  'einer',
  'eines',
  // Dutch
  'van',
  'het',
  'een',
  'voor',
  'op',
  'te',
  'ter',
]);

/** The meaningful words of a title, an organisation or a commitment, folded. */
export function contentWords(text: string): Set<string> {
  return new Set(nameWords(text).filter((word) => !functionWords.has(word)));
}

function shared(a: Set<string>, b: Set<string>): number {
  let count = 0;
  for (const word of a) if (b.has(word)) count++;
  return count;
}

/** Jaccard similarity of the content words; texts of function words alone compare whole. */
export function wordJaccard(a: string, b: string): number {
  const wordsA = contentWords(a);
  const wordsB = contentWords(b);
  if (wordsA.size === 0 || wordsB.size === 0) return foldAccents(a).trim() === foldAccents(b).trim() ? 1 : 0;
  const common = shared(wordsA, wordsB);
  return common / (wordsA.size + wordsB.size - common);
}

/**
 * How alike two names of people are, 0 when not the same person: the phonetic keys (lib/names) of
 * all words of the shorter name are among those of the longer ("Vassilenko" is "Roman Vasilenko";
 * an initial stands for a word starting with it, beside one whole word). More words matched rank
 * higher when pairing.
 */
export function nameSimilarity(a: string, b: string): number {
  const keysA = nameWords(a).map(phoneticKey);
  const keysB = nameWords(b).map(phoneticKey);
  const [shorter, longer] = keysA.length <= keysB.length ? [keysA, keysB] : [keysB, keysA];
  if (shorter.length === 0) return 0;
  const initialOf = (initial: string, word: string) => initial.length === 1 && word.startsWith(initial);
  const matches = shorter.every((key) => longer.some((other) => other === key || initialOf(key, other) || initialOf(other, key)));
  // Initials alone ("A." for "Anna") name nobody: one whole word must match too.
  const wholeWord = shorter.some((key) => key.length > 1 && longer.includes(key));
  return matches && wholeWord ? shorter.length : 0;
}

/** An acronym, in capitals or with two of them at least: "BECI", "Cc-Ti", "MoTAI". */
const acronym = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{L}\d&.-]{1,9}$/u;

/** The acronyms a name is given as: the whole name ("BECI") or one in brackets ("… (BECI)", "… (Cc-Ti)"). */
function acronymsGiven(name: string): string[] {
  const whole = name.trim().replace(/^the\s+/i, '');
  const found = acronym.test(whole) ? [whole] : [];
  for (const match of name.matchAll(/\(([^()\s]+)\)/gu)) if (acronym.test(match[1]!)) found.push(match[1]!);
  return found.map((acronym) => foldAccents(acronym).replace(/[^\p{L}\d]/gu, '')).filter((acronym) => acronym.length >= 2);
}

/** Initials of a name's words, with and without function words ("CCI" for "Chambre de Commerce et d'Industrie"). */
function initialsOf(name: string): string[] {
  const words = nameWords(name.replace(/\([^)]*\)/g, ' '));
  if (words.length < 2) return [];
  const content = words.filter((word) => !functionWords.has(word));
  return [content, words].map((list) => list.map((word) => word[0]).join(''));
}

/** The well-known body a name is one of the names of, whole: "Farnesina" and "MAECI" are one ministry. */
function knownBody(name: string): string | undefined {
  const whole = name.trim();
  return findKnownBodies(whole).find((body) => body.start === 0 && body.end === whole.length)?.body;
}

/**
 * How alike two organisations are, 0 when not the same body: content-word Jaccard ≥ 0.5, one's acronym is the other's, or
 * both are names of one well-known body.
 */
export function organisationSimilarity(a: string, b: string): number {
  const jaccard = wordJaccard(a, b);
  if (jaccard >= 0.5) return jaccard;
  const known = knownBody(a);
  if (known && known === knownBody(b)) return 1;
  const givenA = acronymsGiven(a);
  const givenB = acronymsGiven(b);
  const aStandsForB = givenA.some((acronym) => givenB.includes(acronym) || initialsOf(b).includes(acronym));
  const bStandsForA = givenB.some((acronym) => initialsOf(a).includes(acronym));
  return aStandsForB || bStandsForA ? 0.5 : 0;
}

/** Titles are the same when their content words mostly are. */
export function titlesAlike(a: string, b: string): boolean {
  return wordJaccard(a, b) >= 0.5;
}

/**
 * How alike two commitments are, 0 when not the same: the shared content words make up at least
 * half of each one's, so neither a fragment nor a run-on sentence passes for the action.
 */
export function commitmentSimilarity(a: string, b: string): number {
  const wordsA = contentWords(a);
  const wordsB = contentWords(b);
  if (wordsA.size === 0 || wordsB.size === 0) return 0;
  const common = shared(wordsA, wordsB);
  const covered = Math.min(common / wordsA.size, common / wordsB.size);
  return common > 0 && covered >= 0.5 ? covered : 0;
}

/** How alike two meetings are, for aligning them: the people and bodies they share, and their day. */
export function meetingSimilarity(p: Meeting, g: Meeting): number {
  const people = pairUp(p.counterparts, g.counterparts, (x, y) => nameSimilarity(x.name, y.name)).pairs.length;
  const bodies = pairUp(p.organisations, g.organisations, organisationSimilarity).pairs.length;
  const day = p.startDate !== null && p.startDate === g.startDate ? 1 : 0;
  return people + bodies + day;
}

// ---------------------------------------------------------------------------------------------
// Counting

export function emptyCounts(): FieldCounts {
  return Object.fromEntries(scoredFields.map((field) => [field, { tp: 0, fp: 0, fn: 0 }])) as FieldCounts;
}

/** Pairs the values and counts the pairs as found, the rest as wrong or missed. */
function countPaired<P, G>(counts: Counts, predicted: readonly P[], gold: readonly G[], similarity: (p: P, g: G) => number) {
  const result = pairUp(predicted, gold, similarity);
  counts.tp += result.pairs.length;
  counts.fp += result.unpairedPredicted.length;
  counts.fn += result.unpairedGold.length;
  return result;
}

/** A value that is right or not: a wrong one is both a false positive and a miss. */
function countEqual<T>(counts: Counts, predicted: T | null, gold: T | null, same: (p: T, g: T) => boolean) {
  if (predicted !== null && gold !== null && same(predicted, gold)) counts.tp++;
  else {
    if (predicted !== null) counts.fp++;
    if (gold !== null) counts.fn++;
  }
}

/** Adds one aligned pair of meetings to the counts; an unaligned meeting is paired with no meeting. */
function scoreMeeting(counts: FieldCounts, p: Meeting, g: Meeting) {
  countEqual(counts.dates, p.startDate, g.startDate, (x, y) => x === y);
  countEqual(counts.dates, p.endDate, g.endDate, (x, y) => x === y);
  countPaired(counts.places, p.places, g.places, (x, y) => (x.country === y.country && foldAccents(x.city).trim() === foldAccents(y.city).trim() ? 1 : 0));
  // Countries and areas are sets: a value proposed twice is not two values.
  countPaired(counts.partnerCountries, [...new Set(p.partnerCountries)], [...new Set(g.partnerCountries)], (x, y) => (x === y ? 1 : 0));
  countPaired(counts.organisations, p.organisations, g.organisations, organisationSimilarity);
  countPaired(counts.areas, [...new Set(p.areas)], [...new Set(g.areas)], (x, y) => (x === y ? 1 : 0));

  const people = countPaired(counts.counterparts, p.counterparts, g.counterparts, (x, y) => nameSimilarity(x.name, y.name));
  for (const [pi, gi] of people.pairs) {
    const [predicted, gold] = [p.counterparts[pi]!, g.counterparts[gi]!];
    countEqual(counts.titles, predicted.title, gold.title, titlesAlike);
    countEqual(counts.sides, predicted.side, gold.side, (x, y) => x === y);
  }
  for (const pi of people.unpairedPredicted) if (p.counterparts[pi]!.title !== null) counts.titles.fp++;
  for (const gi of people.unpairedGold) if (g.counterparts[gi]!.title !== null) counts.titles.fn++;

  // Among equally worded commitments, the one by the same side pairs first.
  const commitments = countPaired(counts.commitments, p.followUps, g.followUps, (x, y) => {
    const similarity = commitmentSimilarity(x.text, y.text);
    return similarity && similarity + (x.committedBy === y.committedBy ? 1e-6 : 0);
  });
  for (const [pi, gi] of commitments.pairs) countEqual(counts.whoCommitted, p.followUps[pi]!.committedBy, g.followUps[gi]!.committedBy, (x, y) => x === y);
  counts.whoCommitted.fp += commitments.unpairedPredicted.length;
  counts.whoCommitted.fn += commitments.unpairedGold.length;
}

/** Scores one readout: meetings aligned best pair first, each field counted over them. */
export function scoreReadout(predicted: ReadoutJson, gold: ReadoutJson): ReadoutScore {
  const counts = emptyCounts();
  const meetings = countPaired(counts.meetings, predicted.meetings, gold.meetings, meetingSimilarity);
  for (const [pi, gi] of meetings.pairs) scoreMeeting(counts, predicted.meetings[pi]!, gold.meetings[gi]!);
  // A meeting not aligned counts all its values as wrong (proposed) or missed (gold).
  for (const pi of meetings.unpairedPredicted) scoreMeeting(counts, predicted.meetings[pi]!, noMeeting);
  for (const gi of meetings.unpairedGold) scoreMeeting(counts, noMeeting, gold.meetings[gi]!);
  return { language: gold.language, counts, meetingPairs: meetings.pairs };
}

// ---------------------------------------------------------------------------------------------
// Summing up

export function metricsOf({ tp, fp, fn }: Counts): Metrics {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp ? tp / (tp + fp) : null,
    recall: tp + fn ? tp / (tp + fn) : null,
    f1: tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : null,
  };
}

export type Summary = {
  /** The languages present, in the usual order, then `overall`. */
  columns: string[];
  readouts: Record<string, number>;
  /** Gold and proposed meetings per column. */
  meetings: Record<string, { gold: number; predicted: number }>;
  fields: Record<ScoredField, Record<string, Metrics>>;
};

const overall = 'overall';

/** Micro-averages: counts are summed per language and overall before dividing. */
export function summarise(results: readonly ReadoutScore[]): Summary {
  const languageOf = (result: ReadoutScore) => result.language ?? 'other';
  const present = new Set(results.map(languageOf));
  const columns = [
    ...readoutLanguages.filter((language) => present.has(language)),
    ...[...present].filter((language) => !(readoutLanguages as readonly string[]).includes(language)).sort(),
    overall,
  ];
  const sums = Object.fromEntries(columns.map((column) => [column, emptyCounts()]));
  const readouts = Object.fromEntries(columns.map((column) => [column, 0]));
  const meetings = Object.fromEntries(columns.map((column) => [column, { gold: 0, predicted: 0 }]));
  for (const result of results) {
    for (const column of [languageOf(result), overall]) {
      readouts[column]!++;
      const { tp, fp, fn } = result.counts.meetings;
      meetings[column]!.gold += tp + fn;
      meetings[column]!.predicted += tp + fp;
      for (const field of scoredFields) {
        const sum = sums[column]![field];
        sum.tp += result.counts[field].tp;
        sum.fp += result.counts[field].fp;
        sum.fn += result.counts[field].fn;
      }
    }
  }
  const fields = Object.fromEntries(
    scoredFields.map((field) => [field, Object.fromEntries(columns.map((column) => [column, metricsOf(sums[column]![field])]))]),
  ) as Summary['fields'];
  return { columns, readouts, meetings, fields };
}

/** The summary as a plain-text table: a row per field, "precision recall F1" per column. */
export function formatSummary(summary: Summary): string {
  const number = (value: number | null) => (value === null ? '   –' : value.toFixed(2));
  const width = 16;
  const row = (label: string, cells: string[]) =>
    label.padEnd(18) +
    cells
      .map((cell) => cell.padEnd(width))
      .join('')
      .trimEnd();
  return [
    row('', summary.columns),
    row(
      'readouts',
      summary.columns.map((column) => String(summary.readouts[column])),
    ),
    row(
      'meetings gold/got',
      summary.columns.map((column) => `${summary.meetings[column]!.gold}/${summary.meetings[column]!.predicted}`),
    ),
    row(
      '',
      summary.columns.map(() => '   P    R   F1'),
    ),
    ...scoredFields.map((field) =>
      row(
        field,
        summary.columns.map((column) => {
          const metrics = summary.fields[field][column]!;
          return [metrics.precision, metrics.recall, metrics.f1].map(number).join(' ');
        }),
      ),
    ),
  ].join('\n');
}
