import type { Role } from './roles';

/**
 * How long a session lives (docs/decisions/0028-bounded-sessions-and-a-second-factor.md): an
 * absolute limit from sign-in and an idle limit from the last request, both checked on the server
 * at every request. Admins choose them within these bounds.
 */
export const sessionLimitBounds = {
  sessionHours: { min: 1, max: 24, default: 12 },
  idleMinutes: { min: 5, max: 60, default: 30 },
} as const;

export type SessionLimits = { sessionHours: number; idleMinutes: number; secondFactorForEveryone: boolean };

/** A sign-in that stopped half-way (code not given, new password not chosen) is dropped after this. */
export const UNFINISHED_SIGN_IN_MS = 10 * 60_000;

/** "Last seen" is written at most this often: a write per request would cost more than it tells. */
export const LAST_SEEN_EVERY_MS = 60_000;

export const sessionEndReasons = [
  'signed-out',
  'signed-out-everywhere',
  'ended-by-user',
  'ended-by-admin',
  'idle',
  'expired',
  'unfinished',
  'password-changed',
  'account-changed',
] as const;
export type SessionEndReason = (typeof sessionEndReasons)[number];

/** What is still owed before a signed-in session may be used, in the order it is asked. */
export type SignInStep = 'second-factor' | 'enrol' | 'new-password';

export function secondFactorRequired(role: Role, limits: Pick<SessionLimits, 'secondFactorForEveryone'>): boolean {
  return role !== 'officer' || limits.secondFactorForEveryone;
}

type SessionFacts = { signedInAt: Date; lastSeenAt: Date; secondFactorAt: Date | null; endedAt: Date | null };
type UserFacts = { role: Role; active: boolean; totpEnabled: boolean; mustChangePassword: boolean };

export type SessionState = { status: 'active' } | { status: 'pending'; step: SignInStep } | { status: 'ended'; reason: SessionEndReason | 'inactive-account' };

/** The one statement of whether a session may be used now, and if not, why or what it still owes. */
export function sessionState(session: SessionFacts, user: UserFacts, limits: SessionLimits, now: number): SessionState {
  if (session.endedAt) return { status: 'ended', reason: 'signed-out' };
  if (!user.active) return { status: 'ended', reason: 'inactive-account' };
  const limit = limitPassed(session, limits, now);
  if (limit) return { status: 'ended', reason: limit };
  const step = pendingStep(session, user, limits);
  if (!step) return { status: 'active' };
  if (now - session.signedInAt.getTime() >= UNFINISHED_SIGN_IN_MS) return { status: 'ended', reason: 'unfinished' };
  return { status: 'pending', step };
}

/** Which of the mission's limits a session has passed, if any. */
export function limitPassed(
  session: Pick<SessionFacts, 'signedInAt' | 'lastSeenAt'>,
  limits: Omit<SessionLimits, 'secondFactorForEveryone'>,
  now: number,
): 'expired' | 'idle' | null {
  if (now - session.signedInAt.getTime() >= limits.sessionHours * 3_600_000) return 'expired';
  if (now - session.lastSeenAt.getTime() >= limits.idleMinutes * 60_000) return 'idle';
  return null;
}

function pendingStep(session: SessionFacts, user: UserFacts, limits: SessionLimits): SignInStep | null {
  if (user.totpEnabled && !session.secondFactorAt) return 'second-factor';
  if (!user.totpEnabled && secondFactorRequired(user.role, limits)) return 'enrol';
  if (user.mustChangePassword) return 'new-password';
  return null;
}

/** Where a sign-in continues; `next` is an already checked path of ours. */
export function signInStepPath(step: SignInStep | null, next: string): string {
  if (!step) return next;
  const query = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
  return `/sign-in/${step}${query}`;
}

/** A browser's name as a person recognises it in "your sessions", from its User-Agent. */
export function describeBrowser(userAgent: string | null): string {
  if (!userAgent) return 'Unknown browser';
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrome\/|Chromium\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null;
  const system = /iPhone|iPad/.test(userAgent)
    ? 'iOS'
    : /Android/.test(userAgent)
      ? 'Android'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  if (!browser && !system) return userAgent.slice(0, 60);
  if (!system) return browser!;
  return browser ? `${browser} on ${system}` : `A browser on ${system}`;
}
