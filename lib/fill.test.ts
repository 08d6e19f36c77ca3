import { describe, expect, it } from 'vitest';
import { fill, plural } from './fill';

describe('fill and plural', () => {
  it('fills named placeholders and leaves unknown ones as written', () => {
    expect(fill('{name} joins {post}', { name: 'Dana', post: 'Economic counsellor' })).toBe('Dana joins Economic counsellor');
    expect(fill('{name} and {other}', { name: 'Dana' })).toBe('Dana and {other}');
  });

  it('chooses the plural form by the language’s rule: French counts 0 and 1 as one', () => {
    const forms = { one: '# élément', other: '# éléments' };
    expect(plural('fr', 0, forms)).toBe('0 élément');
    expect(plural('fr', 2, forms)).toBe('2 éléments');
    expect(plural('en', 0, { one: '# item', other: '# items' })).toBe('0 items');
    expect(plural('en', 1200, { one: '# item', other: '# items' })).toBe('1,200 items');
  });
});
