import 'server-only';
import type { Statement } from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import type { Database } from './connection';
import type { WatchedTable } from './schema';

/** Per connection: the statement that reads the write counts of the watched tables, and what was computed from them. */
const tableCaches = new WeakMap<
  object,
  { counters: Statement<[], { tableName: string; changes: number }>; entries: LRUCache<string, { version: string; value: unknown }> }
>();

/**
 * Results kept until a table they read is written, for figures read again and again (callers put
 * in the key everything else the result depends on: the viewer, the day, the filters). The version
 * is the tables' write counts, kept by triggers (migrations 0011 and 0012) for every connection and
 * process, so a result is never older than the last write to what it reads, and a sign-in, an audit
 * entry or a write elsewhere leaves it cached.
 * A figure that reads a table left out of `tables` would go stale, so each caller lists every table
 * its queries name. Entries have versions of their own, so old ones are dropped least recently used
 * first (a few per scope and day are alive at a time).
 */
export function cachedUntilChangeOf<T>(db: Database, tables: readonly WatchedTable[], key: string, compute: () => T): T {
  const client = db.$client;
  // Inside a transaction the counters include writes that may yet roll back, after which the same
  // counts could come back with other rows behind them: compute, keep nothing.
  if (client.inTransaction) return compute();
  let cache = tableCaches.get(client);
  if (!cache) {
    cache = { counters: client.prepare('select table_name as tableName, changes from table_changes'), entries: new LRUCache({ max: 2_000 }) };
    tableCaches.set(client, cache);
  }
  const changes = new Map(cache.counters.all().map((row) => [row.tableName, row.changes]));
  const current = tables.map((table) => `${table}:${changes.get(table)}`).join(',');
  const hit = cache.entries.get(key);
  if (hit?.version === current) return hit.value as T;
  const value = compute();
  cache.entries.set(key, { version: current, value });
  return value;
}
