import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountLockMs, waitMessage } from '../lib/throttle';
import { lockedUntil, recordFailedSignIn, recordSuccessfulSignIn } from './sign-in-attempts';
import { createTestDatabase } from './test-database';

let testDb: ReturnType<typeof createTestDatabase>;
beforeEach(() => {
  testDb = createTestDatabase();
});
afterEach(() => testDb.close());

const T0 = Date.parse('2026-01-01T09:00:00Z');
const fail = (keys: { account: string; client: string }, now: number) => recordFailedSignIn({ db: testDb.db, keys, now });
const locked = (keys: { account: string; client: string }, now: number) => lockedUntil({ db: testDb.db, keys, now });

describe('sign-in throttling', () => {
  it('lets four failures pass, slows the fifth onwards, refuses for 15 minutes from the tenth', () => {
    const keys = { account: 'Ada@Mission.test', client: '10.0.0.1' };
    for (let attempt = 1; attempt <= 4; attempt++) fail(keys, T0);
    expect(locked(keys, T0)).toBe(0);
    fail(keys, T0);
    expect(locked(keys, T0)).toBe(T0 + 30_000);
    expect(locked(keys, T0 + 31_000)).toBe(0);
    let now = T0 + 31_000;
    for (let attempt = 6; attempt <= 10; attempt++) {
      fail(keys, now);
      now += accountLockMs(attempt) + 1_000;
    }
    const lockStart = now - accountLockMs(10) - 1_000;
    expect(locked(keys, lockStart + 60_000)).toBe(lockStart + 15 * 60_000);
    // The same account from another client is refused too: the lock is on the account.
    expect(locked({ account: 'ada@mission.test', client: '10.9.9.9' }, lockStart + 60_000)).toBeGreaterThan(0);
    // After the window, the right password is accepted again and clears the count.
    expect(locked(keys, lockStart + 15 * 60_000 + 1)).toBe(0);
    recordSuccessfulSignIn({ db: testDb.db, account: keys.account });
    fail(keys, lockStart + 16 * 60_000);
    expect(locked(keys, lockStart + 16 * 60_000)).toBe(0);
  });

  it('refuses a client spraying many accounts, without locking those accounts for others', () => {
    for (let account = 0; account < 50; account++) fail({ account: `user${account}@m.test`, client: '203.0.113.7' }, T0);
    expect(locked({ account: 'someone-else@m.test', client: '203.0.113.7' }, T0 + 1_000)).toBe(T0 + 15 * 60_000);
    expect(locked({ account: 'user1@m.test', client: '198.51.100.2' }, T0 + 1_000)).toBe(0);
  });

  it('says how long the recorded lock really lasts, as the sign-in form shows it', () => {
    const keys = { account: 'ada@mission.test', client: '10.0.0.2' };
    for (let attempt = 1; attempt <= 5; attempt++) fail(keys, T0);
    // The fifth failure locks for 30 seconds: once shown as "1 minute".
    expect(waitMessage(locked(keys, T0 + 5), T0 + 5)).toBe('Too many failed sign-in attempts. Try again in 30 seconds.');
    let now = T0 + 31_000;
    for (let attempt = 6; attempt <= 10; attempt++) {
      fail(keys, now);
      if (attempt < 10) now += accountLockMs(attempt) + 1_000;
    }
    expect(waitMessage(locked(keys, now), now)).toBe('Too many failed sign-in attempts. Try again in 15 minutes.');
    // 50 s into the lock, 14 min 10 s remain.
    expect(waitMessage(locked(keys, now + 50_000), now + 50_000)).toBe('Too many failed sign-in attempts. Try again in about 15 minutes.');
    expect(waitMessage(locked(keys, now + 14 * 60_000 + 30_000), now + 14 * 60_000 + 30_000)).toBe('Too many failed sign-in attempts. Try again in 30 seconds.');
  });
});
