import type { IncomingHttpHeaders } from 'node:http';
import { readEnv } from './env';

/** Set by our server on every request (scripts/serve.ts); a value sent by the client is replaced. */
export const CLIENT_ADDRESS_HEADER = 'x-readout-client-address';

/** Headers a proxy sets to describe the client: believed only from proxies the mission trusts. */
const FORWARDING_HEADERS = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip', 'forwarded'];

/**
 * How many reverse proxies stand in front of the server (READOUT_TRUSTED_PROXY_HOPS, 0 to 5,
 * default 0). With 0 the client address is the socket's and X-Forwarded-* are dropped, so a client
 * cannot choose its own address; behind one HTTPS proxy, set 1.
 */
export function trustedProxyHops(value = process.env.READOUT_TRUSTED_PROXY_HOPS): number {
  return readEnv('READOUT_TRUSTED_PROXY_HOPS', { READOUT_TRUSTED_PROXY_HOPS: value });
}

/**
 * The address a request came from: the socket's, or with `trustedHops` proxies in front, the hop
 * the outermost trusted proxy saw (counted from the right of X-Forwarded-For: entries further left
 * are whatever the client wrote). IPv4 in IPv6 form is shown as IPv4.
 */
export function resolveClientAddress({
  socketAddress,
  forwardedFor,
  trustedHops,
}: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedHops: number;
}): string {
  const listed = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  const chain = [...(trustedHops ? listed : []), socketAddress || 'unknown'];
  const address = chain[Math.max(0, chain.length - 1 - trustedHops)]!;
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '').slice(0, 64);
}

/**
 * Settles what the rest of the app believes about a request's origin, before Next.js sees it: our
 * own client-address header, and with no trusted proxy no forwarding headers at all (Next.js and
 * Auth.js then fill them from the socket and the Host header, not from the client's say-so).
 */
export function settleRequestOrigin(headers: IncomingHttpHeaders, socketAddress: string | undefined, trustedHops: number): void {
  headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress({ socketAddress, forwardedFor: headers['x-forwarded-for'], trustedHops });
  if (!trustedHops) for (const name of FORWARDING_HEADERS) delete headers[name];
}

/** The client's address as our server settled it (for throttling and the security log). */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) || 'unknown';
}
