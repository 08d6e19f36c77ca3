'use server';

import { headers } from 'next/headers';
import { getSignInFacts } from '@/db/users';
import { getMissionSettings } from '@/db/settings';
import { originOf } from '@/lib/request-origin';
import { RuleViolation } from '@/lib/errors';
import { reauthenticateSchema } from '@/lib/schemas/accounts';
import { secondFactorRequired } from '@/lib/sessions';
import { waitMessage } from '@/lib/throttle';
import { defineAction } from '@/server/action';
import { checkPassword } from '@/server/credentials';
import { signInWithCredentials } from '@/server/sign-in';

/**
 * Signing in again from inside a form whose session ended: no redirect, so the form and its text
 * stay on screen. A session cookie is set only for a sign-in that is complete: one still owing a
 * step would make Next.js re-render the form's page for a session the page must refuse. So the
 * password is checked first; an account with two-step verification is asked for its code (sent
 * again with the password), and one owing a new password or an authenticator finishes in another tab.
 */
export const reauthenticateAction = defineAction({
  access: 'public',
  schema: reauthenticateSchema,
  async run({ email, password, code }) {
    const check = await checkPassword({ email, password, origin: originOf(await headers()) });
    if (check.outcome === 'throttled') throw new RuleViolation(waitMessage(check.until, Date.now()));
    const account = getSignInFacts({ email });
    if (check.outcome === 'wrong' || !account) throw new RuleViolation('Wrong e-mail or password.');
    if (account.mustChangePassword) return { step: 'new-password' as const };
    if (!account.totpEnabled && secondFactorRequired(account.role, getMissionSettings())) return { step: 'enrol' as const };
    if (account.totpEnabled && !code) return { step: 'second-factor' as const };
    await signInWithCredentials({ email, password, code });
    return { step: null };
  },
});
