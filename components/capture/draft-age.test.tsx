import fs from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

vi.mock('@/server/format', () => ({}));
const { draftAge } = await import('./draft-age');

const wordsOf = (locale: 'en' | 'fr') => JSON.parse(fs.readFileSync(path.join(__dirname, `../../messages/${locale}.json`), 'utf8')).common.draftAge;
const render = (at: Date, locale: 'en' | 'fr' = 'en') => renderToStaticMarkup(<>{draftAge(at, locale, wordsOf(locale))}</>);

const ago = (ms: number) => new Date(Date.now() - ms);
const DAY = 86_400_000;

describe('a draft’s age on home', () => {
  it('reads as minutes, hours, then a date', () => {
    expect(render(ago(5 * 60_000))).toContain('5 minutes ago');
    expect(render(ago(3 * 3_600_000))).toContain('3 hours ago');
    expect(render(new Date('2026-01-05T10:00:00Z'))).toContain('on 5 January 2026');
  });

  it('flags a draft left for over a month, so that forgotten text gets a decision', () => {
    expect(render(ago(29 * DAY))).not.toContain('old: resume or discard it');
    expect(render(ago(31 * DAY))).toContain('old: resume or discard it');
  });

  it('follows the page’s language', () => {
    expect(render(ago(5 * 60_000), 'fr')).toContain('il y a 5 minutes');
    expect(render(new Date('2026-01-05T10:00:00Z'), 'fr')).toContain('le 5 janvier 2026');
  });
});
