import 'server-only';
import { LRUCache } from 'lru-cache';
import { cookies, headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { readSessionToken } from '../auth';
import { getSessionUser } from '../db/users';
import { can, type Permission } from '../lib/policy';
import { REQUEST_PATH_HEADER, signInPath } from '../lib/return-path';
import { sessionCookieName, sessionToken } from '../lib/session-cookie';

export type CurrentUser = NonNullable<ReturnType<typeof getSessionUser>>;

/**
 * The signed-in user, read fresh from the database once per request. A deactivated account or a
 * token whose session version was retired (sign-out, role change, password reset) counts as
 * signed out, so lost rights are lost at the very next request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await decodedSession();
  if (!session) return null;
  const user = getSessionUser({ id: session.id });
  if (!user || !user.active || user.sessionVersion !== session.sessionVersion) return null;
  return user;
});

type DecodedSession = { id: number; sessionVersion: number | undefined };

/**
 * What a session token says, kept for a minute per token: decrypting it costs about a millisecond,
 * a tenth of a simple page (decision 0007). Only tokens that decrypted are kept, under their full
 * text; the database check above still runs on every request, so a signed-out, downgraded or
 * deactivated account is refused at once. A token is at most a minute late to expire.
 */
const decodedSessions = new LRUCache<string, DecodedSession>({ max: 5_000, ttl: 60_000 });

async function decodedSession(): Promise<DecodedSession | null> {
  const jar = (await cookies()).getAll();
  const token = sessionToken(jar);
  if (!token) return null;
  const known = decodedSessions.get(token);
  if (known) return known;
  const decoded = await readSessionToken({ token, cookieName: sessionCookieName(jar) });
  if (decoded) decodedSessions.set(token, decoded);
  return decoded;
}

/** For pages: the signed-in user, or a redirect to sign-in that comes back to this page afterwards. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  // The page asked for, as scripts/serve.ts recorded it: a server component cannot read its URL.
  if (!user) redirect(signInPath((await headers()).get(REQUEST_PATH_HEADER)));
  return user;
}

/** For pages: a user holding `permission`; anyone else gets a 404, as if the page did not exist. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, permission)) notFound();
  return user;
}
