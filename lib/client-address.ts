/**
 * The client's address for per-client throttling: the first hop of X-Forwarded-For (Next.js sets
 * it from the socket when there is no proxy). A client can forge it; that only weakens the
 * per-client limit, never the per-account one.
 */
export function clientAddress(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim().slice(0, 64) || headers.get('x-real-ip')?.slice(0, 64) || 'unknown';
}
