import { auditEventsAsJsonLines } from '../db/audit';
import { databasePath, openDatabase } from '../db/connection';

/**
 * `npm run audit-log [-- --after <id>]`: the audit log as JSON lines on stdout, oldest first, for
 * a log shipper on the same host (cron, systemd timer). Reads the live database without writing.
 */
if (require.main === module) {
  const args = process.argv.slice(2);
  const afterId = args.includes('--after') ? Number(args[args.indexOf('--after') + 1]) : 0;
  if (!Number.isSafeInteger(afterId) || afterId < 0) {
    console.error('--after must be the id of an audit event (a whole number).');
    process.exit(2);
  }
  const { db, sqlite } = openDatabase(databasePath());
  try {
    for (const line of auditEventsAsJsonLines({ afterId, db })) process.stdout.write(line);
  } finally {
    sqlite.close();
  }
}
