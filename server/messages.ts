import 'server-only';
import * as englishStrength from '@zxcvbn-ts/language-en';
import * as frenchStrength from '@zxcvbn-ts/language-fr';
import french from '../messages/errors.fr.json';
import type { Locale } from '../lib/locale';

/**
 * Validation and refusal messages in the reader's language. They are written in English where the
 * rule is (lib/schemas, db/, server/) and that sentence is their id, as in gettext: a translation
 * file per language maps each one, its `{placeholders}` standing for the names, numbers and dates
 * the code puts in. messages/errors.test.ts fails when a sentence of the code has no translation.
 */
type Pattern = { test: RegExp; names: string[]; translated: string };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(table: Record<string, string>): { exact: Map<string, string>; patterns: Pattern[] } {
  const exact = new Map<string, string>();
  const patterns: Pattern[] = [];
  for (const [english, translated] of Object.entries(table)) {
    const parts = english.split(/\{(\w+)\}/);
    if (parts.length === 1) {
      exact.set(english, translated);
      continue;
    }
    const names = parts.filter((_, index) => index % 2 === 1);
    const test = new RegExp(`^${parts.map((part, index) => (index % 2 ? '(.+?)' : escape(part))).join('')}$`, 's');
    patterns.push({ test, names, translated });
  }
  // The most literal text first: "Too many failed codes. …" before "{label} …".
  patterns.sort((a, b) => b.test.source.replace(/\(\.\+\?\)/g, '').length - a.test.source.replace(/\(\.\+\?\)/g, '').length);
  return { exact, patterns };
}

// zxcvbn's warnings, quoted in a weak password's message, come translated by its own language packs.
const strengthWarnings = Object.fromEntries(
  Object.entries(englishStrength.translations.warnings).map(([key, text]) => [
    text.replace(/\.?$/, '.'),
    (frenchStrength.translations.warnings as Record<string, string>)[key]!.replace(/\.?$/, '.'),
  ]),
);

const tables: Partial<Record<Locale, ReturnType<typeof compile>>> = { fr: compile({ ...strengthWarnings, ...french }) };

/**
 * `message` in `locale`. The values a pattern captures are translated in turn (a field's label,
 * "about 2 minutes") and whole numbers written the language's way; a message with no translation
 * stays as written rather than half translated.
 */
export function translateMessage(message: string, locale: Locale): string {
  const table = tables[locale];
  if (!table) return message;
  const exact = table.exact.get(message);
  if (exact !== undefined) return exact;
  for (const { test, names, translated } of table.patterns) {
    const match = test.exec(message);
    if (!match) continue;
    const values = Object.fromEntries(names.map((name, index) => [name, translateValue(match[index + 1]!, locale)]));
    return translated.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  }
  return message;
}

// A language the readout reader names ("This text seems to be in German"), in every language of ours.
const languageNames = (() => {
  const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const codes = [...letters].flatMap((first) => [...letters].map((second) => first + second)).filter((code) => english.of(code));
  return Object.fromEntries(
    (['fr'] as const).map((locale) => {
      const names = new Intl.DisplayNames([locale], { type: 'language' });
      return [locale, new Map(codes.map((code) => [english.of(code)!, names.of(code)!]))];
    }),
  ) as Partial<Record<Locale, Map<string, string>>>;
})();

function translateValue(value: string, locale: Locale): string {
  if (/^\d{1,3}(,\d{3})*$/.test(value)) return Number(value.replaceAll(',', '')).toLocaleString(locale);
  return languageNames[locale]?.get(value) ?? translateMessage(value, locale);
}

/** Each message of a form's field errors, translated. */
export function translateFieldErrors(
  fieldErrors: Record<string, string[] | undefined> | undefined,
  locale: Locale,
): Record<string, string[] | undefined> | undefined {
  if (!fieldErrors || locale === 'en') return fieldErrors;
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, messages]) => [field, messages?.map((text) => translateMessage(text, locale))]));
}
