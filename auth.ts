import NextAuth, { CredentialsSignin } from 'next-auth';
import { decode } from 'next-auth/jwt';
import Credentials from 'next-auth/providers/credentials';
import { signOutSession, startSession } from './db/sessions';
import { AppError } from './lib/errors';
import { signInSchema } from './lib/schemas/accounts';
import { originOf } from './lib/request-origin';
import { readEnv } from './lib/env';
import { sessionCookieName, sessionToken } from './lib/session-cookie';
import { sessionLimitBounds } from './lib/sessions';
import { checkPassword } from './server/credentials';
import { verifySecondFactor } from './server/second-factor';

declare module 'next-auth' {
  interface User {
    sessionKey?: string;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    /** The secret naming this sign-in's row in `sessions` (db/sessions.ts). */
    sessionKey?: string;
  }
}

/** Refused without checking the password: too many recent failures for this account or client. */
export class SignInThrottled extends CredentialsSignin {
  code = 'throttled';
}

/** The password was right, the code given with it was not (wrong, already used, or throttled): `reason` says which. */
export class SecondFactorRefused extends CredentialsSignin {
  code = 'second-factor';
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * Auth.js, kept behind this file and server/current-user.ts so that a later switch of library
 * touches two files. The JWT carries the user id and the secret of its session row only: the row,
 * the role and the status are read fresh from the database on every request (server/current-user.ts),
 * so a session ends on the server, whatever the cookie says.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  // The cookie outlives no session: the longest an admin may allow (lib/sessions.ts). The server's
  // own limits, checked per request, usually end it sooner.
  session: { strategy: 'jwt', maxAge: sessionLimitBounds.sessionHours.max * 3_600 },
  pages: { signIn: '/sign-in' },
  trustHost: true,
  logger: {
    // A wrong password is an expected event, not a server error worth a stack trace in the log.
    error(error) {
      // `type`, not `name`: class names are minified in the production build.
      const type = (error as { type?: string }).type;
      if (type === 'CredentialsSignin') return; // includes SignInThrottled and SecondFactorRefused
      // A forged, expired or foreign-secret cookie: the visitor is simply signed out.
      if (type === 'JWTSessionError') return console.warn('Ignored an invalid session cookie.');
      console.error(error);
    },
  },
  providers: [
    Credentials({
      // `code`, optional: the second factor given with the password (a form signing in again in place).
      credentials: { email: { type: 'email' }, password: { type: 'password' }, code: { type: 'text' } },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const origin = originOf(request.headers);
        const check = await checkPassword({ ...parsed.data, origin });
        if (check.outcome === 'throttled') throw new SignInThrottled();
        if (check.outcome === 'wrong') return null;
        const code = typeof raw.code === 'string' && raw.code ? raw.code.slice(0, 40) : null;
        try {
          if (code) await verifySecondFactor({ userId: check.userId, code, origin, sessionId: null });
        } catch (error) {
          if (error instanceof AppError) throw new SecondFactorRefused(error.message);
          throw error;
        }
        // A new session for each sign-in; the one this browser held before, if any, ends with it.
        await endPreviousSession(request.headers.get('cookie'));
        const sessionKey = startSession({ userId: check.userId, origin, secondFactorGiven: !!code });
        return { id: String(check.userId), sessionKey };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        // Only the id and the session's secret: nothing the database could contradict later.
        return { sub: user.id, sessionKey: user.sessionKey };
      }
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.sub ?? '', email: '', name: null, image: null, emailVerified: null };
      return session;
    },
  },
  events: {
    // Auth.js's own endpoint (POST /api/auth/signout) and our "Sign out" both come through here:
    // clearing the cookie is not enough, the session itself ends.
    signOut(message) {
      const sessionKey = 'token' in message ? message.token?.sessionKey : undefined;
      if (sessionKey) signOutSession({ sessionKey });
    },
  },
});

/**
 * What a session cookie says (user id and session secret), or null for a cookie Auth.js did not
 * issue or that has expired. Read from the cookie itself, never through `auth()`: inside a server
 * action `auth()` reads the request's original Cookie header, so right after a sign-in in place it
 * would still see the ended session (and it re-issues the cookie on every call).
 */
export async function readSessionToken({ token, cookieName }: { token: string; cookieName: string }): Promise<{ id: number; sessionKey: string } | null> {
  try {
    const payload = await decode({ token, secret: readEnv('AUTH_SECRET'), salt: cookieName });
    const id = Number(payload?.sub);
    if (!Number.isSafeInteger(id) || id <= 0 || typeof payload?.sessionKey !== 'string') return null;
    return { id, sessionKey: payload.sessionKey };
  } catch {
    console.warn('Ignored an invalid session cookie.');
    return null;
  }
}

async function endPreviousSession(cookieHeader: string | null) {
  const jar = (cookieHeader ?? '').split(/;\s*/).map((pair) => {
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: pair.slice(at + 1) };
  });
  const token = sessionToken(jar);
  const previous = token ? await readSessionToken({ token, cookieName: sessionCookieName(jar) }) : null;
  if (previous) signOutSession({ sessionKey: previous.sessionKey });
}
