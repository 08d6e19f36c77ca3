import { describe, expect, it, vi } from 'vitest';

vi.mock('@/server/format', () => ({}));
const { countScale } = await import('./charts');

describe('countScale', () => {
  it('rounds the top up to a step of 1, 2 or 5 × 10ⁿ with about four gridlines', () => {
    expect(countScale(0)).toEqual({ top: 1, ticks: [0, 1] });
    expect(countScale(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(countScale(7)).toEqual({ top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(countScale(38)).toEqual({ top: 40, ticks: [0, 10, 20, 30, 40] });
    expect(countScale(1234)).toEqual({ top: 1500, ticks: [0, 500, 1000, 1500] });
  });

  it('never puts the largest value above the top', () => {
    for (let max = 0; max < 2000; max += 7) expect(countScale(max).top).toBeGreaterThanOrEqual(max);
  });
});
