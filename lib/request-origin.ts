import { AsyncLocalStorage } from 'node:async_hooks';
import { clientAddress } from './client-address';

/** Where a request came from, as the audit log records it with every event. */
export type RequestOrigin = { clientAddress: string; userAgent: string | null };

const current = new AsyncLocalStorage<RequestOrigin>();

/**
 * Runs `work` with this request's origin at hand for the audit log (db/audit.ts), so that each of
 * the data layer's writes is attributed to an address and browser without threading them through
 * every call. The action and route wrappers (server/) set it; scripts run without one.
 */
export function withRequestOrigin<T>(origin: RequestOrigin, work: () => T): T {
  return current.run(origin, work);
}

export function currentRequestOrigin(): RequestOrigin | undefined {
  return current.getStore();
}

/** The origin as read from a request's headers (the client address our server settled). */
export function originOf(headers: Headers): RequestOrigin {
  return { clientAddress: clientAddress(headers), userAgent: headers.get('user-agent')?.slice(0, 300) ?? null };
}
