import type { Database as SQLite } from 'better-sqlite3';

/**
 * `country_agreed_areas` counted from scratch (its columns, in order): for each partner country, cooperation area and
 * confidentiality, the live meetings with that country that agreed that area. The triggers of
 * migration 0013 keep the table equal to this as meetings and their links change (decision 0014).
 */
export const COUNT_AGREED_AREAS = `
  select mc.country_code, ma.area_id, m.confidentiality, count(*) as meetings
  from meeting_areas ma
  join meeting_countries mc on mc.meeting_id = ma.meeting_id
  join meetings m on m.id = ma.meeting_id
  where ma.outcome = 'agreed' and m.deleted_at is null
  group by mc.country_code, ma.area_id, m.confidentiality`;

/** The triggers that keep the counts, found by the prefix migration 0013 gives them. */
export function agreedAreaTriggers(sqlite: SQLite): { name: string; sql: string }[] {
  return sqlite.prepare("select name, sql from sqlite_master where type = 'trigger' and name like 'country\\_agreed\\_areas\\_%' escape '\\'").all() as { name: string; sql: string }[];
}

/** Counts every row again: for a bulk fill that ran without the triggers (the bench's generator). */
export function recountAgreedAreas(sqlite: SQLite): void {
  sqlite.transaction(() => {
    sqlite.exec('delete from country_agreed_areas');
    sqlite.exec(`insert into country_agreed_areas (country_code, area_id, confidentiality, meetings) ${COUNT_AGREED_AREAS}`);
  })();
}
