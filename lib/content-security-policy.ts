import { randomBytes } from 'node:crypto';

/** 128 random bits, fresh for every response: a script without it does not run. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * The Content-Security-Policy of every response. Next.js reads the nonce from the request's copy
 * of this header and puts it on its own scripts (scripts/serve.ts sets both copies).
 */
export function contentSecurityPolicy({ nonce, dev = false }: { nonce: string; dev?: boolean }): string {
  return [
    "default-src 'self'",
    // Only scripts carrying this response's nonce, and what they load. Development's hot reload evaluates code.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // Server-rendered style attributes (charts) need 'unsafe-inline'; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
