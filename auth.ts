import NextAuth, { CredentialsSignin } from 'next-auth';
import { decode } from 'next-auth/jwt';
import Credentials from 'next-auth/providers/credentials';
import { lockedUntil, recordFailedSignIn, recordSuccessfulSignIn } from './db/sign-in-attempts';
import { getCredentialsByEmail } from './db/users';
import { clientAddress } from './lib/client-address';
import { decoyPasswordHash, verifyPassword } from './lib/password';
import { signInSchema } from './lib/schemas/accounts';

declare module 'next-auth' {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    sessionVersion?: number;
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    sessionVersion?: number;
  }
}

/** Refused without checking the password: too many recent failures for this account or client. */
export class SignInThrottled extends CredentialsSignin {
  code = 'throttled';
}

/**
 * Auth.js, kept behind this file and server/current-user.ts so that a later switch of library
 * touches two files. The JWT carries the user id and a session version only: role and status are
 * read fresh from the database on every request (server/current-user.ts).
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: 'jwt' },
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
        return { id: String(account.id), sessionVersion: account.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        // Only the id and version: nothing the database could contradict later.
        return { sub: user.id, sessionVersion: user.sessionVersion };
      }
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.sub ?? '', email: '', name: null, image: null, emailVerified: null };
      session.sessionVersion = token.sessionVersion;
      return session;
    },
  },
});

/**
 * What a session cookie says (user id and session version), or null for a cookie Auth.js did not
 * issue or that has expired. Read from the cookie itself, never through `auth()`: inside a server
 * action `auth()` reads the request's original Cookie header, so right after a sign-in in place it
 * would still see the ended session (and it re-issues the cookie on every call).
 */
export async function readSessionToken({ token, cookieName }: { token: string; cookieName: string }): Promise<{ id: number; sessionVersion: number | undefined } | null> {
  try {
    const payload = await decode({ token, secret: process.env.AUTH_SECRET ?? '', salt: cookieName });
    const id = Number(payload?.sub);
    if (!Number.isSafeInteger(id) || id <= 0) return null;
    return { id, sessionVersion: typeof payload?.sessionVersion === 'number' ? payload.sessionVersion : undefined };
  } catch {
    console.warn('Ignored an invalid session cookie.');
    return null;
  }
}
