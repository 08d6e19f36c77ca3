'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { signOut } from '@/auth';
import { replaceRecoveryCodes, turnOffSecondFactor } from '@/db/second-factor';
import { endOwnSession } from '@/db/sessions';
import { getMissionSettings } from '@/db/settings';
import { originOf } from '@/lib/request-origin';
import { RuleViolation } from '@/lib/errors';
import { changePasswordSchema, codeSchema, endSessionSchema, enrolmentSchema, languageSchema } from '@/lib/schemas/accounts';
import { setOwnLocale } from '@/db/users';
import { secondFactorRequired } from '@/lib/sessions';
import { waitMessage } from '@/lib/throttle';
import { defineAction } from '@/server/action';
import { checkPassword } from '@/server/credentials';
import { replaceOwnPassword } from '@/server/passwords';
import { enrolSecondFactor, giveSecondFactor, issueRecoveryCodes } from '@/server/second-factor';

/** One's own password: the current one first (throttled like sign-in), then every other session ends. */
export const changePasswordAction = defineAction({
  access: 'signed-in',
  schema: changePasswordSchema,
  async run({ currentPassword, password }, { viewer }) {
    const check = await checkPassword({ email: viewer.email, password: currentPassword, origin: originOf(await headers()) });
    if (check.outcome === 'throttled') throw new RuleViolation(waitMessage(check.until, Date.now()));
    if (check.outcome === 'wrong')
      throw new RuleViolation('Please correct the fields marked below.', { currentPassword: ['This is not your current password.'] });
    await replaceOwnPassword({
      viewer,
      password,
      sameAsBefore: { message: 'Please correct the fields marked below.', field: 'This is your current password. Choose a new one.' },
    });
    return { changed: true as const };
  },
});

/** Ends one of one's own sessions; ending this one is signing out. */
export const endSessionAction = defineAction({
  access: 'signed-in',
  schema: endSessionSchema,
  async run({ sessionId }, { viewer }) {
    if (sessionId === viewer.sessionId) return void (await signOut({ redirectTo: '/sign-in' }));
    endOwnSession({ userId: viewer.id, sessionId });
    revalidatePath('/account');
  },
});

/** An officer turning on two-step verification by choice (managers and admins set it up at sign-in). */
export const enrolAction = defineAction({
  access: 'signed-in',
  schema: enrolmentSchema,
  async run({ code, next: _next, ...offer }, { viewer }) {
    return { recoveryCodes: await enrolSecondFactor({ viewer, offer, code }), continueTo: '/account' };
  },
});

/** Ten new recovery codes, the old ones void; a current code proves the person still holds the factor. */
export const newRecoveryCodesAction = defineAction({
  access: 'signed-in',
  schema: codeSchema,
  async run({ code }, { viewer }) {
    if (!viewer.totpEnabled) throw new RuleViolation('Two-step verification is off for this account.');
    await giveSecondFactor({ viewer, code });
    return { recoveryCodes: await issueRecoveryCodes((codeHashes) => replaceRecoveryCodes({ userId: viewer.id, codeHashes })) };
  },
});

export const turnOffSecondFactorAction = defineAction({
  access: 'signed-in',
  schema: codeSchema,
  async run({ code }, { viewer }) {
    if (secondFactorRequired(viewer.role, getMissionSettings()))
      throw new RuleViolation('Your role, or the mission’s settings, require two-step verification: it cannot be turned off.');
    if (!viewer.totpEnabled) throw new RuleViolation('Two-step verification is already off.');
    await giveSecondFactor({ viewer, code });
    turnOffSecondFactor({ userId: viewer.id });
    revalidatePath('/account');
    return { off: true as const };
  },
});

/** One's interface language: every page after this one is in it. */
export const setLanguageAction = defineAction({
  access: 'signed-in',
  schema: languageSchema,
  run({ locale }, { viewer }) {
    setOwnLocale({ userId: viewer.id, locale });
    revalidatePath('/', 'layout');
  },
});
