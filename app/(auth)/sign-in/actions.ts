'use server';

import { redirect } from 'next/navigation';
import { RuleViolation } from '@/lib/errors';
import { returnPathField } from '@/lib/return-path';
import { choosePasswordSchema, enrolmentSchema, secondFactorSchema, signInSchema } from '@/lib/schemas/accounts';
import { signInStepPath } from '@/lib/sessions';
import { defineAction, NO_SIGN_IN_IN_PROGRESS } from '@/server/action';
import { replaceOwnPassword } from '@/server/passwords';
import { enrolSecondFactor, giveSecondFactor } from '@/server/second-factor';
import { signInWithCredentials } from '@/server/sign-in';

export const signInWithPassword = defineAction({
  access: 'public',
  // `next` comes back from the form: whatever it says, only a path of ours is followed.
  schema: signInSchema.extend({ next: returnPathField }),
  async run({ email, password, next }) {
    const step = await signInWithCredentials({ email, password });
    redirect(signInStepPath(step, next));
  },
});

/** Where a sign-in goes once `done` is given: the only step that can still follow is a new password. */
const afterSecondFactor = (viewer: { mustChangePassword: boolean }, next: string) => signInStepPath(viewer.mustChangePassword ? 'new-password' : null, next);

export const giveSecondFactorAction = defineAction({
  access: 'signing-in',
  schema: secondFactorSchema,
  async run({ code, next }, { viewer, step }) {
    if (step !== 'second-factor') throw new RuleViolation(NO_SIGN_IN_IN_PROGRESS);
    await giveSecondFactor({ viewer, code });
    redirect(afterSecondFactor(viewer, next));
  },
});

/** Sets up the authenticator a manager's or admin's sign-in requires; the recovery codes come back to be shown once. */
export const enrolAtSignInAction = defineAction({
  access: 'signing-in',
  schema: enrolmentSchema,
  async run({ code, next, ...offer }, { viewer, step }) {
    if (step !== 'enrol') throw new RuleViolation(NO_SIGN_IN_IN_PROGRESS);
    const recoveryCodes = await enrolSecondFactor({ viewer, offer, code });
    return { recoveryCodes, continueTo: afterSecondFactor(viewer, next) };
  },
});

/** The new password owed after an admin set one: it must pass the strength check and differ from the one just used. */
export const choosePasswordAction = defineAction({
  access: 'signing-in',
  schema: choosePasswordSchema,
  async run({ password, next }, { viewer, step }) {
    if (step !== 'new-password') throw new RuleViolation(NO_SIGN_IN_IN_PROGRESS);
    await replaceOwnPassword({
      viewer,
      password,
      sameAsBefore: { message: 'Please choose a new password.', field: 'This is the password you were given. Choose one of your own.' },
    });
    redirect(next);
  },
});
