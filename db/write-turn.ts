import 'server-only';
import { Busy } from '../lib/errors';
import { getDb } from './client';
import { BUSY_TIMEOUT_MS, type Database, isSqliteError } from './connection';

type Client = Database['$client'];

/** Per connection, the turn of the last change waiting for the lock: the next one waits behind it. */
const lastInLine = new WeakMap<Client, Promise<void>>();

/**
 * Runs `run` (a server action's body) holding SQLite's write lock, which it waits for without
 * blocking the event loop. A write transaction that finds the lock taken by another server worker
 * is otherwise left to SQLite's busy handler, which sleeps, and the worker sleeps with it: under 10
 * clients logging meetings, each of two workers spent ~5 of ~35 s asleep there, every request it
 * was serving waiting too (decision 0008). Here this process's changes wait in line, and the first
 * tries the lock without waiting, again every millisecond while the worker serves other requests.
 *
 * The transaction opened here is committed as soon as `run` returns or throws, before anything else
 * in this process can run: the data-layer transactions inside it become savepoints, each still
 * undone if it fails, so what is kept is what would have been kept without it. An async `run` is
 * committed at its first `await`, and what it does after that is on its own.
 */
export async function inWriteTurn<T>(run: () => T, db: Database = getDb()): Promise<Awaited<T>> {
  const sqlite = db.$client;
  if (sqlite.inTransaction) return await run();
  const giveUpAt = Date.now() + BUSY_TIMEOUT_MS;
  const ahead = lastInLine.get(sqlite);
  let leave!: () => void;
  const turn = new Promise<void>((resolve) => (leave = resolve));
  lastInLine.set(sqlite, turn);
  let result: T;
  try {
    if (ahead) await ahead;
    while (!tryToBegin(sqlite)) {
      if (Date.now() > giveUpAt) throw new Busy();
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    try {
      result = run();
    } finally {
      commit(sqlite);
    }
  } finally {
    if (lastInLine.get(sqlite) === turn) lastInLine.delete(sqlite);
    leave();
  }
  return await result;
}

function tryToBegin(sqlite: Client): boolean {
  sqlite.pragma('busy_timeout = 0');
  try {
    sqlite.exec('BEGIN IMMEDIATE');
    return true;
  } catch (error) {
    if (isSqliteError(error, 'SQLITE_BUSY')) return false;
    throw error;
  } finally {
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
}

function commit(sqlite: Client) {
  try {
    sqlite.exec('COMMIT');
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  }
}
