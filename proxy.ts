import { type NextRequest, NextResponse } from 'next/server';
import { sessionToken } from './lib/session-cookie';

/**
 * Two jobs, neither of them authorization:
 * 1. Send visitors without a session cookie to sign-in instead of a blank refusal. Every page,
 *    action and route checks the session and role itself (server/current-user.ts,
 *    server/action.ts, server/route.ts), so a request that slips past here gains nothing.
 * 2. Set a Content-Security-Policy with a fresh nonce, which Next.js puts on its own scripts.
 */
// The calendar feed is opened by calendar apps, which have no session: its secret URL is its key.
const publicPaths = ['/sign-in', '/setup', '/api/auth', '/api/calendar'];

function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    // Only scripts carrying this response's nonce, and what they load.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : ''}`,
    // Server-rendered style attributes (charts) need 'unsafe-inline'; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const isPublic = publicPaths.some((path) => pathname === path || pathname.startsWith(`${path}/`));
  if (!isPublic && !sessionToken(request.cookies.getAll())) return NextResponse.redirect(new URL('/sign-in', request.url));

  const policy = contentSecurityPolicy(Buffer.from(crypto.randomUUID()).toString('base64'));
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|robots.txt).*)'],
};
