'use server';

import { AuthError } from 'next-auth';
import { signIn } from '@/auth';
import { RuleViolation } from '@/lib/errors';
import { signInSchema } from '@/lib/schemas/accounts';
import { defineAction } from '@/server/action';

export const signInWithPassword = defineAction({
  access: 'public',
  schema: signInSchema,
  async run({ email, password }) {
    try {
      await signIn('credentials', { email, password, redirectTo: '/' });
    } catch (error) {
      // One message for every failure: it must not tell which of e-mail or password was wrong.
      if (error instanceof AuthError) throw new RuleViolation('Wrong e-mail or password.');
      throw error;
    }
  },
});
