import 'server-only';
import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { SecondFactorRefused, signIn } from '../auth';
import { getMissionSettings } from '../db/settings';
import { lockedUntil } from '../db/sign-in-attempts';
import { getSignInFacts } from '../db/users';
import { clientAddress } from '../lib/client-address';
import { RuleViolation } from '../lib/errors';
import { sessionState, type SignInStep } from '../lib/sessions';
import { waitMessage } from '../lib/throttle';

/**
 * Checks the password and starts a session, or throws a RuleViolation fit to show: the real wait
 * when the account or client is locked out, else one message for every failure (it must not tell
 * which of e-mail or password was wrong). Returns the step the new session still owes (a code, an
 * authenticator to set up, a new password), or null when it is ready to use. The session cookie is
 * set on the response either way; the caller decides where to go.
 */
export async function signInWithCredentials({ email, password, code }: { email: string; password: string; code?: string }): Promise<SignInStep | null> {
  const keys = async () => ({ account: email, client: clientAddress(await headers()) });
  // The same check runs inside Auth.js (auth.ts); here it gives the person a clear wait time.
  const until = lockedUntil({ keys: await keys() });
  if (until) throw new RuleViolation(waitMessage(until, Date.now()));
  try {
    await signIn('credentials', { email, password, ...(code ? { code } : {}), redirect: false });
  } catch (error) {
    const refused = secondFactorRefusal(error);
    if (refused) throw new RuleViolation(refused.reason, { code: [refused.reason] });
    if (error instanceof AuthError) {
      // A lock that began with this very attempt: say so, rather than "wrong password".
      const lock = lockedUntil({ keys: await keys() });
      throw new RuleViolation(lock ? waitMessage(lock, Date.now()) : 'Wrong e-mail or password.');
    }
    throw error;
  }
  // The request still carries the old cookie, so the new session is judged from its account: a
  // fresh session owes exactly what the account and the mission's rules ask of it.
  const user = getSignInFacts({ email });
  if (!user) throw new RuleViolation('Wrong e-mail or password.');
  const now = new Date();
  const state = sessionState({ signedInAt: now, lastSeenAt: now, secondFactorAt: code ? now : null, endedAt: null }, user, getMissionSettings(), now.getTime());
  return state.status === 'pending' ? state.step : null;
}

/** The refusal of a code given with the password, as Auth.js passes it on (itself, or as the cause of its own error). */
function secondFactorRefusal(error: unknown): SecondFactorRefused | null {
  if (error instanceof SecondFactorRefused) return error;
  const cause = (error as { cause?: { err?: unknown } } | null)?.cause?.err;
  return cause instanceof SecondFactorRefused ? cause : null;
}
