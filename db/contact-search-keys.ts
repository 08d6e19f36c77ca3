import type BetterSqlite3 from 'better-sqlite3';
import { nameSearchKey } from '../lib/names';

/**
 * Brings every contact's stored search key in step with lib/names.ts. A key is computed in
 * JavaScript, so a change to the phonetic rules cannot ship as an SQL migration: it runs after the
 * migrations on each start instead, and rewrites only the keys that differ (none, usually), in one
 * transaction; the FTS triggers of migration 0009 update the index with them. Returns how many changed.
 */
export function refreshContactSearchKeys(sqlite: BetterSqlite3.Database): number {
  const rows = sqlite.prepare('select id, name, alternative_names as alternativeNames, search_key as searchKey from contacts').all() as {
    id: number;
    name: string;
    alternativeNames: string | null;
    searchKey: string;
  }[];
  const stale = rows
    .map((row) => ({ id: row.id, before: row.searchKey, key: nameSearchKey(row.name, ...(row.alternativeNames?.split('\n') ?? [])) }))
    .filter((row) => row.key !== row.before);
  if (stale.length === 0) return 0;
  const update = sqlite.prepare('update contacts set search_key = ? where id = ?');
  sqlite
    .transaction(() => {
      for (const row of stale) update.run(row.key, row.id);
    })
    .immediate();
  return stale.length;
}
