import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { AGREED_AREAS, OPEN_FOLLOW_UPS, triggersOf } from '../db/counted-tables';
import { countedFromScratch } from '../db/test-database';
import { writeCountTriggers } from '../db/schema';
import { mergeSearchIndexesStep } from '../db/search-indexes';
import { generateMission } from './gen';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-gen-'));
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

describe('npm run gen', () => {
  it('refuses a file whose name does not say it is generated', () => {
    expect(() => generateMission(path.join(directory, 'readout.db'))).toThrow(/Refusing/);
  });

  it('fills a valid database with the variety the bench needs', () => {
    const file = path.join(directory, 'gen.db');
    const result = generateMission(file, { meetings: 400, followUps: 2_000, countries: 30, users: 40 });
    expect(result.bytes).toBeGreaterThan(0);
    const db = new Database(file, { readonly: true });
    try {
      const count = (query: string, ...params: unknown[]) => (db.prepare(query).get(...params) as { n: number }).n;
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(count('select count(*) as n from meetings')).toBe(400);
      expect(count('select count(*) as n from follow_ups')).toBe(2_000);
      expect(count("select count(*) as n from meetings where confidentiality = 'restricted'")).toBeGreaterThan(0);
      expect(count('select count(*) as n from meetings where deleted_at is not null')).toBeGreaterThan(0);
      expect(count('select count(*) as n from (select meeting_id from meeting_countries group by meeting_id having count(*) > 1)')).toBeGreaterThan(0);
      expect(
        count("select count(*) as n from follow_ups where status in ('open', 'in-progress') and due_date < ?", new Date().toISOString().slice(0, 10)),
      ).toBeGreaterThan(0);
      expect(count("select count(*) as n from follow_ups where status in ('done', 'cancelled')")).toBeGreaterThan(0);
      expect(count('select count(*) as n from contacts where alternative_names is not null')).toBeGreaterThan(0);
      expect(count("select count(*) as n from users where role = 'manager'")).toBeGreaterThan(0);
      // Titles read like a mission's record: a signing names the area its meeting is filed under.
      const signings = db
        .prepare(
          "select m.title, group_concat(lower(a.name), '|') as areas from meetings m join meeting_areas ma on ma.meeting_id = m.id join cooperation_areas a on a.id = ma.area_id where m.kind = 'signing' group by m.id",
        )
        .all() as { title: string; areas: string }[];
      expect(signings.length).toBeGreaterThan(0);
      for (const { title, areas } of signings)
        expect(
          areas.split('|').some((area) => title.toLowerCase().endsWith(area)),
          title,
        ).toBe(true);
      expect(count("select count(*) as n from organisations where kind = 'government' and name like 'Ministry of %'")).toBeGreaterThan(0);
      // Notes of a record's length: one-line logs and full readouts, some naming a counterpart, half with an outcome.
      expect(count('select count(*) as n from meetings where length(summary) < 120')).toBeGreaterThan(0);
      expect(count('select count(*) as n from meetings where length(summary) > 400')).toBeGreaterThan(0);
      expect(
        count(
          "select count(*) as n from meetings m join meeting_contacts mc on mc.meeting_id = m.id join contacts c on c.id = mc.contact_id where m.summary like '%' || c.name || '%'",
        ),
      ).toBeGreaterThan(0);
      expect(count('select count(*) as n from meetings where outcome is not null')).toBeGreaterThan(0);
      // Generated meetings are searchable like typed ones: the full-text index follows the inserts.
      const title = (db.prepare('select title from meetings where id = 7').get() as { title: string }).title;
      expect(count('select count(*) as n from meetings_search where meetings_search match ? and rowid = 7', `"${title.slice(2, 12)}"`)).toBe(1);
      // The write counts' triggers, set aside while filling, are all back, so the app's caches follow later writes.
      expect(
        count(
          "select count(*) as n from sqlite_master where type = 'trigger' and name in (select value from json_each(?))",
          JSON.stringify(writeCountTriggers),
        ),
      ).toBe(writeCountTriggers.length);
      expect(count('select count(*) as n from table_changes where changes = 0')).toBe(0);
      // The tables of counts, filled once at the end, match what they count, and their triggers are back too.
      expect(triggersOf(db, AGREED_AREAS)).toHaveLength(8);
      expect(triggersOf(db, OPEN_FOLLOW_UPS)).toHaveLength(3);
      for (const table of [AGREED_AREAS, OPEN_FOLLOW_UPS]) {
        expect(count(`select count(*) as n from ${table.name}`)).toBeGreaterThan(0);
        expect(db.prepare(`select * from ${table.name} order by 1, 2, 3`).all()).toEqual(
          db.prepare(`${countedFromScratch[table.name]} order by 1, 2, 3`).all(),
        );
      }
    } finally {
      db.close();
    }
    // The search indexes come merged, as the server keeps them: nothing left to merge.
    const writable = new Database(file);
    try {
      expect(mergeSearchIndexesStep(writable)).toBe(false);
    } finally {
      writable.close();
    }
  });
});
