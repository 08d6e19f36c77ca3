import 'server-only';
import { lockedUntil, recordFailedSignIn, recordSuccessfulSignIn } from '../db/sign-in-attempts';
import { getCredentialsByEmail } from '../db/users';
import { decoyPasswordHash, verifyPassword } from '../lib/password';

export type PasswordCheck = { outcome: 'right'; userId: number } | { outcome: 'wrong' } | { outcome: 'throttled'; until: number };

/**
 * Whether this is the password of an active account, throttled per account and per client (in the
 * database, so that restarts do not reset it). Starts no session: Auth.js's sign-in (auth.ts) and
 * the in-place sign-in of a form (reauthenticate) both ask here first.
 */
export async function checkPassword({ email, password, client }: { email: string; password: string; client: string }): Promise<PasswordCheck> {
  const keys = { account: email, client };
  const until = lockedUntil({ keys });
  if (until) return { outcome: 'throttled', until };
  const account = getCredentialsByEmail({ email });
  // Verify against a decoy hash when the e-mail is unknown, so timing does not reveal which accounts exist.
  const valid = await verifyPassword(account?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!account || !valid || !account.active) {
    recordFailedSignIn({ keys });
    return { outcome: 'wrong' };
  }
  recordSuccessfulSignIn({ account: email });
  return { outcome: 'right', userId: account.id };
}
