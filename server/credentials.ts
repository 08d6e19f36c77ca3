import 'server-only';
import { lockedUntil, recordFailedSignIn, recordSuccessfulSignIn } from '../db/sign-in-attempts';
import { getCredentialsByEmail } from '../db/users';
import { decoyPasswordHash, verifyPassword } from '../lib/password';
import type { RequestOrigin } from '../lib/request-origin';

export type PasswordCheck = { outcome: 'right'; userId: number } | { outcome: 'wrong' } | { outcome: 'throttled'; until: number };

/**
 * Whether this is the password of an active account, throttled per account and client (in the
 * database, so that restarts do not reset it: lib/throttle.ts). Failures and the locks they begin
 * go to the security log. Starts no session: Auth.js's sign-in (auth.ts) and the in-place sign-in
 * of a form (reauthenticate) both ask here first.
 */
export async function checkPassword({ email, password, origin }: { email: string; password: string; origin: RequestOrigin }): Promise<PasswordCheck> {
  const keys = { account: email, client: origin.clientAddress };
  const until = lockedUntil({ keys });
  if (until) return { outcome: 'throttled', until };
  const account = getCredentialsByEmail({ email });
  // Verify against a decoy hash when the e-mail is unknown, so timing does not reveal which accounts exist.
  const valid = await verifyPassword(account?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!account || !valid || !account.active) {
    const target = account ? { entityType: 'user', entityId: account.id } : { entityType: 'email', entityId: email.toLowerCase().slice(0, 120) };
    const reason = !account ? 'unknown account' : valid ? 'account deactivated' : 'wrong password';
    recordFailedSignIn({
      keys,
      events: { failed: 'sign-in.failed', locked: 'sign-in.locked', entry: { actorId: null, ...target, changes: { reason: [null, reason] }, origin } },
    });
    return { outcome: 'wrong' };
  }
  recordSuccessfulSignIn({ keys });
  return { outcome: 'right', userId: account.id };
}
