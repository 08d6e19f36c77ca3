import { describe, expect, it } from 'vitest';
import { accountLockMs, waitMessage } from './throttle';

const T0 = Date.parse('2026-01-01T09:00:00Z');
const wait = (remainingMs: number) => waitMessage(T0 + remainingMs, T0).replace('Too many failed sign-in attempts. Try again in ', '');

describe('waitMessage', () => {
  it('states the real wait of each lock as it begins', () => {
    expect(waitMessage(T0 + accountLockMs(5), T0)).toBe('Too many failed sign-in attempts. Try again in 30 seconds.');
    expect(wait(accountLockMs(6))).toBe('1 minute.');
    expect(wait(accountLockMs(9))).toBe('8 minutes.');
    expect(wait(accountLockMs(10))).toBe('15 minutes.');
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
