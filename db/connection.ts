import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { databaseFiles, keepPrivate, privateFolderFor } from './private-files';
import { reportStatements } from './reads';
import * as schema from './schema';
import { readEnv } from '../lib/env';

export const DEFAULT_DATABASE_PATH = 'data/readout.db';
/** How long a write waits for another connection's write to finish before giving up. */
export const BUSY_TIMEOUT_MS = 5_000;

/** True when better-sqlite3 failed with this SQLite result code (e.g. SQLITE_BUSY, SQLITE_CONSTRAINT_UNIQUE). */
export function isSqliteError(error: unknown, code: string): boolean {
  return error instanceof Database.SqliteError && error.code === code;
}

export function databasePath(): string {
  // The path is chosen at run time; the comment keeps the bundler from tracing the whole project.
  return path.resolve(/* turbopackIgnore: true */ readEnv('DATABASE_PATH') ?? DEFAULT_DATABASE_PATH);
}

/**
 * Opens the SQLite file with the pragmas every connection needs (see docs/decisions/0002-sessions-and-sqlite.md):
 * WAL so readers never block the writer, foreign keys enforced, a busy timeout instead of instant
 * SQLITE_BUSY, and synchronous = FULL so a committed record survives a power cut.
 */
export function openDatabase(file: string) {
  privateFolderFor(file);
  const sqlite = new Database(file);
  // Each statement is reported, so a cache can tell what its figure read (db/reads.ts).
  reportStatements(sqlite);
  // Before WAL mode creates the -wal and -shm files: SQLite gives them the database file's mode.
  keepPrivate(file);
  sqlite.pragma('journal_mode = WAL');
  keepPrivate(...databaseFiles(file));
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // Reads of a large mission touch pages all over a file of hundreds of MB, and SQLite's default
  // page cache is 2 MB: 64 MB and memory-mapped reads keep more of it a pointer away (writes still
  // go through the WAL).
  // An I/O error on a mapped page stops the process rather than one query; WAL needs a local disk anyway.
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('mmap_size = 268435456');
  return { sqlite, db: drizzle({ client: sqlite, schema }) };
}

export type Database = ReturnType<typeof openDatabase>['db'];
/** A transaction handle; data-layer functions accept one so callers can compose them atomically. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Executor = Database | Transaction;

/**
 * A query built and prepared once per connection, for the few run on every request: building a
 * Drizzle query and preparing its SQL costs ~0.3 ms, many times the primary-key lookup it runs
 * (decision 0007).
 */
export function preparedOnce<T>(build: (db: Database) => T): (db: Database) => T {
  const byConnection = new WeakMap<Database, T>();
  return (db) => {
    let statement = byConnection.get(db);
    if (!statement) byConnection.set(db, (statement = build(db)));
    return statement;
  };
}
