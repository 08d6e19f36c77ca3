import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { auth } from '../auth';
import { getSessionUser } from '../db/users';
import { can, type Permission } from '../lib/policy';

export type CurrentUser = NonNullable<ReturnType<typeof getSessionUser>>;

/**
 * The signed-in user, read fresh from the database once per request. A deactivated account or a
 * token whose session version was retired (sign-out, role change, password reset) counts as
 * signed out, so lost rights are lost at the very next request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const user = getSessionUser({ id });
  if (!user || !user.active || user.sessionVersion !== session?.sessionVersion) return null;
  return user;
});

/** For pages: the signed-in user, or a redirect to sign-in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  return user;
}

/** For pages: a user holding `permission`; anyone else gets a 404, as if the page did not exist. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, permission)) notFound();
  return user;
}
