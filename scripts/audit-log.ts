import fs from 'node:fs';
import { auditEventsAsJsonLines } from '../db/audit';
import { databasePath, openDatabase } from '../db/connection';
import { keepPrivate } from '../db/private-files';

/**
 * Prints the audit log as JSON lines, oldest first, after event `afterId`, or after the id kept in
 * `stateFile` by the previous run (which is then moved on to the last event printed). Returns how
 * many events were printed.
 */
export function shipAuditLog({
  databaseFile,
  afterId,
  stateFile,
  write,
}: {
  databaseFile: string;
  afterId?: number;
  stateFile?: string;
  write: (line: string) => void;
}): number {
  const start = afterId ?? (stateFile && fs.existsSync(stateFile) ? Number(fs.readFileSync(stateFile, 'utf8').trim()) : 0);
  if (!Number.isSafeInteger(start) || start < 0) throw new Error(`${stateFile ?? '--after'} must hold the id of an audit event (a whole number).`);
  const { db, sqlite } = openDatabase(databaseFile);
  let last = start;
  let printed = 0;
  try {
    for (const line of auditEventsAsJsonLines({ afterId: start, db })) {
      write(line);
      last = (JSON.parse(line) as { id: number }).id;
      printed++;
    }
  } finally {
    sqlite.close();
  }
  if (stateFile) {
    // Written whole, then renamed: a run stopped half-way never leaves a torn id behind.
    fs.writeFileSync(`${stateFile}.tmp`, `${last}\n`, { mode: 0o600 });
    fs.renameSync(`${stateFile}.tmp`, stateFile);
    keepPrivate(stateFile);
  }
  return printed;
}

/**
 * `npm run audit-log [-- --after <id> | --state <file>]`: the audit log as JSON lines on stdout, for
 * a log shipper on the same host (README, "Shipping the audit log").
 */
if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const after = option('--after');
  try {
    shipAuditLog({
      databaseFile: databasePath(),
      afterId: after === undefined ? undefined : Number(after),
      stateFile: option('--state'),
      write: (line) => process.stdout.write(line),
    });
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
