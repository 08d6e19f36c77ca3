import { z } from 'zod';

/**
 * The environment variables the app reads, each checked where it is read: a missing or malformed
 * value stops with a message naming it, never an empty secret or a silent fallback. Each is read
 * on its own, as not every process needs every one (`npm run backup` has no use for the secret).
 * The README's "Settings" lists them.
 */
const variables = {
  /** Signs sessions and second-factor enrolments; `npm start` writes one to .env.local. */
  AUTH_SECRET: z
    .string({ error: 'is not set (npm start writes one to .env.local)' })
    .min(32, { error: 'must be at least 32 characters (npm start writes one to .env.local)' }),
  /** The SQLite file; data/readout.db when unset. */
  DATABASE_PATH: z
    .string()
    .optional()
    .transform((value) => value?.trim() || undefined),
  /** How many reverse proxies stand in front of the server, 0 to 5 (lib/client-address.ts). */
  READOUT_TRUSTED_PROXY_HOPS: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === '' ? 0 : Number(value)))
    .pipe(z.number().int().min(0).max(5)),
};

type Variable = keyof typeof variables;
const expected: Record<Variable, string> = {
  AUTH_SECRET: 'at least 32 characters',
  DATABASE_PATH: 'a file path',
  READOUT_TRUSTED_PROXY_HOPS: 'a whole number from 0 to 5',
};

/** The checked value of `name`, from `source` (the process's environment unless given). */
export function readEnv<Name extends Variable>(name: Name, source: Record<string, string | undefined> = process.env): z.output<(typeof variables)[Name]> {
  const result = variables[name].safeParse(source[name]);
  if (result.success) return result.data as z.output<(typeof variables)[Name]>;
  // A secret is never echoed; other values are, to show what was wrong.
  const why = name === 'AUTH_SECRET' ? result.error.issues[0]!.message : `must be ${expected[name]}, not "${source[name]}"`;
  throw new Error(`${name} ${why}.`);
}
