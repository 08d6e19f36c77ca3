'use server';

import { z } from 'zod';
import { signOut } from '@/auth';
import { signOutEverywhere as endEverySession } from '@/db/sessions';
import { defineAction } from '@/server/action';

/** Ends this browser's session only (Auth.js's sign-out event ends its row, auth.ts). */
export const signOutAction = defineAction({
  access: 'signed-in',
  schema: z.object({}),
  async run() {
    await signOut({ redirectTo: '/sign-in' });
  },
});

/** Ends every session of the account, on every device, this one included. */
export const signOutEverywhere = defineAction({
  access: 'signed-in',
  schema: z.object({}),
  async run(_input, { viewer }) {
    endEverySession({ userId: viewer.id });
    await signOut({ redirectTo: '/sign-in' });
  },
});
