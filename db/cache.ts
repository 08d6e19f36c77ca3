import 'server-only';
import type { Statement } from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import type { Database } from './connection';
import { noteRead, tablesRead, unwatched, watchReads } from './reads';
import type { WatchedTable } from './schema';

type Entry = { value: unknown; counts: readonly string[]; version: string };

/** Per connection: the statement that reads the write counts, and what was computed from them. */
const tableCaches = new WeakMap<object, { counters: Statement<[], { tableName: string; changes: number }>; entries: LRUCache<string, Entry> }>();

/**
 * A figure that reads only part of a table may wait for a count of that part instead: the tables
 * it reads, each with the count it waits for in that table's place (the normal part's follow-ups
 * read which meetings are not normal: `{ meetings: MEETING_CONFIDENTIALITY }`). Leaving one out
 * costs time, never a stale figure.
 */
export type Narrowing = Partial<Record<WatchedTable, WatchedTable>>;

/**
 * Results kept until a table they read is written, for figures read again and again (callers put
 * in the key everything else the result depends on: the viewer, the day, the filters). Which
 * tables is not said by the caller but found as the figure is computed: the tables each statement
 * it ran opened (db/reads.ts), with those of the cached figures it used. The version is the
 * tables' write counts, kept by triggers (migrations 0011 and 0012) for every connection and
 * process, so a result is never older than the last write to what it reads, and a sign-in, an
 * audit entry or a write elsewhere leaves it cached. A figure that reads a table no trigger counts
 * cannot be cached: it throws. Old entries are dropped least recently used first.
 */
export function cachedUntilChangeOf<T>(db: Database, key: string, compute: () => T, narrowing: Narrowing = {}): T {
  const client = db.$client;
  // Inside a transaction the counters include writes that may yet roll back, after which the same
  // counts could come back with other rows behind them: compute, keep nothing.
  if (client.inTransaction) return compute();
  let cache = tableCaches.get(client);
  if (!cache) {
    cache = { counters: client.prepare('select table_name as tableName, changes from table_changes'), entries: new LRUCache({ max: 2_000 }) };
    tableCaches.set(client, cache);
  }
  const { counters } = cache;
  const changes = unwatched(client, () => new Map(counters.all().map((row) => [row.tableName, row.changes])));
  const versionOf = (counts: readonly string[]) => counts.map((name) => `${name}:${changes.get(name)}`).join(',');
  const hit = cache.entries.get(key);
  if (hit && hit.version === versionOf(hit.counts)) {
    noteRead(client, hit.counts);
    return hit.value as T;
  }
  const { value, statements, noted } = watchReads(client, compute);
  const counts = new Set(noted);
  for (const table of tablesRead(client, statements, new Set(changes.keys()))) {
    const count = narrowing[table as WatchedTable] ?? table;
    if (!changes.has(count)) throw new Error(`The cached figure "${key}" reads ${table}, whose writes no trigger counts: it cannot be cached.`);
    counts.add(count);
  }
  const sorted = [...counts].sort();
  cache.entries.set(key, { value, counts: sorted, version: versionOf(sorted) });
  noteRead(client, sorted);
  return value;
}
