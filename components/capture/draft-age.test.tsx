import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DraftAge } from './draft-age';

const ago = (ms: number) => new Date(Date.now() - ms);
const DAY = 86_400_000;

describe('a draft’s age on home', () => {
  it('reads as minutes, hours, then a date', () => {
    expect(renderToStaticMarkup(<DraftAge at={ago(5 * 60_000)} />)).toContain('5 minutes ago');
    expect(renderToStaticMarkup(<DraftAge at={ago(3 * 3_600_000)} />)).toContain('3 hours ago');
    expect(renderToStaticMarkup(<DraftAge at={new Date('2026-01-05T10:00:00Z')} />)).toContain('on 5 January 2026');
  });

  it('flags a draft left for over a month, so that forgotten text gets a decision', () => {
    expect(renderToStaticMarkup(<DraftAge at={ago(29 * DAY)} />)).not.toContain('old: resume or discard it');
    expect(renderToStaticMarkup(<DraftAge at={ago(31 * DAY)} />)).toContain('old: resume or discard it');
  });
});
