import { type NextRequest, NextResponse } from 'next/server';

/**
 * A convenience, not the security boundary: anonymous visitors of signed-in pages go to sign-in
 * instead of a blank refusal. Every page, action and route checks the session and role itself
 * (server/current-user.ts, server/action.ts), so a request that slips past here gains nothing.
 */
// The calendar feed is opened by calendar apps, which have no session: its secret URL is its key.
const publicPaths = ['/sign-in', '/setup', '/api/auth', '/api/calendar'];

function hasSessionCookie(request: NextRequest): boolean {
  // Auth.js names the cookie with a __Secure- prefix over HTTPS and may split a large one into chunks.
  return request.cookies.getAll().some(({ name }) => /^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(name));
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (publicPaths.some((path) => pathname === path || pathname.startsWith(`${path}/`))) return NextResponse.next();
  if (hasSessionCookie(request)) return NextResponse.next();
  return NextResponse.redirect(new URL('/sign-in', request.url));
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|robots.txt).*)'],
};
