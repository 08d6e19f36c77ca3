import type { NextRequest } from 'next/server';
import { handlers } from '@/auth';
import { originOf, withRequestOrigin } from '@/lib/request-origin';
import { noStore } from '@/server/route';

// Auth.js endpoints: CSRF token, credentials callback, session, sign-out. What they log (a sign-out) carries the request's origin.
const withOrigin = (handler: (request: NextRequest) => Promise<Response>) =>
  noStore((request: NextRequest) => withRequestOrigin(originOf(request.headers), () => handler(request)));

export const GET = withOrigin(handlers.GET);
export const POST = withOrigin(handlers.POST);
