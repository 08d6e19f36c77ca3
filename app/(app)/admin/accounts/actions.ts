'use server';

import { revalidatePath } from 'next/cache';
import { changeAccountRole, createAccount, resetAccountPassword, setAccountActive } from '@/db/users';
import { generatePassword, hashPassword } from '@/lib/password';
import { changeRoleSchema, createAccountSchema, resetPasswordSchema, setActiveSchema } from '@/lib/schemas/accounts';
import { defineAction } from '@/server/action';

/** The admin's chosen password, or a generated one that is returned once to be shown once. */
async function choosePassword(input: { passwordMode: 'generate' | 'set'; password?: string }) {
  const password = input.passwordMode === 'set' ? input.password! : generatePassword();
  return { passwordHash: await hashPassword(password), shownOnce: input.passwordMode === 'generate' ? password : undefined };
}

export const createAccountAction = defineAction({
  access: 'account:create',
  schema: createAccountSchema,
  async run({ name, email, role, ...choice }, { user }) {
    const { passwordHash, shownOnce } = await choosePassword(choice);
    const account = createAccount({ actorId: user.id, account: { name, email, role, passwordHash } });
    revalidatePath('/admin/accounts');
    return { id: account.id, name: account.name, email: account.email, generatedPassword: shownOnce };
  },
});

export const changeRoleAction = defineAction({
  access: 'account:change-role',
  schema: changeRoleSchema,
  run({ userId, role }, { user }) {
    const account = changeAccountRole({ actorId: user.id, userId, role });
    revalidatePath('/admin/accounts');
    return { role: account.role };
  },
});

export const setActiveAction = defineAction({
  access: 'account:deactivate',
  schema: setActiveSchema,
  run({ userId, active }, { user }) {
    const account = setAccountActive({ actorId: user.id, userId, active });
    revalidatePath('/admin/accounts');
    return { active: account.active };
  },
});

export const resetPasswordAction = defineAction({
  access: 'account:reset-password',
  schema: resetPasswordSchema,
  async run({ userId, ...choice }, { user }) {
    const { passwordHash, shownOnce } = await choosePassword(choice);
    resetAccountPassword({ actorId: user.id, userId, passwordHash });
    return { generatedPassword: shownOnce };
  },
});
