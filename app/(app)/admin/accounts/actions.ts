'use server';

import { revalidatePath } from 'next/cache';
import { resetSecondFactor } from '@/db/second-factor';
import { endAccountSessions } from '@/db/sessions';
import { clearSignInLocks } from '@/db/sign-in-attempts';
import { changeAccountRole, createAccount, getAccount, resetAccountPassword, setAccountActive } from '@/db/users';
import { generatePassword, hashPassword } from '@/lib/password';
import { accountIdSchema, changeRoleSchema, createAccountSchema, resetPasswordSchema, setActiveSchema } from '@/lib/schemas/accounts';
import { defineAction } from '@/server/action';
import { hashNewPassword } from '@/server/passwords';

/**
 * The admin's chosen password (held to the same strength check as the owner's own), or a
 * generated one returned to be shown once. Either way the owner replaces it at first sign-in.
 */
async function choosePassword(input: { passwordMode: 'generate' | 'set'; password?: string }, owner: { name: string; email: string }) {
  if (input.passwordMode === 'set') return { passwordHash: await hashNewPassword({ password: input.password!, owner }), shownOnce: undefined };
  const password = generatePassword();
  return { passwordHash: await hashPassword(password), shownOnce: password };
}

export const createAccountAction = defineAction({
  access: 'account:create',
  schema: createAccountSchema,
  async run({ name, email, role, ...choice }, { viewer }) {
    const { passwordHash, shownOnce } = await choosePassword(choice, { name, email });
    const account = createAccount({ actorId: viewer.id, account: { name, email, role, passwordHash } });
    revalidatePath('/admin/accounts');
    return { id: account.id, name: account.name, email: account.email, generatedPassword: shownOnce };
  },
});

export const changeRoleAction = defineAction({
  access: 'account:change-role',
  schema: changeRoleSchema,
  run({ userId, role }, { viewer }) {
    const account = changeAccountRole({ actorId: viewer.id, userId, role });
    revalidatePath('/admin/accounts');
    return { role: account.role };
  },
});

export const setActiveAction = defineAction({
  access: 'account:deactivate',
  schema: setActiveSchema,
  run({ userId, active }, { viewer }) {
    const account = setAccountActive({ actorId: viewer.id, userId, active });
    revalidatePath('/admin/accounts');
    return { active: account.active };
  },
});

export const resetPasswordAction = defineAction({
  access: 'account:reset-password',
  schema: resetPasswordSchema,
  async run({ userId, ...choice }, { viewer }) {
    const { passwordHash, shownOnce } = await choosePassword(choice, getAccount({ id: userId }));
    resetAccountPassword({ actorId: viewer.id, userId, passwordHash });
    return { generatedPassword: shownOnce };
  },
});

/** A lost laptop: every open session of the account ends now. */
export const endAccountSessionsAction = defineAction({
  access: 'account:end-sessions',
  schema: accountIdSchema,
  run({ userId }, { viewer }) {
    const ended = endAccountSessions({ actorId: viewer.id, userId });
    revalidatePath(`/admin/accounts/${userId}`);
    return { ended };
  },
});

/** A lost phone: the second factor is cleared and the account's sessions end; it is set up again at the next sign-in. */
export const resetSecondFactorAction = defineAction({
  access: 'account:reset-second-factor',
  schema: accountIdSchema,
  run({ userId }, { viewer }) {
    resetSecondFactor({ actorId: viewer.id, userId });
    revalidatePath(`/admin/accounts/${userId}`);
    return { reset: true as const };
  },
});

/** Failed attempts made the account wait somewhere (perhaps the owner's own office): the locks are lifted now. */
export const clearSignInLocksAction = defineAction({
  access: 'account:clear-sign-in-locks',
  schema: accountIdSchema,
  run({ userId }, { viewer }) {
    const lifted = clearSignInLocks({ actorId: viewer.id, userId });
    revalidatePath(`/admin/accounts/${userId}`);
    return { lifted };
  },
});
