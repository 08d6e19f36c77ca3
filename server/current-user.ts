import 'server-only';
import { LRUCache } from 'lru-cache';
import { cookies, headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { readSessionToken } from '../auth';
import { expireSession, findSession, type FoundSession, touchSession } from '../db/sessions';
import { can, type Permission } from '../lib/policy';
import { originOf, withRequestOrigin } from '../lib/request-origin';
import { REQUEST_PATH_HEADER, safeReturnPath, signInPath } from '../lib/return-path';
import { sessionState, type SignInStep, signInStepPath } from '../lib/sessions';
import { sessionCookieName, sessionToken } from '../lib/session-cookie';
import { recordRefusal } from './refusals';

/** The viewer (lib/policy.ts) with the rest of their account and the session this request came with. */
export type SignedInViewer = FoundSession['user'] & { sessionId: number };

/** A sign-in that still owes a step (a code, an authenticator to set up, a new password). */
export type PendingSignIn = { user: SignedInViewer; step: SignInStep };

type SessionStateNow = { user: SignedInViewer } & ({ status: 'active' } | { status: 'pending'; step: SignInStep });

/**
 * The request's session, checked against the database once per request: the row must be open, the
 * account active, and the mission's absolute and idle limits not passed (lib/sessions.ts). A
 * session found past a limit is ended there and then, so it stays ended.
 */
const getSessionState = cache(async (): Promise<SessionStateNow | null> => {
  const decoded = await decodedSession();
  if (!decoded) return null;
  const found = findSession({ sessionKey: decoded.sessionKey });
  if (!found || found.user.id !== decoded.id) return null;
  const now = Date.now();
  const state = sessionState(found.session, found.user, found.limits, now);
  const user = { ...found.user, sessionId: found.session.id };
  if (state.status === 'ended') {
    if (state.reason === 'idle' || state.reason === 'expired' || state.reason === 'unfinished') {
      expireSession({ session: { id: found.session.id, userId: found.user.id }, reason: state.reason, origin: originOf(await headers()) });
    }
    return null;
  }
  touchSession({ session: found.session, now });
  return state.status === 'active' ? { user, status: 'active' } : { user, status: 'pending', step: state.step };
});

/**
 * The signed-in user, or null. A deactivated account, an ended or timed-out session, or one still
 * owing a sign-in step counts as signed out, so lost rights are lost at the very next request.
 */
export const getViewer = cache(async (): Promise<SignedInViewer | null> => {
  const state = await getSessionState();
  return state?.status === 'active' ? state.user : null;
});

/** The sign-in in progress in this browser, for the pages and actions of its remaining steps. */
export async function getPendingSignIn(): Promise<PendingSignIn | null> {
  const state = await getSessionState();
  return state?.status === 'pending' ? { user: state.user, step: state.step } : null;
}

type DecodedSession = { id: number; sessionKey: string };

/**
 * What a session token says, kept for a minute per token: decrypting it costs about a millisecond,
 * a tenth of a simple page (decision 0007). Only tokens that decrypted are kept, under their full
 * text; the database check above still runs on every request, so an ended session or a
 * deactivated account is refused at once.
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

/**
 * For pages: the signed-in user; else a redirect to sign-in, or to the step a sign-in still owes,
 * that comes back to this page afterwards.
 */
export async function requireViewer(): Promise<SignedInViewer> {
  const state = await getSessionState();
  if (state?.status === 'active') return state.user;
  // The page asked for, as scripts/serve.ts recorded it: a server component cannot read its URL.
  const path = (await headers()).get(REQUEST_PATH_HEADER);
  redirect(state?.status === 'pending' ? signInStepPath(state.step, safeReturnPath(path)) : signInPath(path));
}

/** For pages: a user holding `permission`; anyone else gets a 404, as if the page did not exist. */
export async function requirePermission(permission: Permission): Promise<SignedInViewer> {
  const viewer = await requireViewer();
  if (!can(viewer, permission)) {
    const headerList = await headers();
    withRequestOrigin(originOf(headerList), () => recordRefusal({ viewer, asked: permission, path: headerList.get(REQUEST_PATH_HEADER) }));
    notFound();
  }
  return viewer;
}

/**
 * For the pages of a sign-in step: the user whose sign-in owes `step`. A browser with no sign-in
 * in progress goes to sign-in (or on, if already signed in); one that owes another step goes there.
 */
export async function requireSignInStep(step: SignInStep, next: string): Promise<SignedInViewer> {
  const state = await getSessionState();
  if (!state) redirect('/sign-in');
  if (state.status === 'active') redirect(next);
  if (state.step !== step) redirect(signInStepPath(state.step, next));
  return state.user;
}
