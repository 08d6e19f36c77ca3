'use server';

import { signIn } from '@/auth';
import { createFirstAdmin } from '@/db/users';
import { hashPassword } from '@/lib/password';
import { setupSchema } from '@/lib/schemas/accounts';
import { defineAction } from '@/server/action';

/**
 * Creates the first admin while no account exists. Public by necessity, so the data layer refuses
 * it (as "not found") once any account exists, inside the same transaction as the insert.
 */
export const completeSetup = defineAction({
  access: 'public',
  schema: setupSchema,
  async run({ name, email, password }) {
    const passwordHash = await hashPassword(password);
    createFirstAdmin({ account: { name, email, passwordHash } });
    await signIn('credentials', { email, password, redirectTo: '/admin/accounts' });
  },
});
