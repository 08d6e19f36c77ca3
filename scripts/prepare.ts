import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { databasePath } from '../db/connection';
import { migrateDatabase } from '../db/migrate';
import { keepPrivate } from '../db/private-files';
import { readEnv } from '../lib/env';

const ENV_FILE = path.resolve('.env.local');

/** Reads AUTH_SECRET from the environment or .env.local; creates and stores one on the first run. */
export function ensureAuthSecret(): string {
  // Readable by this user only, whoever created it and however.
  keepPrivate(ENV_FILE);
  // One given, in the environment or the file, is checked here: a short one stops the start, not a later sign-in.
  if (process.env.AUTH_SECRET) return readEnv('AUTH_SECRET');
  const existing = fs.existsSync(ENV_FILE) ? fs.readFileSync(ENV_FILE, 'utf8') : '';
  const match = existing.match(/^AUTH_SECRET=(.+)$/m);
  if (match?.[1]) return readEnv('AUTH_SECRET', { AUTH_SECRET: match[1].trim() });
  const secret = randomBytes(32).toString('base64url');
  const separator = existing && !existing.endsWith('\n') ? '\n' : '';
  // .env.local is git-ignored and readable by this user only: the secret signs every session.
  fs.writeFileSync(ENV_FILE, `${existing}${separator}# Signs session cookies. Generated on first run; keep it private.\nAUTH_SECRET=${secret}\n`, {
    mode: 0o600,
  });
  console.log(`Generated an AUTH_SECRET in ${ENV_FILE}.`);
  return secret;
}

/** Everything the app needs before it serves: a secret and an up-to-date database. */
export function prepare(): { authSecret: string; databaseFile: string } {
  const authSecret = ensureAuthSecret();
  const databaseFile = databasePath();
  const isNew = !fs.existsSync(databaseFile);
  migrateDatabase(databaseFile);
  console.log(`${isNew ? 'Created' : 'Using'} database ${databaseFile} (migrations applied).`);
  return { authSecret, databaseFile };
}

if (require.main === module) prepare();
