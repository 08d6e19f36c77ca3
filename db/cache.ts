import 'server-only';
import type { Statement } from 'better-sqlite3';
import type { Database } from './connection';

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
