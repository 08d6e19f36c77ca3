import type BetterSqlite3 from 'better-sqlite3';
import { openDatabase } from './connection';

/**
 * Brings SQLite's statistics of tables and indexes (sqlite_stat1) up to date: its planner chooses
 * between indexes by them, and without them it guessed wrong for the dashboard at 100k meetings (a
 * manager's figures after a write: 374 ms without statistics, 120 ms with; decision 0007).
 * `PRAGMA optimize` checks every table (0x10000) and analyzes those never analyzed, with an index
 * never analyzed (one a migration added) or whose size changed many times over since (migration
 * 0006 analyzed every new database while it was empty), in full: without the 0x10 bit it sets no
 * analysis limit. The sampled analysis it runs by default misjudged the follow-ups per country
 * and status by half and gave the dashboard the slow plan all the same.
 * Returns what was analyzed; nothing when the statistics are current, which takes milliseconds.
 */
export function updatePlannerStatistics(sqlite: BetterSqlite3.Database): string[] {
  // 0x10003 is the same check in debug mode: it lists what 0x10002 would run, running nothing.
  const planned = (sqlite.pragma('optimize = 0x10003') as { optimize: string }[]).map((row) => row.optimize);
  if (planned.length) sqlite.pragma('optimize = 0x10002');
  return planned;
}

const DAY = 86_400_000;

/**
 * What the server runs: once at start, before it takes requests (the first time on a large
 * database without statistics, ~2 s at 100k meetings), then daily, where it is almost always a
 * check that finds nothing to do. On a connection of its own. Returns a function that stops it.
 */
export function keepPlannerStatisticsCurrent(file: string, { every = DAY }: { every?: number } = {}): () => void {
  const update = () => {
    const started = Date.now();
    try {
      const { sqlite } = openDatabase(file);
      try {
        const done = updatePlannerStatistics(sqlite);
        const tables = done.map((statement) => statement.replace(/^ANALYZE "main"\./, '').replaceAll('"', ''));
        if (Date.now() - started > 100)
          console.log(`Updated the query planner's statistics in ${((Date.now() - started) / 1000).toFixed(1)} s: ${tables.join(', ')}`);
      } finally {
        sqlite.close();
      }
    } catch (error) {
      // A busy database or a full disk: the planner keeps the statistics it has; try again tomorrow.
      console.error('Updating the query planner statistics failed; will try again later.', error);
    }
  };
  update();
  const timer = setInterval(update, every).unref();
  return () => clearInterval(timer);
}
