import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pairLockMs, waitMessage } from '../lib/throttle';
import { auditEvents } from './schema';
import { clearSignInLocks, listSignInLocks, lockedUntil, recordFailedSignIn, recordSuccessfulSignIn } from './sign-in-attempts';
import { createStaff, createTestDatabase } from './test-database';

let testDb: ReturnType<typeof createTestDatabase>;
beforeEach(() => {
  testDb = createTestDatabase();
});
afterEach(() => testDb.close());

const T0 = Date.parse('2026-01-01T09:00:00Z');
type Keys = { account: string; client: string };
const fail = (keys: Keys, now: number) => recordFailedSignIn({ db: testDb.db, keys, now });
const locked = (keys: Keys, now: number) => lockedUntil({ db: testDb.db, keys, now });

describe('sign-in throttling', () => {
  it('slows one account at one client more and more: four failures pass, then 30 s doubling to 15 minutes', () => {
    const keys = { account: 'Ada@Mission.test', client: '10.0.0.1' };
    for (let attempt = 1; attempt <= 4; attempt++) expect(fail(keys, T0)).toBe(0);
    expect(fail(keys, T0)).toBe(T0 + 30_000);
    expect(locked(keys, T0)).toBe(T0 + 30_000);
    expect(locked({ account: 'ada@mission.test', client: '10.0.0.1' }, T0 + 31_000)).toBe(0);
    let now = T0 + 31_000;
    for (let attempt = 6; attempt <= 10; attempt++) {
      expect(fail(keys, now)).toBe(now + pairLockMs(attempt, 0));
      now += pairLockMs(attempt, 0) + 1_000;
    }
    expect(pairLockMs(10, 0)).toBe(15 * 60_000);
  });

  it('never keeps the owner out: an attacker failing on the account from other addresses does not lock the owner’s own client', () => {
    const owner = { account: 'ada@mission.test', client: '192.0.2.10' };
    // One wrong guess every 15 minutes, all day, from one address: the old rule re-locked the account each time.
    for (let quarter = 0; quarter < 96; quarter++) {
      const now = T0 + quarter * 15 * 60_000;
      fail({ account: owner.account, client: '203.0.113.66' }, now);
      expect(locked(owner, now + 1)).toBe(0);
    }
  });

  it('past the account’s ceiling, a guess spread over many addresses gets one try per address, while the owner’s clean client is still checked', () => {
    const account = 'ada@mission.test';
    const attackers = Array.from({ length: 200 }, (_, index) => `198.51.100.${index}`);
    let refusedAfterOneTry = 0;
    for (const [index, client] of attackers.entries()) {
      const now = T0 + index * 1_000;
      fail({ account, client }, now);
      if (locked({ account, client }, now + 1)) refusedAfterOneTry++;
    }
    // From the 10th failure on the account, each failing address waits 15 minutes.
    expect(refusedAfterOneTry).toBe(attackers.length - 9);
    expect(locked({ account, client: '198.51.100.150' }, T0 + 150_000 + 60_000)).toBe(T0 + 150_000 + 15 * 60_000);
    expect(locked({ account, client: '192.0.2.10' }, T0 + 200_000)).toBe(0);
  });

  it('refuses a client spraying many accounts, without locking those accounts for others', () => {
    for (let account = 0; account < 50; account++) fail({ account: `user${account}@m.test`, client: '203.0.113.7' }, T0);
    expect(locked({ account: 'someone-else@m.test', client: '203.0.113.7' }, T0 + 1_000)).toBe(T0 + 15 * 60_000);
    expect(locked({ account: 'user1@m.test', client: '198.51.100.2' }, T0 + 1_000)).toBe(0);
  });

  it('forgets a pair’s failures after a success there, and after a quiet day', () => {
    const keys = { account: 'ada@mission.test', client: '10.0.0.3' };
    for (let attempt = 1; attempt <= 4; attempt++) fail(keys, T0);
    recordSuccessfulSignIn({ db: testDb.db, keys });
    expect(fail(keys, T0 + 1_000)).toBe(0);
    for (let attempt = 2; attempt <= 4; attempt++) fail(keys, T0 + 1_000);
    expect(fail(keys, T0 + 25 * 3_600_000)).toBe(0);
  });

  it('says how long the recorded lock really lasts, as the sign-in form shows it', () => {
    const keys = { account: 'ada@mission.test', client: '10.0.0.2' };
    for (let attempt = 1; attempt <= 5; attempt++) fail(keys, T0);
    expect(waitMessage(locked(keys, T0 + 5), T0 + 5)).toBe('Too many failed sign-in attempts. Try again in 30 seconds.');
    let now = T0 + 31_000;
    for (let attempt = 6; attempt <= 10; attempt++) {
      fail(keys, now);
      if (attempt < 10) now += pairLockMs(attempt, 0) + 1_000;
    }
    expect(waitMessage(locked(keys, now), now)).toBe('Too many failed sign-in attempts. Try again in 15 minutes.');
    expect(waitMessage(locked(keys, now + 50_000), now + 50_000)).toBe('Too many failed sign-in attempts. Try again in about 15 minutes.');
  });
});

describe('an admin and an account’s sign-in locks', () => {
  it('lists the clients an account is refused at, passwords and codes, and lifts them all, audited', () => {
    const { admin, officer } = createStaff(testDb.db, { officer: 'officer' });
    const email = 'officer@m.test';
    const now = Date.now();
    for (let attempt = 1; attempt <= 5; attempt++) fail({ account: email, client: '203.0.113.5' }, now);
    for (let attempt = 1; attempt <= 5; attempt++) fail({ account: `second-factor:${officer.id}`, client: '203.0.113.6' }, now);
    fail({ account: email, client: '203.0.113.7' }, now);
    expect(listSignInLocks({ db: testDb.db, userId: officer.id, now }).map(({ client, kind, failures }) => ({ client, kind, failures }))).toEqual([
      { client: '203.0.113.5', kind: 'password', failures: 5 },
      { client: '203.0.113.6', kind: 'code', failures: 5 },
    ]);
    expect(listSignInLocks({ db: testDb.db, userId: admin.id, now })).toEqual([]);

    expect(clearSignInLocks({ db: testDb.db, actorId: admin.id, userId: officer.id, now })).toBe(2);
    expect(locked({ account: email, client: '203.0.113.5' }, now)).toBe(0);
    expect(listSignInLocks({ db: testDb.db, userId: officer.id, now })).toEqual([]);
    // Failures are forgotten too: the next one starts a new count.
    expect(fail({ account: email, client: '203.0.113.5' }, now)).toBe(0);
    const audit = testDb.db
      .select()
      .from(auditEvents)
      .all()
      .filter((event) => event.action === 'account.clear-sign-in-locks');
    expect(audit).toMatchObject([{ actorId: admin.id, entityType: 'user', entityId: String(officer.id), changes: { locks: [2, 0] } }]);
  });
});

describe('failures in the security log', () => {
  it('writes the failure, and the lock it begins, with the count, in one call', () => {
    const keys = { account: 'second-factor:7', client: '10.0.0.9' };
    const events = { failed: 'second-factor.failed', locked: 'second-factor.locked', entry: { actorId: null, entityType: 'user', entityId: 7 } } as const;
    for (let attempt = 1; attempt <= 5; attempt++) recordFailedSignIn({ db: testDb.db, keys, events, now: T0 });
    const logged = testDb.db.select().from(auditEvents).all();
    expect(logged.filter((event) => event.action === 'second-factor.failed')).toHaveLength(5);
    expect(logged.filter((event) => event.action === 'second-factor.locked').map((event) => event.changes)).toEqual([
      { until: [null, new Date(T0 + 30_000).toISOString()] },
    ]);
  });
});
