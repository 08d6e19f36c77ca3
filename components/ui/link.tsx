import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * Next.js's Link without prefetching. Every page here is dynamic (per-user data, a CSP nonce), so
 * a prefetch fetches only the route's outline, yet each one costs the server ~3 ms: a meetings
 * page in view asked for 25 of them, several times the page's own cost (decision 0008).
 * Navigation on click stays client-side. The one place the app imports next/link.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
