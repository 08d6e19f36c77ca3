// @ts-check
// CommonJS, so that next.config.js can require it as it is.

/**
 * The largest request body accepted, in bytes: scripts/serve.ts answers 413 above it before
 * Next.js reads a byte, and next.config.js gives server actions the same limit.
 * 1 MiB: a meeting with 20,000-character Summary and Outcome and 100 follow-up rows, sent with a
 * 200,000-character draft, stays under 0.9 MiB even at 3 bytes per character (lib/body-size-limit.test.ts).
 */
const BODY_SIZE_LIMIT = 1024 * 1024;

module.exports = { BODY_SIZE_LIMIT };
