// @ts-check

// Next.js loads this file as CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BODY_SIZE_LIMIT } = require('./lib/body-size-limit');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const createNextIntlPlugin = require('next-intl/plugin');

// The request's language and messages: i18n/request.ts (decision 0033).
const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** Headers every response carries; the Content-Security-Policy, which needs a per-request nonce, is set by scripts/serve.ts. */
const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native modules are loaded from node_modules at run time, never bundled.
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2'],
  // The server refuses larger bodies first (scripts/serve.ts); this keeps Next.js's own check at the same figure.
  // inlineCss: the stylesheet comes in the HTML, so a phone draws the page without waiting for it behind the scripts.
  experimental: { serverActions: { bodySizeLimit: BODY_SIZE_LIMIT }, inlineCss: true },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
