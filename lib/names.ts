/**
 * Name matching that tolerates how counterparts' names drift between sources: accents dropped
 * (Erpelding / Érpelding), doubled letters (Vassilenko / Vasilenko), C for K (Cooreman / Kooreman).
 * Each word becomes a phonetic key; a contact stores the keys of its name and alternative spellings.
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
  return word
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
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
  const words = nameWords(query).map(phoneticKey);
  return words.length ? words.map((word) => `"${word}"*`).join(' AND ') : undefined;
}
