'use server';

import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { signIn } from '@/auth';
import { lockedUntil } from '@/db/sign-in-attempts';
import { clientAddress } from '@/lib/client-address';
import { returnPathField } from '@/lib/return-path';
import { RuleViolation } from '@/lib/errors';
import { signInSchema } from '@/lib/schemas/accounts';
import { waitMessage } from '@/lib/throttle';
import { defineAction } from '@/server/action';

export const signInWithPassword = defineAction({
  access: 'public',
  // `next` comes back from the form: whatever it says, only a path of ours is followed.
  schema: signInSchema.extend({ next: returnPathField }),
  async run({ email, password, next }) {
    // The same check runs inside Auth.js (auth.ts); here it gives the person a clear wait time.
    const until = lockedUntil({ keys: { account: email, client: clientAddress(await headers()) } });
    if (until) throw new RuleViolation(waitMessage(until, Date.now()));
    try {
      await signIn('credentials', { email, password, redirectTo: next });
    } catch (error) {
      // One message for every failure: it must not tell which of e-mail or password was wrong.
      if (error instanceof AuthError) {
        // A lock that began with this very attempt: say so, rather than "wrong password".
        const lock = lockedUntil({ keys: { account: email, client: clientAddress(await headers()) } });
        throw new RuleViolation(lock ? waitMessage(lock, Date.now()) : 'Wrong e-mail or password.');
      }
      throw error;
    }
  },
});
