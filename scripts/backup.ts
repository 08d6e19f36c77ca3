import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { databasePath } from '../db/connection';
import { keepPrivate, privateFolderFor } from '../db/private-files';

/**
 * `npm run backup [-- --out file]`: a consistent copy of the live database, taken from a separate
 * process while the app keeps serving. VACUUM INTO writes one self-contained file from a single
 * read transaction; better-sqlite3's backup() restarts whenever another connection writes and was
 * measured never to finish under a busy writer (docs/decisions/0005-security-and-durability.md).
 */
export function backupDatabase(source: string, target: string): { file: string; bytes: number; integrity: string } {
  if (fs.existsSync(target)) throw new Error(`${target} already exists; backups never overwrite.`);
  privateFolderFor(target);
  const live = new Database(source, { readonly: true, fileMustExist: true });
  try {
    live.pragma('busy_timeout = 5000');
    live.prepare('VACUUM INTO ?').run(target);
  } finally {
    live.close();
  }
  keepPrivate(target);
  const copy = new Database(target, { readonly: true });
  try {
    const integrity = copy.pragma('integrity_check', { simple: true }) as string;
    if (integrity !== 'ok') throw new Error(`The copy failed its integrity check: ${integrity}`);
    return { file: target, bytes: fs.statSync(target).size, integrity };
  } finally {
    copy.close();
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.resolve(args.includes('--out') ? args[args.indexOf('--out') + 1]! : `data/backups/readout-${stamp}.db`);
  const started = Date.now();
  const result = backupDatabase(databasePath(), target);
  console.log(`Backup written to ${result.file} (${(result.bytes / 1e6).toFixed(1)} MB, integrity ${result.integrity}) in ${Date.now() - started} ms.`);
  console.log('To restore: stop the app, delete the database file and its -wal and -shm files, copy the backup in its place, start the app.');
}
