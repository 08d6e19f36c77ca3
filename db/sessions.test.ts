import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFound } from '../lib/errors';
import { auditEvents } from './schema';
import {
  enableSecondFactor,
  getSecondFactor,
  listUnusedRecoveryCodes,
  replaceRecoveryCodes,
  resetSecondFactor,
  useRecoveryCode,
  useTotpStep,
} from './second-factor';
import { endAccountSessions, endOwnSession, findSession, listSessions, signOutEverywhere, signOutSession, startSession, touchSession } from './sessions';
import { createStaff, createTestDatabase } from './test-database';
import { createCalendarToken, getUserByCalendarToken } from './users';

let testDb: ReturnType<typeof createTestDatabase>;
beforeEach(() => {
  testDb = createTestDatabase();
});
afterEach(() => testDb.close());

const adminId = () => testDb.db.select().from(auditEvents).all()[0]!.actorId!;
const limits = { sessionHours: 12, idleMinutes: 30, secondFactorForEveryone: false };

function signIn(userId: number, address = '127.0.0.1') {
  const sessionKey = startSession({ db: testDb.db, userId, origin: { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0', clientAddress: address } });
  return { sessionKey, id: findSession({ db: testDb.db, sessionKey })!.session.id };
}
const isOpen = (sessionKey: string) => findSession({ db: testDb.db, sessionKey })?.session.endedAt === null;

describe('sessions', () => {
  it('are found by the secret in the cookie, never stored in clear', () => {
    const { officer } = createStaff(testDb.db, { officer: 'officer' });
    const { sessionKey } = signIn(officer.id);
    expect(findSession({ db: testDb.db, sessionKey })).toMatchObject({ user: { id: officer.id, role: 'officer', totpEnabled: false }, limits });
    expect(findSession({ db: testDb.db, sessionKey: `${sessionKey}x` })).toBeUndefined();
    expect(JSON.stringify(testDb.sqlite.prepare('select * from sessions').all())).not.toContain(sessionKey);
  });

  it('end one at a time: signing out here leaves the other browser signed in', () => {
    const { officer } = createStaff(testDb.db, { officer: 'officer' });
    const [here, phone] = [signIn(officer.id), signIn(officer.id, '10.0.0.7')];
    signOutSession({ db: testDb.db, sessionKey: here.sessionKey });
    expect([isOpen(here.sessionKey), isOpen(phone.sessionKey)]).toEqual([false, true]);
    endOwnSession({ db: testDb.db, userId: officer.id, sessionId: phone.id });
    expect(isOpen(phone.sessionKey)).toBe(false);
  });

  it('cannot be ended by someone else than their owner, short of an admin', () => {
    const { officer, other } = createStaff(testDb.db, { officer: 'officer', other: 'officer' });
    const mine = signIn(officer.id);
    expect(() => endOwnSession({ db: testDb.db, userId: other.id, sessionId: mine.id })).toThrow(NotFound);
    expect(isOpen(mine.sessionKey)).toBe(true);
    expect(endAccountSessions({ db: testDb.db, actorId: adminId(), userId: officer.id })).toBe(1);
    expect(isOpen(mine.sessionKey)).toBe(false);
  });

  it('end everywhere at once, and say so in the audit log', () => {
    const { officer } = createStaff(testDb.db, { officer: 'officer' });
    const sessions = [signIn(officer.id), signIn(officer.id), signIn(officer.id)];
    signOutEverywhere({ db: testDb.db, userId: officer.id });
    expect(sessions.map((session) => isOpen(session.sessionKey))).toEqual([false, false, false]);
    expect(testDb.db.select().from(auditEvents).all().at(-1)).toMatchObject({
      action: 'session.sign-out-everywhere',
      actorId: officer.id,
      changes: { sessions: [3, 0] },
    });
  });

  it('note when they were last seen, at most once a minute, and list as open only those within the limits', () => {
    const { officer } = createStaff(testDb.db, { officer: 'officer' });
    const { sessionKey } = signIn(officer.id);
    const found = findSession({ db: testDb.db, sessionKey })!;
    const start = found.session.lastSeenAt.getTime();
    touchSession({ db: testDb.db, session: found.session, now: start + 30_000 });
    expect(findSession({ db: testDb.db, sessionKey })!.session.lastSeenAt.getTime()).toBe(start);
    touchSession({ db: testDb.db, session: found.session, now: start + 61_000 });
    expect(findSession({ db: testDb.db, sessionKey })!.session.lastSeenAt.getTime()).toBe(start + 61_000);
    expect(listSessions({ db: testDb.db, userId: officer.id, limits, now: start + 61_000 + 29 * 60_000 })[0]?.open).toBe(true);
    expect(listSessions({ db: testDb.db, userId: officer.id, limits, now: start + 61_000 + 30 * 60_000 })[0]?.open).toBe(false);
  });
});

describe('the second factor', () => {
  it('refuses a TOTP step already used, or an older one', () => {
    const { manager } = createStaff(testDb.db, { manager: 'manager' });
    const first = signIn(manager.id);
    enableSecondFactor({ db: testDb.db, userId: manager.id, sessionId: first.id, secret: 'A'.repeat(32), step: 100, codeHashes: ['h1'] });
    const second = signIn(manager.id);
    expect(useTotpStep({ db: testDb.db, userId: manager.id, sessionId: second.id, step: 100 })).toBe(false);
    expect(useTotpStep({ db: testDb.db, userId: manager.id, sessionId: second.id, step: 99 })).toBe(false);
    expect(findSession({ db: testDb.db, sessionKey: second.sessionKey })!.session.secondFactorAt).toBeNull();
    expect(useTotpStep({ db: testDb.db, userId: manager.id, sessionId: second.id, step: 101 })).toBe(true);
    expect(findSession({ db: testDb.db, sessionKey: second.sessionKey })!.session.secondFactorAt).toBeInstanceOf(Date);
  });

  it('spends a recovery code once; new codes void the old ones', () => {
    const { manager } = createStaff(testDb.db, { manager: 'manager' });
    const session = signIn(manager.id);
    enableSecondFactor({ db: testDb.db, userId: manager.id, sessionId: session.id, secret: 'A'.repeat(32), step: 1, codeHashes: ['h1', 'h2'] });
    const [code] = listUnusedRecoveryCodes({ db: testDb.db, userId: manager.id });
    expect(useRecoveryCode({ db: testDb.db, userId: manager.id, sessionId: session.id, codeId: code!.id })).toBe(true);
    expect(useRecoveryCode({ db: testDb.db, userId: manager.id, sessionId: session.id, codeId: code!.id })).toBe(false);
    replaceRecoveryCodes({ db: testDb.db, userId: manager.id, codeHashes: ['h3'] });
    expect(listUnusedRecoveryCodes({ db: testDb.db, userId: manager.id }).map((row) => row.codeHash)).toEqual(['h3']);
  });

  it('is reset by an admin: cleared, sessions ended, calendar feed retired, audited', () => {
    const { manager } = createStaff(testDb.db, { manager: 'manager' });
    const session = signIn(manager.id);
    enableSecondFactor({ db: testDb.db, userId: manager.id, sessionId: session.id, secret: 'A'.repeat(32), step: 1, codeHashes: ['h1'] });
    const feed = createCalendarToken({ db: testDb.db, userId: manager.id });
    resetSecondFactor({ db: testDb.db, actorId: adminId(), userId: manager.id });
    expect(getSecondFactor({ db: testDb.db, userId: manager.id })).toEqual({ secret: null, lastStep: null });
    expect(listUnusedRecoveryCodes({ db: testDb.db, userId: manager.id })).toEqual([]);
    expect(isOpen(session.sessionKey)).toBe(false);
    expect(getUserByCalendarToken({ db: testDb.db, token: feed })).toBeUndefined();
    expect(testDb.db.select().from(auditEvents).all().at(-1)).toMatchObject({
      action: 'second-factor.reset',
      actorId: adminId(),
      entityId: String(manager.id),
    });
  });
});
