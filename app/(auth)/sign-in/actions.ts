'use server';

import { returnPathField } from '@/lib/return-path';
import { signInSchema } from '@/lib/schemas/accounts';
import { defineAction } from '@/server/action';
import { signInWithCredentials } from '@/server/sign-in';

export const signInWithPassword = defineAction({
  access: 'public',
  // `next` comes back from the form: whatever it says, only a path of ours is followed.
  schema: signInSchema.extend({ next: returnPathField }),
  async run({ email, password, next }) {
    await signInWithCredentials({ email, password, redirectTo: next });
  },
});
