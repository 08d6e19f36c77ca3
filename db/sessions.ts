import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { NotFound } from '../lib/errors';
import type { RequestOrigin } from '../lib/request-origin';
import { LAST_SEEN_EVERY_MS, limitPassed, type SessionEndReason, sessionLimitBounds, type SessionLimits } from '../lib/sessions';
import { recordAuditEvent } from './audit';
import { getDb } from './client';
import { type Database, type Executor, preparedOnce } from './connection';
import { missionSettings, sessions, users } from './schema';

type WithDb = { db?: Database };

const hashOf = (sessionKey: string) => createHash('sha256').update(sessionKey).digest('hex');

/** Ended sessions are listed for a while ("signed out yesterday"), then forgotten. */
const KEEP_ENDED_MS = 30 * 24 * 3_600_000;

/**
 * Records a new sign-in and returns the secret that goes into its cookie (only its hash is kept).
 * The account's long-ended sessions are cleared on the way.
 */
export function startSession({
  userId,
  origin,
  secondFactorGiven = false,
  now = Date.now(),
  db = getDb(),
}: { userId: number; origin: RequestOrigin; secondFactorGiven?: boolean; now?: number } & WithDb): string {
  const sessionKey = randomBytes(32).toString('base64url');
  db.transaction(
    (tx) => {
      tx.delete(sessions)
        .where(and(eq(sessions.userId, userId), lt(sessions.endedAt, new Date(now - KEEP_ENDED_MS))))
        .run();
      const { id } = tx
        .insert(sessions)
        .values({
          userId,
          tokenHash: hashOf(sessionKey),
          signedInAt: new Date(now),
          lastSeenAt: new Date(now),
          secondFactorAt: secondFactorGiven ? new Date(now) : null,
          userAgent: origin.userAgent?.slice(0, 300) ?? null,
          address: origin.clientAddress.slice(0, 64),
        })
        .returning({ id: sessions.id })
        .get();
      recordAuditEvent(tx, {
        actorId: userId,
        action: 'sign-in.succeeded',
        entityType: 'session',
        entityId: id,
        changes: { secondFactor: [null, secondFactorGiven] },
        origin,
      });
    },
    { behavior: 'immediate' },
  );
  return sessionKey;
}

const sessionQuery = preparedOnce((db) =>
  db
    .select({
      session: {
        id: sessions.id,
        signedInAt: sessions.signedInAt,
        lastSeenAt: sessions.lastSeenAt,
        secondFactorAt: sessions.secondFactorAt,
        endedAt: sessions.endedAt,
      },
      user: {
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        active: users.active,
        createdAt: users.createdAt,
        mustChangePassword: users.mustChangePassword,
        locale: users.locale,
        totpEnabled: sql<boolean>`${users.totpSecret} is not null`.mapWith(Boolean),
      },
      limits: {
        sessionHours: sql<number>`coalesce(${missionSettings.sessionHours}, ${sessionLimitBounds.sessionHours.default})`.mapWith(Number),
        idleMinutes: sql<number>`coalesce(${missionSettings.idleMinutes}, ${sessionLimitBounds.idleMinutes.default})`.mapWith(Number),
        secondFactorForEveryone: sql<boolean>`coalesce(${missionSettings.secondFactorForEveryone}, 0)`.mapWith(Boolean),
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(missionSettings, eq(missionSettings.id, 1))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare(),
);

/** The session a cookie's secret names, with its user's fresh row and the mission's limits: one read per request. */
export function findSession({ sessionKey, db = getDb() }: { sessionKey: string } & WithDb) {
  return sessionQuery(db).get({ tokenHash: hashOf(sessionKey) });
}

export type FoundSession = NonNullable<ReturnType<typeof findSession>>;

/** Marks the session as seen now, at most once a minute. */
export function touchSession({ session, now = Date.now(), db = getDb() }: { session: { id: number; lastSeenAt: Date }; now?: number } & WithDb): void {
  if (now - session.lastSeenAt.getTime() < LAST_SEEN_EVERY_MS) return;
  db.update(sessions)
    .set({ lastSeenAt: new Date(now) })
    .where(eq(sessions.id, session.id))
    .run();
}

export function markSecondFactorGiven(tx: Executor, { sessionId, now = Date.now() }: { sessionId: number; now?: number }): void {
  tx.update(sessions)
    .set({ secondFactorAt: new Date(now) })
    .where(eq(sessions.id, sessionId))
    .run();
}

/** Ends one session for a reason the page can tell (timed out, signed out…). Ending an ended one changes nothing. */
export function endSession(tx: Executor, { sessionId, reason, now = Date.now() }: { sessionId: number; reason: SessionEndReason; now?: number }): boolean {
  return (
    tx
      .update(sessions)
      .set({ endedAt: new Date(now), endReason: reason })
      .where(and(eq(sessions.id, sessionId), isNull(sessions.endedAt)))
      .run().changes > 0
  );
}

/** Ends every open session of a user, but `except` one (the session that changed the password keeps going). */
export function endUserSessions(
  tx: Executor,
  { userId, reason, except, now = Date.now() }: { userId: number; reason: SessionEndReason; except?: number; now?: number },
): number {
  return tx
    .update(sessions)
    .set({ endedAt: new Date(now), endReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt), except === undefined ? undefined : ne(sessions.id, except)))
    .run().changes;
}

/** A session past its limits, ended when it is next presented: "why was I signed out" stays answerable. */
export function expireSession({
  session,
  reason,
  origin,
  db = getDb(),
}: { session: { id: number; userId: number }; reason: 'idle' | 'expired' | 'unfinished'; origin: RequestOrigin } & WithDb): void {
  db.transaction(
    (tx) => {
      if (endSession(tx, { sessionId: session.id, reason })) {
        recordAuditEvent(tx, {
          actorId: session.userId,
          action: 'session.expired',
          entityType: 'session',
          entityId: session.id,
          changes: { reason: [null, reason] },
          origin,
        });
      }
    },
    { behavior: 'immediate' },
  );
}

/** Auth.js's own sign-out endpoint and the "Sign out" button both land here, with the cookie's secret. */
export function signOutSession({ sessionKey, db = getDb() }: { sessionKey: string } & WithDb): void {
  db.transaction(
    (tx) => {
      const row = tx
        .select({ id: sessions.id, userId: sessions.userId })
        .from(sessions)
        .where(eq(sessions.tokenHash, hashOf(sessionKey)))
        .get();
      if (row && endSession(tx, { sessionId: row.id, reason: 'signed-out' })) {
        recordAuditEvent(tx, { actorId: row.userId, action: 'session.sign-out', entityType: 'session', entityId: row.id });
      }
    },
    { behavior: 'immediate' },
  );
}

/** "Sign out everywhere": every session of the user, this one included. */
export function signOutEverywhere({ userId, db = getDb() }: { userId: number } & WithDb): void {
  db.transaction(
    (tx) => {
      const ended = endUserSessions(tx, { userId, reason: 'signed-out-everywhere' });
      recordAuditEvent(tx, { actorId: userId, action: 'session.sign-out-everywhere', entityType: 'user', entityId: userId, changes: { sessions: [ended, 0] } });
    },
    { behavior: 'immediate' },
  );
}

/** A user ends one of their own sessions (a phone left at a conference); another user's is "not found". */
export function endOwnSession({ userId, sessionId, db = getDb() }: { userId: number; sessionId: number } & WithDb): void {
  db.transaction(
    (tx) => {
      const row = tx
        .select({ id: sessions.id })
        .from(sessions)
        .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)))
        .get();
      if (!row) throw new NotFound('This session does not exist or is not yours.');
      if (endSession(tx, { sessionId, reason: 'ended-by-user' })) {
        recordAuditEvent(tx, { actorId: userId, action: 'session.end', entityType: 'session', entityId: sessionId });
      }
    },
    { behavior: 'immediate' },
  );
}

/** An admin ends all of someone's sessions (a lost laptop). */
export function endAccountSessions({ actorId, userId, db = getDb() }: { actorId: number; userId: number } & WithDb): number {
  return db.transaction(
    (tx) => {
      const account = tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).get();
      if (!account) throw new NotFound('This account does not exist.');
      const ended = endUserSessions(tx, { userId, reason: 'ended-by-admin' });
      recordAuditEvent(tx, { actorId, action: 'session.end-all', entityType: 'user', entityId: userId, changes: { sessions: [ended, 0] } });
      return ended;
    },
    { behavior: 'immediate' },
  );
}

/**
 * A user's sessions, open first then most recent; those ended long ago are not kept. `open` is
 * false for a row past the mission's limits, which is marked ended only when next presented.
 */
export function listSessions({ userId, limits, now = Date.now(), db = getDb() }: { userId: number; limits: SessionLimits; now?: number } & WithDb) {
  const rows = db
    .select({
      id: sessions.id,
      signedInAt: sessions.signedInAt,
      lastSeenAt: sessions.lastSeenAt,
      userAgent: sessions.userAgent,
      address: sessions.address,
      endedAt: sessions.endedAt,
      endReason: sessions.endReason,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), or(isNull(sessions.endedAt), lt(sql`${Date.now() - KEEP_ENDED_MS}`, sessions.endedAt))))
    .orderBy(sql`${sessions.endedAt} is not null`, desc(sessions.lastSeenAt))
    .limit(50)
    .all();
  return rows.map((row) => ({ ...row, open: !row.endedAt && !limitPassed(row, limits, now) }));
}

/** For the admin's view of an account: sessions open within the mission's limits, and whether a second factor is set up. */
export function getSignInSecurity({ userId, limits, db = getDb() }: { userId: number; limits: SessionLimits } & WithDb) {
  const openSessions = listSessions({ userId, limits, db }).filter((session) => session.open).length;
  const secondFactor = !!db.select({ secret: users.totpSecret }).from(users).where(eq(users.id, userId)).get()?.secret;
  return { openSessions, secondFactor };
}
