import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../lib/locale';

type Catalogue = { [key: string]: string | Catalogue };
const read = (locale: string) => JSON.parse(fs.readFileSync(path.join(__dirname, `${locale}.json`), 'utf8')) as Catalogue;

/** Every message as "namespace.key" → text. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') entries.set(`${prefix}${key}`, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) entries.set(inner, text);
  }
  return entries;
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort();

const catalogues = Object.fromEntries(locales.map((locale) => [locale, flatten(read(locale))]));

describe('the message catalogues', () => {
  it('have the same keys in every language, none empty', () => {
    const english = [...catalogues.en!.keys()].sort();
    for (const locale of locales) {
      expect([...catalogues[locale]!.keys()].sort(), locale).toEqual(english);
      for (const [key, text] of catalogues[locale]!) expect(text.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('give each message the same placeholders in every language', () => {
    for (const [key, english] of catalogues.en!) {
      for (const locale of locales) expect(placeholders(catalogues[locale]!.get(key)!), `${locale} ${key}`).toEqual(placeholders(english));
    }
  });

  it('keep to the glossary in French: one word for one thing', () => {
    const rows = fs
      .readFileSync(path.join(__dirname, 'glossary.md'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('|') && !/^\|\s*(English|-)/.test(line))
      .map((line) => line.split('|').map((cell) => cell.trim()));
    expect(rows.length).toBeGreaterThan(10);
    const errors = Object.values(JSON.parse(fs.readFileSync(path.join(__dirname, 'errors.fr.json'), 'utf8')) as Record<string, string>);
    const french = [...catalogues.fr!.values(), ...errors].join('\n').toLowerCase();
    for (const [, english, , not] of rows) {
      for (const banned of not!.split(',').map((word) => word.trim().toLowerCase())) {
        expect(french, `"${banned}" is not how the glossary says "${english}"`).not.toMatch(
          new RegExp(`(^|[^\\p{L}])${banned.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u'),
        );
      }
    }
  });
});

describe('counts in sentences', () => {
  it('say one follow-up, not "1 open follow-ups", in both languages', async () => {
    const { createTranslator } = await import('next-intl');
    const summary = { overdue: 0, dueSoon: 0, lastMeeting: '—', date: '7 December 2026' };
    for (const [locale, one, many] of [
      ['en', '1 open follow-up,', '2 open follow-ups,'],
      ['fr', '1 suivi en cours,', '2 suivis en cours,'],
    ] as const) {
      const t = createTranslator({ locale, messages: read(locale) as never, namespace: 'country' as never }) as unknown as (
        key: string,
        values: object,
      ) => string;
      expect(t('summary', { ...summary, open: 1 })).toMatch(new RegExp(`^${one}`));
      expect(t('summary', { ...summary, open: 2 })).toMatch(new RegExp(`^${many}`));
    }
  });
});
