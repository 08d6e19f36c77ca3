import { handlers } from '@/auth';
import { noStore } from '@/server/route';

// Auth.js endpoints: CSRF token, credentials callback, session, sign-out.
export const GET = noStore(handlers.GET);
export const POST = noStore(handlers.POST);
