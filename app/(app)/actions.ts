'use server';

import { z } from 'zod';
import { signOut } from '@/auth';
import { endSessions } from '@/db/users';
import { defineAction } from '@/server/action';

export const signOutEverywhere = defineAction({
  access: 'signed-in',
  schema: z.object({}),
  async run(_input, { user }) {
    endSessions({ userId: user.id });
    await signOut({ redirectTo: '/sign-in' });
  },
});
