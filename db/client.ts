import 'server-only';
import { type Database, databasePath, openDatabase } from './connection';

// One connection per process, kept on globalThis so dev hot reloads do not open a new one each time.
// Opened on first use: `next build` imports this module but must not create a database.
const globalForDb = globalThis as unknown as { readoutDb?: Database };

export function getDb(): Database {
  globalForDb.readoutDb ??= openDatabase(databasePath()).db;
  return globalForDb.readoutDb;
}
