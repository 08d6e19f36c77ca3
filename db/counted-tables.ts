import fs from 'node:fs';
import path from 'node:path';
import type { Database as SQLite } from 'better-sqlite3';
import { MIGRATIONS_FOLDER } from './migrate';

/**
 * A table of counts kept by triggers as the rows it counts change, never written by the app: its
 * name (which its triggers' names start with) and the column holding the count (a count brought
 * down to zero stays, as a row of 0). How it is counted is the migration's alone: the triggers, and
 * the statement that fills it from what is already recorded, which `recount` runs again.
 */
export type CountedTable = { name: string; counter: string };

/**
 * `country_agreed_areas`: for each partner country, cooperation area and confidentiality, the live
 * meetings with that country that agreed that area (migration 0013, decision 0007).
 */
export const AGREED_AREAS: CountedTable = { name: 'country_agreed_areas', counter: 'meetings' };

/** `country_open_follow_ups`: for each partner country and side, its active follow-ups (migration 0016, decision 0007). */
export const OPEN_FOLLOW_UPS: CountedTable = { name: 'country_open_follow_ups', counter: 'follow_ups' };

export const countedTables = [AGREED_AREAS, OPEN_FOLLOW_UPS] as const;

/** The triggers that keep a table's counts, found by the prefix their migration gives them. */
export function triggersOf(sqlite: SQLite, table: CountedTable): { name: string; sql: string }[] {
  const prefix = `${table.name}_`.replaceAll('_', '\\_');
  return sqlite.prepare("select name, sql from sqlite_master where type = 'trigger' and name like ? escape '\\'").all(`${prefix}%`) as {
    name: string;
    sql: string;
  }[];
}

/** The latest migration's statement that fills the table from scratch (`INSERT INTO <table> ... SELECT`). */
export function fillStatement(table: CountedTable, migrationsFolder = MIGRATIONS_FOLDER): string {
  const fills = fs
    .readdirSync(migrationsFolder)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .flatMap((name) => fs.readFileSync(path.join(migrationsFolder, name), 'utf8').split('--> statement-breakpoint'))
    .map((statement) => statement.replace(/^(\s*--[^\n]*\n)*/, '').trim())
    .filter((statement) => new RegExp(`^insert into [\`"]?${table.name}[\`"]?\\s*\\(.*\\)\\s*select\\b`, 'is').test(statement));
  if (!fills.length) throw new Error(`No migration fills ${table.name}.`);
  return fills.at(-1)!.replace(/;\s*$/, '');
}

/** Counts every row again, as its migration did: for a bulk fill that ran without the triggers (the bench's generator). */
export function recount(sqlite: SQLite, table: CountedTable): void {
  sqlite.transaction(() => {
    sqlite.exec(`delete from ${table.name}`);
    sqlite.exec(fillStatement(table));
  })();
}
