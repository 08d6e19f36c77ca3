import { z } from 'zod';

/**
 * The path and query of the page a request asked for, set by scripts/serve.ts on every request
 * (a value sent by the client is replaced), so that server components can send a signed-out
 * visitor to sign-in and back without middleware (decision 0008).
 */
export const REQUEST_PATH_HEADER = 'x-readout-path';

const MAX_LENGTH = 2_000;
// Any control character: browsers drop tabs and line breaks from URLs, so "/\t/evil.example" would become "//evil.example".
const controlCharacters = /[\u0000-\u001F\u007F]/;
// Pages that would send a signed-in person straight on, or loop.
const notAReturn = new Set(['/sign-in', '/setup']);
const base = new URL('http://readout.invalid');

/**
 * A place on this site to return to after sign-in, or "/" for anything else: only a path of our
 * own ("/follow-ups/12?tab=log"), never another site ("//evil.example", "/\\evil.example",
 * "https://evil.example", "javascript:…"), so that a link cannot turn sign-in into a redirect elsewhere.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return '/';
  if (!value.startsWith('/') || controlCharacters.test(value) || value.includes('\\')) return '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return '/';
  }
  // "/%2F/evil.example" is a path here, but a server or proxy that decodes it would see "//".
  if (decoded.startsWith('//') || decoded.includes('\\') || controlCharacters.test(decoded)) return '/';
  const url = new URL(value, base);
  if (url.origin !== base.origin) return '/';
  const pathname = url.pathname.replace(/\/+$/, '');
  if (notAReturn.has(pathname) || pathname.startsWith('/sign-in/')) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, asked to return to `path` afterwards (when that is somewhere other than home). */
export function signInPath(path: unknown): string {
  const next = safeReturnPath(path);
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}

/** The hidden field of the sign-in form: anything but a safe path of ours becomes "/". */
export const returnPathField = z.string().optional().transform(safeReturnPath);

/**
 * The path and query of a request's URL, without Next.js's `_rsc` cache-busting parameter (a
 * client-side navigation adds it), as the person would see it in the address bar.
 */
export function requestedPath(url: string | undefined): string {
  if (!url) return '/';
  let parsed: URL;
  try {
    parsed = new URL(url, base); // also takes the absolute form a proxy may send
  } catch {
    return '/';
  }
  const query = parsed.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && pair.split('=')[0] !== '_rsc')
    .join('&');
  return `${parsed.pathname}${query ? `?${query}` : ''}`;
}
