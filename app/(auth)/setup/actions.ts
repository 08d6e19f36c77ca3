'use server';

import { redirect } from 'next/navigation';
import { createFirstAdmin } from '@/db/users';
import { setupSchema } from '@/lib/schemas/accounts';
import { signInStepPath } from '@/lib/sessions';
import { defineAction } from '@/server/action';
import { hashNewPassword } from '@/server/passwords';
import { signInWithCredentials } from '@/server/sign-in';

/**
 * Creates the first admin while no account exists. Public by necessity, so the data layer refuses
 * it (as "not found") once any account exists, inside the same transaction as the insert.
 */
export const completeSetup = defineAction({
  access: 'public',
  schema: setupSchema,
  async run({ name, email, password }) {
    const passwordHash = await hashNewPassword({ password, owner: { name, email } });
    createFirstAdmin({ account: { name, email, passwordHash } });
    // An admin: the next step sets up the second factor (lib/sessions.ts).
    redirect(signInStepPath(await signInWithCredentials({ email, password }), '/admin/accounts'));
  },
});
