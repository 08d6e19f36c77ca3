/**
 * Name matching that tolerates how counterparts' names drift between sources: accents dropped
 * (Erpelding / Érpelding), doubled letters (Vassilenko / Vasilenko), C for K (Cooreman / Kooreman),
 * QU for KW (Quarsbrand / Kwarsbrand). Each word becomes a phonetic key; a contact stores the keys
 * of its name and alternative spellings. Changing phoneticKey changes stored keys: the server
 * recomputes them at start (db/contact-search-keys.ts).
 */

/** Alphabetical order as an English reader expects; one collator, since `localeCompare(b, 'en')` sets one up on every call. */
export const byEnglishName = new Intl.Collator('en').compare;

const specialLetters: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower case without accents: "Érpelding" → "erpelding". */
export function foldAccents(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => specialLetters[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

/** The words of a name, folded: "Jean-Claude O'Neill" → ["jean", "claude", "o", "neill"]. */
export function nameWords(text: string): string[] {
  return foldAccents(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A spelling-tolerant key for one folded word. */
export function phoneticKey(word: string): string {
  return (
    word
      // QU as KW, the Dutch and English sound, before Q alone becomes K; French "Jacques" still
      // matches itself, and "Kuipers" keeps its vowel.
      .replace(/qu/g, 'kw')
      .replace(/ph/g, 'f')
      .replace(/th/g, 't')
      .replace(/ck/g, 'k')
      .replace(/c(?=[eiy])/g, 's')
      .replace(/[cq]/g, 'k')
      .replace(/x/g, 'ks')
      .replace(/w/g, 'v')
      .replace(/y/g, 'i')
      .replace(/(.)\1+/g, '$1')
  );
}

/**
 * What a contact is searched by: " key1 key2 … " over its name and alternative spellings, with
 * spaces around every key so that a search can match the start of any word.
 */
export function nameSearchKey(...names: (string | null | undefined)[]): string {
  const keys = new Set(names.flatMap((name) => nameWords(name ?? '').map(phoneticKey)));
  return keys.size ? ` ${[...keys].join(' ')} ` : '';
}

/**
 * The full-text query (FTS5, table contacts_search) a key must match: every word of the query, as
 * the start of some word of the key. Words hold only letters and digits, so nothing typed can act
 * as FTS syntax. Undefined when the query has no word.
 */
export function nameSearchMatch(query: string): string | undefined {
  const words = nameSearchTerms(query, Infinity);
  return words.length ? words.join(' AND ') : undefined;
}

/**
 * Each word of a query as its own FTS5 prefix term, for a look-up where the words may belong to
 * different people ("Cooreman Vassilenko", "Cooreman, Vassilenko"): the caller ranks contacts by
 * how many terms they match. At most `max` words, so a pasted paragraph stays one cheap query.
 */
export function nameSearchTerms(query: string, max = 8): string[] {
  const words = [...new Set(nameWords(query).map(phoneticKey))].slice(0, max);
  return words.map((word) => `"${word}"*`);
}

/** Words that name no organisation on their own: "Chambre de Commerce" is alike "Chambre du Commerce". */
const fillerWords = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'for',
  'de',
  'du',
  'des',
  'd',
  'la',
  'le',
  'les',
  'l',
  'et',
  'pour',
  'van',
  'von',
  'der',
  'den',
  'het',
  'voor',
  'und',
  'fur',
  'del',
  'della',
  'di',
  'da',
  'e',
  'y',
  'en',
]);

/** The keys of a name's meaningful words, from its folded form (organisations store theirs folded). */
function meaningfulKeys(folded: string): string[] {
  let keys = keysOfFolded.get(folded);
  if (!keys) {
    keys = folded
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word && !fillerWords.has(word))
      .map(phoneticKey);
    // Every look-up compares with every organisation: their keys are worked out once per process.
    if (keysOfFolded.size >= 100_000) keysOfFolded.clear();
    keysOfFolded.set(folded, keys);
  }
  return keys;
}
const keysOfFolded = new Map<string, string[]>();

/** Edits (insert, delete, change a letter) from one word to the other, or `limit` + 1 once surely more. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Uint16Array.from({ length: b.length + 1 }, (_, index) => index);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const edits = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      current[j] = edits;
      if (edits < rowBest) rowBest = edits;
    }
    if (rowBest > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** The same word, or the start of it as typed so far. */
function sameWord(typed: string, stored: string): boolean {
  return typed === stored || (typed.length >= 3 && stored.startsWith(typed));
}

/** A typed word that may be a misspelling of a stored one: one slip per five letters. */
function wordsAlike(typed: string, stored: string): boolean {
  if (sameWord(typed, stored)) return true;
  const slips = Math.floor(Math.max(typed.length, stored.length) / 5);
  return slips > 0 && editDistance(typed, stored, slips) <= slips;
}

/**
 * Whether an organisation name, typed, is probably one already recorded, misspelt or shortened:
 * every meaningful word typed is alike a word of the recorded name, and they make up at least half
 * of its words. "Chambre de Comerce Luxembourg" is "Chambre de Commerce de Luxembourg"; "Ministry"
 * alone is not every "Ministry of …", nor is "Chamber of Commerce Ghent" the one of Bruges.
 * Returns the test for recorded names already folded (foldAccents), to run over a whole list.
 */
export function nearDuplicatesOf(typed: string): (recordedFolded: string) => boolean {
  const typedKeys = meaningfulKeys(foldAccents(typed));
  return (recordedFolded) => {
    if (typedKeys.length === 0) return false;
    const recordedKeys = meaningfulKeys(recordedFolded);
    if (typedKeys.length * 2 < recordedKeys.length) return false;
    // A misspelt name still spells some word right: that cheap test rules out most of a long list.
    if (!typedKeys.some((typedKey) => recordedKeys.some((recordedKey) => sameWord(typedKey, recordedKey)))) return false;
    return typedKeys.every((typedKey) => recordedKeys.some((recordedKey) => wordsAlike(typedKey, recordedKey)));
  };
}

/** Case, spacing and punctuation aside: "Max  KREMER" is "Max Kremer", "Érpelding" is not "Erpelding". */
function sameLetters(a: string, b: string): boolean {
  const plain = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .join(' ');
  return plain(a) === plain(b) && plain(a) !== '';
}

export type NameLikeness = 'identical' | 'alike' | 'within';

/**
 * How a name found in a text (a readout) compares with one recorded: `identical` (the same but for
 * case and spacing), `alike` (the same words by their spelling-tolerant keys: Cooreman / Kooreman,
 * Érpelding / Erpelding), `within` (the words of the shorter name, at least two, are all among the
 * other's: "Jean Claude Juncker" / "Jean-Claude Juncker" / "Claude Juncker"), or null.
 */
export function nameLikeness(found: string, recorded: string): NameLikeness | null {
  if (sameLetters(found, recorded)) return 'identical';
  const foundKeys = new Set(nameWords(found).map(phoneticKey));
  const recordedKeys = new Set(nameWords(recorded).map(phoneticKey));
  if (foundKeys.size === 0 || recordedKeys.size === 0) return null;
  const [shorter, longer] = foundKeys.size <= recordedKeys.size ? [foundKeys, recordedKeys] : [recordedKeys, foundKeys];
  if (![...shorter].every((key) => longer.has(key))) return null;
  if (shorter.size === longer.size) return 'alike';
  return shorter.size >= 2 ? 'within' : null;
}
