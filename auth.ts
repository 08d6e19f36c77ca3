import NextAuth, { CredentialsSignin } from 'next-auth';
import { decode } from 'next-auth/jwt';
import Credentials from 'next-auth/providers/credentials';
import { lockedUntil, recordFailedSignIn, recordSuccessfulSignIn } from './db/sign-in-attempts';
import { signOutSession, startSession } from './db/sessions';
import { getCredentialsByEmail } from './db/users';
import { clientAddress } from './lib/client-address';
import { decoyPasswordHash, verifyPassword } from './lib/password';
import { signInSchema } from './lib/schemas/accounts';
import { sessionLimitBounds } from './lib/sessions';

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
      if (type === 'CredentialsSignin') return; // includes SignInThrottled
      // A forged, expired or foreign-secret cookie: the visitor is simply signed out.
      if (type === 'JWTSessionError') return console.warn('Ignored an invalid session cookie.');
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        // Throttled per account and per client, in the database so that restarts do not reset it.
        const keys = { account: parsed.data.email, client: clientAddress(request.headers) };
        if (lockedUntil({ keys })) throw new SignInThrottled();
        const account = getCredentialsByEmail({ email: parsed.data.email });
        // Verify against a decoy hash when the e-mail is unknown, so timing does not reveal which accounts exist.
        const valid = await verifyPassword(account?.passwordHash ?? (await decoyPasswordHash()), parsed.data.password);
        if (!account || !valid || !account.active) {
          recordFailedSignIn({ keys });
          return null;
        }
        recordSuccessfulSignIn({ account: parsed.data.email });
        const sessionKey = startSession({ userId: account.id, userAgent: request.headers.get('user-agent'), address: clientAddress(request.headers) });
        return { id: String(account.id), sessionKey };
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
    const payload = await decode({ token, secret: process.env.AUTH_SECRET ?? '', salt: cookieName });
    const id = Number(payload?.sub);
    if (!Number.isSafeInteger(id) || id <= 0 || typeof payload?.sessionKey !== 'string') return null;
    return { id, sessionKey: payload.sessionKey };
  } catch {
    console.warn('Ignored an invalid session cookie.');
    return null;
  }
}
