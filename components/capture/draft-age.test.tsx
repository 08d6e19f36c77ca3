import fs from 'node:fs';
import path from 'node:path';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type CommonWords, CommonWordsProvider } from '@/components/common-words';
import { DraftAge } from './draft-age';

/** The `common` words as the root layout gives them. */
function wordsOf(locale: 'en' | 'fr'): CommonWords {
  const catalogue = JSON.parse(fs.readFileSync(path.join(__dirname, `../../messages/${locale}.json`), 'utf8'));
  return { ...catalogue.common, locale };
}

const render = (node: ReactNode, locale: 'en' | 'fr' = 'en') => renderToStaticMarkup(<CommonWordsProvider words={wordsOf(locale)}>{node}</CommonWordsProvider>);

const ago = (ms: number) => new Date(Date.now() - ms);
const DAY = 86_400_000;

describe('a draft’s age on home', () => {
  it('reads as minutes, hours, then a date', () => {
    expect(render(<DraftAge at={ago(5 * 60_000)} />)).toContain('5 minutes ago');
    expect(render(<DraftAge at={ago(3 * 3_600_000)} />)).toContain('3 hours ago');
    expect(render(<DraftAge at={new Date('2026-01-05T10:00:00Z')} />)).toContain('on 5 January 2026');
  });

  it('flags a draft left for over a month, so that forgotten text gets a decision', () => {
    expect(render(<DraftAge at={ago(29 * DAY)} />)).not.toContain('old: resume or discard it');
    expect(render(<DraftAge at={ago(31 * DAY)} />)).toContain('old: resume or discard it');
  });

  it('follows the page’s language', () => {
    expect(render(<DraftAge at={ago(5 * 60_000)} />, 'fr')).toContain('il y a 5 minutes');
    expect(render(<DraftAge at={new Date('2026-01-05T10:00:00Z')} />, 'fr')).toContain('le 5 janvier 2026');
  });
});
