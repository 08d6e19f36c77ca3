import type BetterSqlite3 from 'better-sqlite3';
import { openDatabase } from './connection';

/** The full-text indexes: meetings' titles and summaries (migration 0007), contacts' name keys (0009). */
export const searchIndexes = ['meetings_search', 'contacts_search'] as const;

/**
 * One step of FTS5's incremental merge on each search index, writing up to `pages` pages. An index
 * grows as a stack of segments (each write adds one, four of a level are merged into the next) and
 * a query reads its terms from every segment: at 100k meetings a name search read 1.2 ms from the
 * generated index, 0.2 ms once merged (decision 0007). A negative 'merge' also merges across
 * levels, so steps repeated until none has work end where 'optimize' does, without holding the
 * write lock for seconds at a time (≤ 45 ms per 200-page step on the bench mission).
 * Returns whether any index had work: FTS5 writes fewer than two rows when it has none.
 */
export function mergeSearchIndexesStep(sqlite: BetterSqlite3.Database, pages = 200): boolean {
  const totalChanges = sqlite.prepare('select total_changes()').pluck();
  let worked = false;
  for (const index of searchIndexes) {
    const before = totalChanges.get() as number;
    sqlite.prepare(`insert into ${index} (${index}, rank) values ('merge', ?)`).run(-pages);
    if ((totalChanges.get() as number) - before >= 2) worked = true;
  }
  return worked;
}

/** Merges until no index has work left, all at once: for the generator, after its bulk inserts. Returns the steps taken. */
export function mergeSearchIndexesFully(sqlite: BetterSqlite3.Database): number {
  let steps = 1;
  while (mergeSearchIndexesStep(sqlite)) steps++;
  return steps;
}

const DAY = 86_400_000;

/**
 * What the server runs: on start, then every `every` ms, a round of steps on a connection of its
 * own, with a pause between steps so requests are served in between. The day's new segments are
 * small; merging them into the big one rewrites it (tens of MB at 100k meetings), which is why this
 * runs daily rather than after every write. Returns a function that stops it.
 */
export function keepSearchIndexesMerged(
  file: string,
  { every = DAY, pause = 100, pages = 200 }: { every?: number; pause?: number; pages?: number } = {},
): () => void {
  let sqlite: BetterSqlite3.Database | undefined;
  let timer: NodeJS.Timeout;
  const step = () => {
    let more = false;
    try {
      sqlite ??= openDatabase(file).sqlite;
      more = mergeSearchIndexesStep(sqlite, pages);
    } catch (error) {
      // A busy database or a full disk: try again at the next round, never take the server down.
      console.error('Merging the search indexes failed; will try again later.', error);
    }
    if (!more) {
      sqlite?.close();
      sqlite = undefined;
    }
    timer = setTimeout(step, more ? pause : every).unref();
  };
  step();
  return () => {
    clearTimeout(timer);
    sqlite?.close();
    sqlite = undefined;
  };
}
