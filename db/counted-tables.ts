import type { Database as SQLite } from 'better-sqlite3';

/**
 * A table of counts kept by triggers as the rows it counts change, never written by the app: its
 * name (which its triggers' names start with), the column holding the count (a count brought
 * down to zero stays, as a row of 0), and what it holds counted from scratch (its columns, in order).
 */
export type CountedTable = { name: string; counter: string; count: string };

/**
 * `country_agreed_areas`: for each partner country, cooperation area and confidentiality, the live
 * meetings with that country that agreed that area (migration 0013, decision 0007).
 */
export const AGREED_AREAS: CountedTable = {
  name: 'country_agreed_areas',
  counter: 'meetings',
  count: `
  select mc.country_code, ma.area_id, m.confidentiality, count(*) as meetings
  from meeting_areas ma
  join meeting_countries mc on mc.meeting_id = ma.meeting_id
  join meetings m on m.id = ma.meeting_id
  where ma.outcome = 'agreed' and m.deleted_at is null
  group by mc.country_code, ma.area_id, m.confidentiality`,
};

/** `country_open_follow_ups`: for each partner country and side, its open and in-progress follow-ups (migration 0016, decision 0007). */
export const OPEN_FOLLOW_UPS: CountedTable = {
  name: 'country_open_follow_ups',
  counter: 'follow_ups',
  count: `
  select country_code, committed_by, count(*) as follow_ups
  from follow_ups
  where status in ('open', 'in-progress')
  group by country_code, committed_by`,
};

export const countedTables = [AGREED_AREAS, OPEN_FOLLOW_UPS] as const;

/** The triggers that keep a table's counts, found by the prefix their migration gives them. */
export function triggersOf(sqlite: SQLite, table: CountedTable): { name: string; sql: string }[] {
  const prefix = `${table.name}_`.replaceAll('_', '\\_');
  return sqlite.prepare("select name, sql from sqlite_master where type = 'trigger' and name like ? escape '\\'").all(`${prefix}%`) as {
    name: string;
    sql: string;
  }[];
}

/** Counts every row again: for a bulk fill that ran without the triggers (the bench's generator). */
export function recount(sqlite: SQLite, table: CountedTable): void {
  sqlite.transaction(() => {
    sqlite.exec(`delete from ${table.name}`);
    sqlite.exec(`insert into ${table.name} ${table.count}`);
  })();
}
