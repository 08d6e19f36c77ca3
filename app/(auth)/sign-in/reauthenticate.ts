'use server';

import { signInSchema } from '@/lib/schemas/accounts';
import { defineAction } from '@/server/action';
import { signInWithCredentials } from '@/server/sign-in';

/** Signing in again from inside a form whose session ended: no redirect, so the form and its text stay on screen. */
export const reauthenticateAction = defineAction({
  access: 'public',
  schema: signInSchema,
  async run({ email, password }) {
    await signInWithCredentials({ email, password });
    return { signedIn: true as const };
  },
});
