import { handlers } from '@/auth';

// Auth.js endpoints: CSRF token, credentials callback, session, sign-out.
export const { GET, POST } = handlers;
