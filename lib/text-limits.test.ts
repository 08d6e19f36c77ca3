import { describe, expect, it } from 'vitest';
import { countedLength, pasteRefusal, showsCounter, textLimitOf, TEXT_LIMITS } from './text-limits';

describe('text limits', () => {
  it('knows the long-text fields by their form names, and nothing else', () => {
    expect(textLimitOf('summary')).toBe(20_000);
    expect(textLimitOf('note')).toBe(2_000);
    expect(textLimitOf('title')).toBeUndefined();
    expect(textLimitOf('toString')).toBeUndefined();
    expect(TEXT_LIMITS.alternativeNames).toBe(1_000);
  });

  it('shows the counter from 80 % of the limit', () => {
    expect(showsCounter(15_999, 20_000)).toBe(false);
    expect(showsCounter(16_000, 20_000)).toBe(true);
    expect(showsCounter(20_000, 20_000)).toBe(true);
  });

  it('counts a line break as one character, whichever way it was written', () => {
    expect(countedLength('a\r\nb\rc\nd')).toBe(7);
  });
});

describe('a paste that would overflow the limit', () => {
  const summary = { label: 'Summary', max: 20_000 };

  it('is refused whole, with its size and the limit', () => {
    expect(pasteRefusal({ ...summary, currentLength: 0, selectedLength: 0, pasted: 'x'.repeat(1_100_000) })).toBe(
      'That paste is 1,100,000 characters; Summary holds at most 20,000. Nothing was pasted — shorten it first.',
    );
  });

  it('says how much room is left when the paste alone would fit', () => {
    expect(pasteRefusal({ ...summary, currentLength: 19_000, selectedLength: 0, pasted: 'x'.repeat(2_000) })).toBe(
      'That paste is 2,000 characters; Summary holds at most 20,000 and has 1,000 left. Nothing was pasted — shorten it first.',
    );
  });

  it('lets through a paste that fits exactly, counting the selection it replaces', () => {
    expect(pasteRefusal({ ...summary, currentLength: 19_000, selectedLength: 0, pasted: 'x'.repeat(1_000) })).toBeNull();
    expect(pasteRefusal({ ...summary, currentLength: 20_000, selectedLength: 500, pasted: 'x'.repeat(500) })).toBeNull();
    expect(pasteRefusal({ ...summary, currentLength: 20_000, selectedLength: 500, pasted: 'x'.repeat(501) })).not.toBeNull();
  });

  it('counts CR LF line breaks in the paste once', () => {
    expect(pasteRefusal({ label: 'Note', max: 4, currentLength: 0, selectedLength: 0, pasted: 'a\r\nb\r\n' })).toBeNull();
  });
});
