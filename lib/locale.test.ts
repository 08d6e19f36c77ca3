import { describe, expect, it } from 'vitest';
import { preferredLocale } from './locale';

describe('preferredLocale', () => {
  it('takes the browser’s most wanted language among ours, a region counting as its language', () => {
    expect(preferredLocale('fr-BE,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(preferredLocale('en-GB,en;q=0.9,fr;q=0.8')).toBe('en');
    expect(preferredLocale('de-DE,de;q=0.9,fr;q=0.7,en;q=0.5')).toBe('fr');
    expect(preferredLocale('en;q=0.3, fr;q=0.6')).toBe('fr');
  });
  it('falls back to English for a header with none of ours, refused ones or none at all', () => {
    expect(preferredLocale('nl-BE,nl;q=0.9')).toBe('en');
    expect(preferredLocale('fr;q=0, *')).toBe('en');
    expect(preferredLocale('')).toBe('en');
    expect(preferredLocale(null)).toBe('en');
  });
});
