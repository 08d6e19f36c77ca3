import { describe, expect, it } from 'vitest';
import { countActiveFilters } from './list-filters';

describe('active filters', () => {
  it('counts the values set, not the blank or missing ones', () => {
    expect(countActiveFilters({})).toBe(0);
    expect(countActiveFilters({ q: '', country: undefined, kind: null, from: '  ' })).toBe(0);
    expect(countActiveFilters({ q: 'trade', country: 'LU', owner: 0, status: 'open', to: undefined })).toBe(4);
  });
});
