import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { accountLockMs, clientLockMs, WINDOW_MS } from '../lib/throttle';
import { getDb } from './client';
import type { Database } from './connection';
import { signInAttempts } from './schema';

type WithDb = { db?: Database };
export type ThrottleKeys = { account: string; client: string };

const keysOf = ({ account, client }: ThrottleKeys) => [`account:${account.toLowerCase()}`, `client:${client}`];

/** The moment until which sign-in is refused for this account or client, or 0. */
export function lockedUntil({ keys, now = Date.now(), db = getDb() }: { keys: ThrottleKeys; now?: number } & WithDb): number {
  const rows = db.select({ lockedUntil: signInAttempts.lockedUntil }).from(signInAttempts).where(inArray(signInAttempts.key, keysOf(keys))).all();
  const until = Math.max(0, ...rows.map((row) => row.lockedUntil));
  return until > now ? until : 0;
}

/** Counts a failure against both the account and the client, and locks them when the rules say so. */
export function recordFailedSignIn({ keys, now = Date.now(), db = getDb() }: { keys: ThrottleKeys; now?: number } & WithDb): void {
  db.transaction(
    (tx) => {
      for (const key of keysOf(keys)) {
        const row = tx.select().from(signInAttempts).where(eq(signInAttempts.key, key)).get();
        const isAccount = key.startsWith('account:');
        // Account failures count until a success; client failures per 15-minute window.
        const fresh = !row || (!isAccount && now - row.windowStartedAt > WINDOW_MS);
        const failures = fresh ? 1 : row.failures + 1;
        const lock = isAccount ? accountLockMs(failures) : clientLockMs(failures);
        const values = { failures, windowStartedAt: fresh ? now : row.windowStartedAt, lockedUntil: lock ? now + lock : 0 };
        if (row) tx.update(signInAttempts).set(values).where(eq(signInAttempts.key, key)).run();
        else tx.insert(signInAttempts).values({ key, ...values }).run();
      }
    },
    { behavior: 'immediate' },
  );
}

/** A successful sign-in clears the account's failures (not the client's: it may be shared by an attacker). */
export function recordSuccessfulSignIn({ account, db = getDb() }: { account: string } & WithDb): void {
  db.delete(signInAttempts).where(eq(signInAttempts.key, `account:${account.toLowerCase()}`)).run();
}
