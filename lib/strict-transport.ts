/** Two years, subdomains included: what browsers' preload lists ask of a site served only over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

/**
 * Whether a request came over HTTPS: TLS on this socket, or the scheme a trusted reverse proxy in
 * front says it received (without one the header was dropped: lib/client-address.ts).
 */
export function cameOverHttps({ encrypted, forwardedProto }: { encrypted: boolean; forwardedProto: string | string[] | undefined }): boolean {
  const scheme = Array.isArray(forwardedProto) ? forwardedProto[0] : forwardedProto;
  return encrypted || scheme?.split(',')[0]?.trim().toLowerCase() === 'https';
}
