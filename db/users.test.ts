import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Conflict, NotFound, RuleViolation } from '../lib/errors';
import { hashPassword } from '../lib/password';
import { auditEvents, users } from './schema';
import { findSession, startSession } from './sessions';
import { createTestDatabase } from './test-database';
import {
  changeAccountRole,
  countUsers,
  createAccount,
  createFirstAdmin,
  changeOwnPassword,
  createCalendarToken,
  getAccount,
  getCredentialsByEmail,
  getUserByCalendarToken,
  listAccounts,
  resetAccountPassword,
  setAccountActive,
} from './users';

let testDb: ReturnType<typeof createTestDatabase>;
beforeEach(() => {
  testDb = createTestDatabase();
});
afterEach(() => testDb.close());

const passwordHash = '$argon2id$v=19$m=19456,t=2,p=1$placeholder';

function seedAdmin() {
  return createFirstAdmin({ db: testDb.db, account: { name: 'Ada', email: 'ada@mission.test', passwordHash } });
}

describe('first-run setup', () => {
  it('creates one admin, then refuses any further setup', () => {
    const admin = seedAdmin();
    expect(admin.role).toBe('admin');
    expect(() => createFirstAdmin({ db: testDb.db, account: { name: 'Eve', email: 'eve@evil.test', passwordHash } })).toThrow(NotFound);
    expect(countUsers({ db: testDb.db })).toBe(1);
  });

  it('lets only one of two simultaneous submissions through', async () => {
    // Each submission hashes its password (async, so both pass any early check) and then writes.
    const submit = async (email: string) => {
      const hash = await hashPassword('a long enough password');
      return createFirstAdmin({ db: testDb.db, account: { name: email, email, passwordHash: hash } });
    };
    const results = await Promise.allSettled([submit('one@mission.test'), submit('two@mission.test')]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((result) => result.status === 'rejected' && result.reason instanceof NotFound)).toHaveLength(1);
    expect(countUsers({ db: testDb.db })).toBe(1);
  });
});

describe('accounts', () => {
  it('refuses a second account with the same e-mail, whatever its case', () => {
    const admin = seedAdmin();
    createAccount({ db: testDb.db, actorId: admin.id, account: { name: 'O', email: 'olivia@mission.test', role: 'officer', passwordHash } });
    expect(() =>
      createAccount({ db: testDb.db, actorId: admin.id, account: { name: 'O2', email: 'olivia@mission.test', role: 'manager', passwordHash } }),
    ).toThrow(Conflict);
    expect(getCredentialsByEmail({ db: testDb.db, email: 'OLIVIA@Mission.test' })).toBeDefined();
  });

  it('never lists password hashes', () => {
    seedAdmin();
    for (const account of listAccounts({ db: testDb.db })) expect(Object.keys(account)).not.toContain('passwordHash');
  });

  it('refuses to demote or deactivate the last active admin, and allows it once there is another', () => {
    const admin = seedAdmin();
    expect(() => changeAccountRole({ db: testDb.db, actorId: admin.id, userId: admin.id, role: 'manager' })).toThrow(RuleViolation);
    expect(() => setAccountActive({ db: testDb.db, actorId: admin.id, userId: admin.id, active: false })).toThrow(RuleViolation);
    expect(getAccount({ db: testDb.db, id: admin.id })).toMatchObject({ role: 'admin', active: true });

    const second = createAccount({ db: testDb.db, actorId: admin.id, account: { name: 'B', email: 'b@mission.test', role: 'admin', passwordHash } });
    setAccountActive({ db: testDb.db, actorId: admin.id, userId: second.id, active: false });
    // A deactivated admin does not count: the first is still the last active one.
    expect(() => changeAccountRole({ db: testDb.db, actorId: admin.id, userId: admin.id, role: 'officer' })).toThrow(RuleViolation);
    setAccountActive({ db: testDb.db, actorId: admin.id, userId: second.id, active: true });
    changeAccountRole({ db: testDb.db, actorId: second.id, userId: admin.id, role: 'officer' });
    expect(getAccount({ db: testDb.db, id: admin.id }).role).toBe('officer');
  });

  it('ends open sessions and retires the calendar feed on role change, deactivation and password reset', () => {
    const admin = seedAdmin();
    const officer = createAccount({ db: testDb.db, actorId: admin.id, account: { name: 'O', email: 'o@mission.test', role: 'officer', passwordHash } });
    const changes = [
      () => changeAccountRole({ db: testDb.db, actorId: admin.id, userId: officer.id, role: 'manager' }),
      () => setAccountActive({ db: testDb.db, actorId: admin.id, userId: officer.id, active: false }),
      () => resetAccountPassword({ db: testDb.db, actorId: admin.id, userId: officer.id, passwordHash: 'new-hash' }),
    ];
    for (const change of changes) {
      const sessionKey = startSession({ db: testDb.db, userId: officer.id, origin: { userAgent: null, clientAddress: '127.0.0.1' } });
      const feed = createCalendarToken({ db: testDb.db, userId: officer.id });
      change();
      expect(findSession({ db: testDb.db, sessionKey })?.session.endedAt).toBeInstanceOf(Date);
      setAccountActive({ db: testDb.db, actorId: admin.id, userId: officer.id, active: true });
      expect(getUserByCalendarToken({ db: testDb.db, token: feed })).toBeUndefined();
    }
  });

  it('asks for a new password after an admin set one, and not after the owner chose it', () => {
    const admin = seedAdmin();
    const officer = createAccount({ db: testDb.db, actorId: admin.id, account: { name: 'O', email: 'o@mission.test', role: 'officer', passwordHash } });
    const mustChange = () =>
      testDb.db
        .select({ value: users.mustChangePassword })
        .from(users)
        .all()
        .map((row) => row.value);
    expect(mustChange()).toEqual([false, true]);
    const here = startSession({ db: testDb.db, userId: officer.id, origin: { userAgent: null, clientAddress: '127.0.0.1' } });
    const elsewhere = startSession({ db: testDb.db, userId: officer.id, origin: { userAgent: null, clientAddress: '10.0.0.2' } });
    const feed = createCalendarToken({ db: testDb.db, userId: officer.id });
    changeOwnPassword({
      db: testDb.db,
      userId: officer.id,
      sessionId: findSession({ db: testDb.db, sessionKey: here })!.session.id,
      passwordHash: 'chosen-hash',
    });
    expect(mustChange()).toEqual([false, false]);
    expect(findSession({ db: testDb.db, sessionKey: here })?.session.endedAt).toBeNull();
    expect(findSession({ db: testDb.db, sessionKey: elsewhere })?.session.endedAt).toBeInstanceOf(Date);
    expect(getUserByCalendarToken({ db: testDb.db, token: feed })).toBeUndefined();
    resetAccountPassword({ db: testDb.db, actorId: admin.id, userId: officer.id, passwordHash: 'admin-hash' });
    expect(mustChange()).toEqual([false, true]);
  });

  it('writes an audit event per change, with before and after, and never a password hash', () => {
    const admin = seedAdmin();
    const officer = createAccount({ db: testDb.db, actorId: admin.id, account: { name: 'O', email: 'o@mission.test', role: 'officer', passwordHash } });
    changeAccountRole({ db: testDb.db, actorId: admin.id, userId: officer.id, role: 'manager' });
    resetAccountPassword({ db: testDb.db, actorId: admin.id, userId: officer.id, passwordHash: 'secret-new-hash' });
    const events = testDb.db.select().from(auditEvents).all();
    expect(events.map((event) => event.action)).toEqual(['account.setup', 'account.create', 'account.change-role', 'account.reset-password']);
    expect(events[2]).toMatchObject({ actorId: admin.id, entityType: 'user', entityId: String(officer.id), changes: { role: ['officer', 'manager'] } });
    expect(JSON.stringify(events)).not.toContain('secret-new-hash');
    expect(JSON.stringify(events)).not.toContain(passwordHash);
  });

  it('reports an unknown account as not found', () => {
    const admin = seedAdmin();
    expect(() => setAccountActive({ db: testDb.db, actorId: admin.id, userId: 9999, active: false })).toThrow(NotFound);
  });
});
