import 'server-only';
import { and, eq, gt, inArray, or, sql } from 'drizzle-orm';
import { clientLockMs, PAIR_MEMORY_MS, pairLockMs, WINDOW_MS } from '../lib/throttle';
import type { SecurityAction } from '../lib/security-events';
import { type AuditEntry, recordAuditEvent } from './audit';
import { getDb } from './client';
import type { Database, Executor } from './connection';
import { signInAttempts, users } from './schema';

type WithDb = { db?: Database };
/** `account` is an e-mail, or "second-factor:<user id>" for codes: each has its own counts. */
export type ThrottleKeys = { account: string; client: string };

const accountKey = (account: string) => `account:${account.toLowerCase()}`;
const pairPrefix = (account: string) => `pair:${account.toLowerCase()}|`;
const clientKey = (client: string) => `client:${client}`;

/** The moment until which this account is refused at this client (or the client everywhere), or 0. */
export function lockedUntil({ keys, now = Date.now(), db = getDb() }: { keys: ThrottleKeys; now?: number } & WithDb): number {
  const rows = db
    .select({ lockedUntil: signInAttempts.lockedUntil })
    .from(signInAttempts)
    .where(inArray(signInAttempts.key, [pairPrefix(keys.account) + keys.client, clientKey(keys.client)]))
    .all();
  const until = Math.max(0, ...rows.map((row) => row.lockedUntil));
  return until > now ? until : 0;
}

/** What a failed password or code is logged as: its event, and the event of a lock it begins. */
export type FailureEvents = { failed: SecurityAction; locked: SecurityAction; entry: Omit<AuditEntry, 'action'> };

/**
 * Counts a failure against the account, the client and the pair of them, and locks the pair or the
 * client when the rules say so (lib/throttle.ts). With `events`, the failure and a lock it begins go
 * to the security log in the same transaction. Returns the lock this failure began, or 0.
 */
export function recordFailedSignIn({
  keys,
  events,
  now = Date.now(),
  db = getDb(),
}: { keys: ThrottleKeys; events?: FailureEvents; now?: number } & WithDb): number {
  return db.transaction(
    (tx) => {
      const accountFailures = count(tx, accountKey(keys.account), now, WINDOW_MS, () => 0);
      const client = count(tx, clientKey(keys.client), now, WINDOW_MS, clientLockMs);
      const pair = count(tx, pairPrefix(keys.account) + keys.client, now, PAIR_MEMORY_MS, (failures) => pairLockMs(failures, accountFailures.failures));
      const lock = Math.max(client.lockedUntil, pair.lockedUntil);
      if (events) {
        recordAuditEvent(tx, { ...events.entry, action: events.failed });
        if (lock) recordAuditEvent(tx, { ...events.entry, action: events.locked, changes: { until: [null, new Date(lock).toISOString()] } });
      }
      return lock;
    },
    { behavior: 'immediate' },
  );
}

/** One more failure under `key`, counted afresh once `memoryMs` have passed since the count began. */
function count(tx: Executor, key: string, now: number, memoryMs: number, lockMs: (failures: number) => number) {
  const row = tx.select().from(signInAttempts).where(eq(signInAttempts.key, key)).get();
  const fresh = !row || now - row.windowStartedAt > memoryMs;
  const failures = fresh ? 1 : row.failures + 1;
  const lock = lockMs(failures);
  // A lock never shortens one already running.
  const values = { failures, windowStartedAt: fresh ? now : row.windowStartedAt, lockedUntil: Math.max(lock ? now + lock : 0, fresh ? 0 : row.lockedUntil) };
  if (row) tx.update(signInAttempts).set(values).where(eq(signInAttempts.key, key)).run();
  else
    tx.insert(signInAttempts)
      .values({ key, ...values })
      .run();
  return values;
}

/** A success clears that pair's failures only: the account's and the client's keep counting an attack. */
export function recordSuccessfulSignIn({ keys, db = getDb() }: { keys: ThrottleKeys } & WithDb): void {
  db.delete(signInAttempts)
    .where(eq(signInAttempts.key, pairPrefix(keys.account) + keys.client))
    .run();
}

const throttleAccounts = (user: { id: number; email: string }) => [user.email, `second-factor:${user.id}`];
const ofAccounts = (accounts: string[]) =>
  or(
    ...accounts.flatMap((account) => [
      eq(signInAttempts.key, accountKey(account)),
      sql`substr(${signInAttempts.key}, 1, ${pairPrefix(account).length}) = ${pairPrefix(account)}`,
    ]),
  );

export type SignInLock = { client: string; kind: 'password' | 'code'; failures: number; lockedUntil: number };

/** The clients an account is refused at now, passwords and codes, for its admin page. */
export function listSignInLocks({ userId, now = Date.now(), db = getDb() }: { userId: number; now?: number } & WithDb): SignInLock[] {
  const user = db.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, userId)).get();
  if (!user) return [];
  return db
    .select()
    .from(signInAttempts)
    .where(and(ofAccounts(throttleAccounts(user)), gt(signInAttempts.lockedUntil, now)))
    .all()
    .filter((row) => row.key.startsWith('pair:'))
    .map((row) => ({
      client: row.key.slice(row.key.indexOf('|') + 1),
      kind: row.key.startsWith('pair:second-factor:') ? ('code' as const) : ('password' as const),
      failures: row.failures,
      lockedUntil: row.lockedUntil,
    }));
}

/** An admin lifts every sign-in lock of an account, and forgets its failures (audited). Returns how many locks were lifted. */
export function clearSignInLocks({ actorId, userId, now = Date.now(), db = getDb() }: { actorId: number; userId: number; now?: number } & WithDb): number {
  return db.transaction(
    (tx) => {
      const user = tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, userId)).get();
      if (!user) return 0;
      const rows = tx
        .select()
        .from(signInAttempts)
        .where(ofAccounts(throttleAccounts(user)))
        .all();
      const lifted = rows.filter((row) => row.lockedUntil > now).length;
      tx.delete(signInAttempts)
        .where(ofAccounts(throttleAccounts(user)))
        .run();
      recordAuditEvent(tx, { actorId, action: 'account.clear-sign-in-locks', entityType: 'user', entityId: userId, changes: { locks: [lifted, 0] } });
      return lifted;
    },
    { behavior: 'immediate' },
  );
}
