import 'server-only';
import type { Statement } from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import type { Database } from './connection';
import type { WatchedTable } from './schema';

/**
 * Results kept until the database changes, for figures read again and again (callers put in the key
 * everything the result depends on, the viewer's id when it matters). The version is SQLite's own change
 * counters: total_changes() moves with every row this connection writes, data_version with every
 * commit by another connection or process, so a cached result is never older than the last write.
 */
const caches = new WeakMap<object, Map<string, { version: string; value: unknown }>>();

/** The two counters' statements, prepared once per connection: a page asks for the version several times. */
const counters = new WeakMap<object, { dataVersion: Statement; totalChanges: Statement }>();

function version(client: Database['$client']): string {
  let statements = counters.get(client);
  if (!statements) {
    statements = { dataVersion: client.prepare('pragma data_version').pluck(), totalChanges: client.prepare('select total_changes()').pluck() };
    counters.set(client, statements);
  }
  return `${statements.dataVersion.get()}:${statements.totalChanges.get()}`;
}

export function cachedUntilChange<T>(db: Database, key: string, compute: () => T): T {
  const client = db.$client;
  const current = version(client);
  let cache = caches.get(client);
  if (!cache) caches.set(client, (cache = new Map()));
  const hit = cache.get(key);
  if (hit?.version === current) return hit.value as T;
  const value = compute();
  // Entries of an older version are dead weight: drop them rather than let keys (dates, filters) pile up.
  for (const [other, entry] of cache) if (entry.version !== current) cache.delete(other);
  cache.set(key, { version: current, value });
  return value;
}

/** Per connection: the statement that reads the write counts of the watched tables, and what was computed from them. */
const tableCaches = new WeakMap<object, { counters: Statement<[], { tableName: string; changes: number }>; entries: LRUCache<string, { version: string; value: unknown }> }>();

/**
 * Like cachedUntilChange, but waits only for writes to `tables`, the ones `compute` reads: their
 * row counts, kept by triggers (migration 0011) for every connection and process, are the version.
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
