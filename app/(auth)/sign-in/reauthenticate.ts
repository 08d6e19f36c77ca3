'use server';

import { RuleViolation } from '@/lib/errors';
import { codeSchema, signInSchema } from '@/lib/schemas/accounts';
import { defineAction, NO_SIGN_IN_IN_PROGRESS } from '@/server/action';
import { giveSecondFactor } from '@/server/second-factor';
import { signInWithCredentials } from '@/server/sign-in';

/**
 * Signing in again from inside a form whose session ended: no redirect, so the form and its text
 * stay on screen. The step still owed, if any, is answered in the same dialog (a code) or in
 * another tab (a new authenticator, a new password).
 */
export const reauthenticateAction = defineAction({
  access: 'public',
  schema: signInSchema,
  async run({ email, password }) {
    return { step: await signInWithCredentials({ email, password }) };
  },
});

/** The code the second factor asks for, given in the same dialog; what is still owed comes back. */
export const reauthenticateWithCodeAction = defineAction({
  access: 'signing-in',
  schema: codeSchema,
  async run({ code }, { user, step }) {
    if (step !== 'second-factor') throw new RuleViolation(NO_SIGN_IN_IN_PROGRESS);
    await giveSecondFactor({ user, code });
    return { step: user.mustChangePassword ? ('new-password' as const) : null };
  },
});
