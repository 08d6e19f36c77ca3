import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { refreshContactSearchKeys } from './contact-search-keys';
import { openDatabase } from './connection';

export const MIGRATIONS_FOLDER = path.resolve(__dirname, 'migrations');

/** Applies every pending drizzle-kit migration, then recomputes stale name keys; safe to run on each start. */
export function migrateDatabase(file: string, migrationsFolder = MIGRATIONS_FOLDER): void {
  const { sqlite, db } = openDatabase(file);
  try {
    migrate(db, { migrationsFolder });
    refreshContactSearchKeys(sqlite);
  } finally {
    sqlite.close();
  }
}
