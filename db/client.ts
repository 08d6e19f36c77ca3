import 'server-only';
import { type Database, databasePath, openDatabase } from './connection';

// One connection per process, kept on globalThis so dev hot reloads do not open a new one each time.
// Opened on first use: `next build` imports this module but must not create a database.
const globalForDb = globalThis as unknown as { readoutDb?: Database };

export function getDb(): Database {
  globalForDb.readoutDb ??= openDatabase(databasePath()).db;
  return globalForDb.readoutDb;
}

/**
 * A connection of its own in one read transaction, for a long read done in steps between other
 * requests (an export): each step sees the database as the first one did, and the shared
 * connection stays free for everyone else. `close` ends the transaction; call it once done.
 */
export function openSnapshot(): { db: Database; close: () => void } {
  const { sqlite, db } = openDatabase(databasePath());
  sqlite.exec('begin');
  return {
    db,
    close: () => {
      if (sqlite.open) sqlite.close();
    },
  };
}
