import { foldKeepingOffsets } from './geography';
import type { Lexicon } from './lexicon';
import type { Sentence } from './text';
import type { Found, ProposedArea, Span } from './types';

/**
 * The mission's cooperation areas a meeting touched: the language's stems for the default areas,
 * and for an area the mission added itself, the words of its own name. Agreed when the sentence
 * says so, discussed otherwise. Words inside a body's name ("Chamber of Commerce") do not count.
 */
export function findAreas(sentences: Sentence[], lexicon: Lexicon, areaNames: string[], skip: Span[]): Found<ProposedArea>[] {
  const found = new Map<string, Found<ProposedArea>>();
  for (const name of areaNames) {
    const stems = lexicon.areas[name] ?? ownWords(name);
    const loose: Span[] = [];
    for (const sentence of sentences) {
      const folded = foldKeepingOffsets(sentence.text);
      // What the sentence says was talked about or agreed counts at once; a word elsewhere in the story only if it comes back.
      const topical = lexicon.topics.test(folded) || lexicon.agreement.test(folded);
      for (const stem of stems) {
        for (const match of folded.matchAll(stemPattern(stem))) {
          const start = sentence.start + match.index;
          // The whole word, not the stem: "Exportation", not "Export".
          let end = start + match[0].length;
          while (/\p{L}/u.test(sentence.text[end - sentence.start] ?? '')) end++;
          const span = { start, end };
          if (skip.some((s) => s.start <= span.start && span.end <= s.end)) continue;
          if (!topical) {
            loose.push(span);
            continue;
          }
          const agreed = lexicon.agreement.test(folded);
          const entry = found.get(name) ?? { value: { name, outcome: 'discussed' as const }, spans: [] };
          if (agreed) entry.value = { name, outcome: 'agreed' };
          entry.spans.push(span);
          found.set(name, entry);
        }
      }
    }
    if (loose.length >= 2) {
      const entry = found.get(name) ?? { value: { name, outcome: 'discussed' as const }, spans: [] };
      entry.spans.push(...loose);
      found.set(name, entry);
    }
  }
  return [...found.values()];
}

function ownWords(name: string): string[] {
  return foldKeepingOffsets(name)
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 4 && !['and', 'with', 'from', 'affairs'].includes(word))
    .map((word) => (word.length > 6 ? word.slice(0, word.length - 2) : word));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const stemPatterns = new Map<string, RegExp>();
/**
 * A stem at the start of a word, compiled once; a stem marked "*" anywhere in one, for the parts of
 * German and Dutch compounds ("*vervoer" in "personenvervoer"). Folded text keeps "ß", so "ss" matches it.
 */
function stemPattern(stem: string): RegExp {
  let pattern = stemPatterns.get(stem);
  if (!pattern) {
    const inCompounds = stem.startsWith('*');
    const body = escape(stem.replace(/^\*/, '')).replace(/ss/g, '(?:ss|ß)');
    stemPatterns.set(stem, (pattern = new RegExp(inCompounds ? body : `(?<![\\p{L}])${body}`, 'gu')));
  }
  return pattern;
}
