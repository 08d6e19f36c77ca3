import 'server-only';
import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { signIn } from '../auth';
import { lockedUntil } from '../db/sign-in-attempts';
import { clientAddress } from '../lib/client-address';
import { RuleViolation } from '../lib/errors';
import { waitMessage } from '../lib/throttle';

/**
 * Signs in with a password, or throws a RuleViolation fit to show: the real wait when the account
 * or client is locked out, else one message for every failure (it must not tell which of e-mail or
 * password was wrong). With `redirectTo`, Next's redirect is thrown on success; without, the
 * session cookie is set and the caller carries on (signing in again from inside a form).
 */
export async function signInWithCredentials({ email, password, redirectTo }: { email: string; password: string; redirectTo?: string }): Promise<void> {
  const keys = async () => ({ account: email, client: clientAddress(await headers()) });
  // The same check runs inside Auth.js (auth.ts); here it gives the person a clear wait time.
  const until = lockedUntil({ keys: await keys() });
  if (until) throw new RuleViolation(waitMessage(until, Date.now()));
  try {
    if (redirectTo) await signIn('credentials', { email, password, redirectTo });
    else await signIn('credentials', { email, password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      // A lock that began with this very attempt: say so, rather than "wrong password".
      const lock = lockedUntil({ keys: await keys() });
      throw new RuleViolation(lock ? waitMessage(lock, Date.now()) : 'Wrong e-mail or password.');
    }
    throw error;
  }
}
