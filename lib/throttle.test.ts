import { describe, expect, it } from 'vitest';
import { ACCOUNT_CEILING, pairLockMs, waitMessage } from './throttle';

const T0 = Date.parse('2026-01-01T09:00:00Z');
const wait = (remainingMs: number) => waitMessage(T0 + remainingMs, T0).replace('Too many failed sign-in attempts. Try again in ', '');

describe('pairLockMs', () => {
  it('grows with a pair’s consecutive failures, up to 15 minutes', () => {
    expect([1, 4, 5, 6, 9, 10, 30].map((failures) => pairLockMs(failures, 0) / 1_000)).toEqual([0, 0, 30, 60, 480, 900, 900]);
  });

  it('holds any failing client for 15 minutes once the account is past its ceiling', () => {
    expect(pairLockMs(1, ACCOUNT_CEILING - 1)).toBe(0);
    expect(pairLockMs(1, ACCOUNT_CEILING)).toBe(15 * 60_000);
  });
});

describe('waitMessage', () => {
  it('states the real wait of each lock as it begins', () => {
    expect(waitMessage(T0 + pairLockMs(5, 0), T0)).toBe('Too many failed sign-in attempts. Try again in 30 seconds.');
    expect(wait(pairLockMs(6, 0))).toBe('1 minute.');
    expect(wait(pairLockMs(9, 0))).toBe('8 minutes.');
    expect(wait(pairLockMs(10, 0))).toBe('15 minutes.');
  });

  it('never says less than the time left: seconds under a minute, else about the next whole minute', () => {
    expect(wait(14 * 60_000 + 10_000)).toBe('about 15 minutes.');
    expect(wait(60_000 + 1)).toBe('about 2 minutes.');
    expect(wait(59_001)).toBe('1 minute.');
    expect(wait(59_000)).toBe('59 seconds.');
    expect(wait(1_000)).toBe('1 second.');
    // Read a few milliseconds after the lock began, a lock still shows its full length, not "about" one more.
    expect(wait(15 * 60_000 - 3)).toBe('15 minutes.');
    expect(wait(30_000 - 3)).toBe('30 seconds.');
  });

  it('says at least one second when the lock is about to end', () => {
    expect(wait(0)).toBe('1 second.');
    expect(wait(-500)).toBe('1 second.');
  });
});
