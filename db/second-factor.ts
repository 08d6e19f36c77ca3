import 'server-only';
import { and, count, eq, isNull, lt, or } from 'drizzle-orm';
import { NotFound, RuleViolation } from '../lib/errors';
import { recordAuditEvent } from './audit';
import { getDb } from './client';
import type { Database, Transaction } from './connection';
import { recoveryCodes, users } from './schema';
import { endUserSessions, markSecondFactorGiven } from './sessions';

type WithDb = { db?: Database };

/** The user's TOTP secret and last accepted step; null secret while two-step verification is off. */
export function getSecondFactor({ userId, db = getDb() }: { userId: number } & WithDb) {
  const row = db.select({ secret: users.totpSecret, lastStep: users.totpLastStep }).from(users).where(eq(users.id, userId)).get();
  if (!row) throw new NotFound('This account does not exist.');
  return row;
}

export function countUnusedRecoveryCodes({ userId, db = getDb() }: { userId: number } & WithDb): number {
  return (
    db
      .select({ n: count() })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
      .get()?.n ?? 0
  );
}

function writeRecoveryCodes(tx: Transaction, userId: number, codeHashes: string[]) {
  tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  if (codeHashes.length)
    tx.insert(recoveryCodes)
      .values(codeHashes.map((codeHash) => ({ userId, codeHash })))
      .run();
}

/**
 * Turns two-step verification on with a secret the person just proved they hold (the code of
 * `step`), with fresh recovery codes; the session that did it counts as having given the factor.
 */
export function enableSecondFactor({
  userId,
  sessionId,
  secret,
  step,
  codeHashes,
  db = getDb(),
}: { userId: number; sessionId: number; secret: string; step: number; codeHashes: string[] } & WithDb): void {
  db.transaction(
    (tx) => {
      const changed = tx
        .update(users)
        .set({ totpSecret: secret, totpLastStep: step, updatedAt: new Date() })
        .where(and(eq(users.id, userId), isNull(users.totpSecret)))
        .run();
      if (changed.changes === 0) throw new RuleViolation('Two-step verification is already on for this account.');
      writeRecoveryCodes(tx, userId, codeHashes);
      markSecondFactorGiven(tx, { sessionId });
      recordAuditEvent(tx, { actorId: userId, action: 'second-factor.enable', entityType: 'user', entityId: userId });
    },
    { behavior: 'immediate' },
  );
}

/**
 * Records the use of a TOTP step, unless that step or a later one was used already: a code seen
 * once (over a shoulder, in a proxy's log) never opens a second session. True when accepted; the
 * session given (if any; none yet when the code comes with the password) counts as verified.
 */
export function useTotpStep({ userId, sessionId, step, db = getDb() }: { userId: number; sessionId: number | null; step: number } & WithDb): boolean {
  return db.transaction(
    (tx) => {
      const changed = tx
        .update(users)
        .set({ totpLastStep: step })
        .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
        .run();
      if (changed.changes === 0) return false;
      if (sessionId !== null) markSecondFactorGiven(tx, { sessionId });
      return true;
    },
    { behavior: 'immediate' },
  );
}

export function listUnusedRecoveryCodes({ userId, db = getDb() }: { userId: number } & WithDb) {
  return db
    .select({ id: recoveryCodes.id, codeHash: recoveryCodes.codeHash })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
    .all();
}

/** Spends a recovery code; false when it was spent meanwhile (two tabs, one code). */
export function useRecoveryCode({ userId, sessionId, codeId, db = getDb() }: { userId: number; sessionId: number | null; codeId: number } & WithDb): boolean {
  return db.transaction(
    (tx) => {
      const changed = tx
        .update(recoveryCodes)
        .set({ usedAt: new Date() })
        .where(and(eq(recoveryCodes.id, codeId), eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
        .run();
      if (changed.changes === 0) return false;
      if (sessionId !== null) markSecondFactorGiven(tx, { sessionId });
      recordAuditEvent(tx, { actorId: userId, action: 'second-factor.recovery-code', entityType: 'user', entityId: userId });
      return true;
    },
    { behavior: 'immediate' },
  );
}

export function replaceRecoveryCodes({ userId, codeHashes, db = getDb() }: { userId: number; codeHashes: string[] } & WithDb): void {
  db.transaction(
    (tx) => {
      writeRecoveryCodes(tx, userId, codeHashes);
      recordAuditEvent(tx, { actorId: userId, action: 'second-factor.new-recovery-codes', entityType: 'user', entityId: userId });
    },
    { behavior: 'immediate' },
  );
}

function clearSecondFactor(tx: Transaction, userId: number) {
  tx.update(users).set({ totpSecret: null, totpLastStep: null, updatedAt: new Date() }).where(eq(users.id, userId)).run();
  writeRecoveryCodes(tx, userId, []);
}

/** The owner turns it off (allowed only where it is optional; the action checks). */
export function turnOffSecondFactor({ userId, db = getDb() }: { userId: number } & WithDb): void {
  db.transaction(
    (tx) => {
      clearSecondFactor(tx, userId);
      recordAuditEvent(tx, { actorId: userId, action: 'second-factor.disable', entityType: 'user', entityId: userId });
    },
    { behavior: 'immediate' },
  );
}

/**
 * An admin clears someone's second factor (a lost phone): their sessions end and their calendar
 * feed's secret is retired; if their role needs one, they set up a new one at their next sign-in.
 */
export function resetSecondFactor({ actorId, userId, db = getDb() }: { actorId: number; userId: number } & WithDb): void {
  db.transaction(
    (tx) => {
      const account = tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).get();
      if (!account) throw new NotFound('This account does not exist.');
      clearSecondFactor(tx, userId);
      tx.update(users).set({ calendarTokenHash: null }).where(eq(users.id, userId)).run();
      endUserSessions(tx, { userId, reason: 'ended-by-admin' });
      recordAuditEvent(tx, { actorId, action: 'second-factor.reset', entityType: 'user', entityId: userId });
    },
    { behavior: 'immediate' },
  );
}
