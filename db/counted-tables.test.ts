import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { faker } from '@faker-js/faker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingSchema } from '../lib/schemas/meetings';
import { openDatabase } from './connection';
import { AGREED_AREAS, type CountedTable, OPEN_FOLLOW_UPS, recount, triggersOf } from './counted-tables';
import { changeFollowUpStatus, insertFollowUps } from './follow-ups';
import { deleteMeeting, getMeeting, recordMeeting, updateMeeting } from './meetings';
import { MIGRATIONS_FOLDER, migrateDatabase } from './migrate';
import { listCooperationAreas } from './reference';
import { countedFromScratch, createStaff, createTestDatabase } from './test-database';
import type { Viewer } from '../lib/policy';

const COUNTRIES = ['BE', 'LU', 'KZ', 'XK', 'NL', 'FR'] as const;

type Sqlite = ReturnType<typeof openDatabase>['sqlite'];
/** A table's rows but its zero counts, against a count from scratch. */
const kept = (sqlite: Sqlite, table: CountedTable = AGREED_AREAS) =>
  sqlite.prepare(`select * from ${table.name} where ${table.counter} <> 0 order by 1, 2, 3`).all();
const counted = (sqlite: Sqlite, table: CountedTable = AGREED_AREAS) => sqlite.prepare(`${countedFromScratch[table.name]} order by 1, 2, 3`).all();

/** Columns added after the migrations these tests replay (0018: a meeting's source readout; 0019: sign-in security; 0022: posts; 0023: a user's language). */
const LATER_COLUMNS = [
  ['follow_ups', 'owner_post_id', 'integer'],
  ['meeting_attendees', 'post_id', 'integer'],
  ['contacts', 'owner_id', 'integer'],
  ['contacts', 'owner_post_id', 'integer'],
  ['users', 'locale', 'text'],
  ['cooperation_areas', 'name_fr', 'text'],
  ['meetings', 'source_text', 'text'],
  ['users', 'must_change_password', 'integer not null default 0'],
  ['users', 'totp_secret', 'text'],
  ['users', 'totp_last_step', 'integer'],
  ['audit_events', 'client_address', 'text'],
  ['audit_events', 'user_agent', 'text'],
] as const;
/** Tables the data layer reads as it writes, added later (0022). */
const LATER_TABLES = {
  posts: 'id integer primary key, title text, title_fr text',
  post_holders: 'id integer primary key, post_id integer, user_id integer, from_date text, to_date text, interim integer',
  post_countries: 'post_id integer, country_code text',
};

function meetingInput(areaIds: number[]) {
  const countries = faker.helpers.arrayElements(COUNTRIES, { min: 1, max: 3 });
  return meetingSchema.parse({
    title: faker.company.catchPhrase(),
    kind: 'business-meeting',
    startDate: '2026-11-02',
    placeCity: faker.location.city(),
    placeCountry: countries[0],
    countries,
    areas: faker.helpers.arrayElements(areaIds, { min: 0, max: 4 }).map((id) => `${id}:${faker.helpers.arrayElement(['agreed', 'discussed'])}`),
    confidentiality: faker.helpers.arrayElement(['normal', 'restricted']),
  });
}

describe('agreed areas counted by triggers', () => {
  let testDb: ReturnType<typeof createTestDatabase>;
  let manager: Viewer;
  let areaIds: number[];
  beforeAll(() => {
    faker.seed(1301);
    testDb = createTestDatabase();
    ({ manager } = createStaff(testDb.db, { manager: 'manager' }));
    areaIds = listCooperationAreas({ db: testDb.db }).map((area) => area.id);
  });
  afterAll(() => testDb.close());

  // 300 random writes, each checked against a count from scratch: about a second alone, several when the suite fills both cores.
  it('equal a count from scratch after every kind of write to meetings and their links', () => {
    const { db, sqlite } = testDb;
    const ids = () => (sqlite.prepare('select id from meetings').all() as { id: number }[]).map((row) => row.id);
    const live = () => (sqlite.prepare('select id from meetings where deleted_at is null').all() as { id: number }[]).map((row) => row.id);
    const writes: Record<string, () => void> = {
      'log a meeting': () => recordMeeting({ db, viewer: manager, input: meetingInput(areaIds) }),
      'edit a meeting': () => {
        const id = faker.helpers.arrayElement(live());
        updateMeeting({ db, viewer: manager, id, version: getMeeting({ db, viewer: manager, id }).version, input: meetingInput(areaIds) });
      },
      'delete a meeting': () => deleteMeeting({ db, viewer: manager, id: faker.helpers.arrayElement(live()) }),
      'restore a deleted meeting': () =>
        sqlite
          .prepare(
            'update meetings set deleted_at = null, deleted_by_id = null where id = (select id from meetings where deleted_at is not null order by random() limit 1)',
          )
          .run(),
      'flip a confidentiality': () =>
        sqlite
          .prepare("update meetings set confidentiality = case confidentiality when 'normal' then 'restricted' else 'normal' end where id = ?")
          .run(faker.helpers.arrayElement(ids())),
      'flip an outcome': () =>
        sqlite
          .prepare(
            "update meeting_areas set outcome = case outcome when 'agreed' then 'discussed' else 'agreed' end where rowid = (select rowid from meeting_areas order by random() limit 1)",
          )
          .run(),
      'move a link to another area': () =>
        sqlite
          .prepare('update or ignore meeting_areas set area_id = ? where rowid = (select rowid from meeting_areas order by random() limit 1)')
          .run(faker.helpers.arrayElement(areaIds)),
      'move a link to another country': () =>
        sqlite
          .prepare('update or ignore meeting_countries set country_code = ? where rowid = (select rowid from meeting_countries order by random() limit 1)')
          .run(faker.helpers.arrayElement(COUNTRIES)),
      'remove a country': () =>
        sqlite.prepare('delete from meeting_countries where rowid = (select rowid from meeting_countries order by random() limit 1)').run(),
      'delete a meeting outright': () => sqlite.prepare('delete from meetings where id = ?').run(faker.helpers.arrayElement(ids())),
    };
    for (let i = 0; i < 30; i++) writes['log a meeting']!();
    expect(kept(sqlite).length).toBeGreaterThan(10);
    expect(kept(sqlite)).toEqual(counted(sqlite));
    for (let step = 0; step < 300; step++) {
      const [name, write] = faker.helpers.arrayElement(Object.entries(writes));
      write();
      expect(kept(sqlite), `step ${step}: ${name}`).toEqual(counted(sqlite));
    }
    expect(sqlite.prepare('select count(*) as n from country_agreed_areas where meetings < 0').get()).toEqual({ n: 0 });
    // Still a real mission after the walk: agreements of both confidentialities remain to be counted.
    expect(new Set(kept(sqlite).map((row) => (row as { confidentiality: string }).confidentiality))).toEqual(new Set(['normal', 'restricted']));
  }, 30_000);

  it('are counted again from scratch by recount', () => {
    testDb.sqlite.exec('update country_agreed_areas set meetings = meetings + 5');
    recount(testDb.sqlite, AGREED_AREAS);
    expect(kept(testDb.sqlite)).toEqual(counted(testDb.sqlite));
    expect(triggersOf(testDb.sqlite, AGREED_AREAS).map((trigger) => trigger.name)).toHaveLength(8);
  });
});

describe('open follow-ups counted by triggers', () => {
  let testDb: ReturnType<typeof createTestDatabase>;
  let manager: Viewer;
  beforeAll(() => {
    faker.seed(1601);
    testDb = createTestDatabase();
    ({ manager } = createStaff(testDb.db, { manager: 'manager' }));
  });
  afterAll(() => testDb.close());

  const followUp = () => ({
    title: faker.company.catchPhrase(),
    countryCode: faker.helpers.arrayElement(COUNTRIES),
    committedBy: faker.helpers.arrayElement(['ours', 'partner', 'joint'] as const),
    ownerId: null,
    dueDate: faker.datatype.boolean(0.7) ? '2026-12-10' : null,
  });

  it('equal a count from scratch after every kind of write to follow-ups', () => {
    const { db, sqlite } = testDb;
    const any = () => sqlite.prepare('select id, version from follow_ups order by random() limit 1').get() as { id: number; version: number } | undefined;
    const status = () => faker.helpers.arrayElement(['open', 'in-progress', 'done', 'cancelled'] as const);
    const writes: Record<string, () => void> = {
      'open follow-ups': () =>
        db.transaction((tx) => insertFollowUps(tx, manager, Array.from({ length: faker.number.int({ min: 1, max: 3 }) }, followUp), null)),
      'change a status': () => {
        const row = any();
        if (row) changeFollowUpStatus({ db, viewer: manager, id: row.id, version: row.version, status: status(), reason: 'No longer needed' });
      },
      'set a status in SQL': () => sqlite.prepare('update follow_ups set status = ? where id = ?').run(status(), any()?.id),
      'move to another country': () =>
        sqlite.prepare('update follow_ups set country_code = ? where id = ?').run(faker.helpers.arrayElement(COUNTRIES), any()?.id),
      'change the side': () =>
        sqlite.prepare('update follow_ups set committed_by = ? where id = ?').run(faker.helpers.arrayElement(['ours', 'partner', 'joint']), any()?.id),
      'change country, side and status at once': () =>
        sqlite
          .prepare('update follow_ups set country_code = ?, committed_by = ?, status = ? where id = ?')
          .run(faker.helpers.arrayElement(COUNTRIES), faker.helpers.arrayElement(['ours', 'partner', 'joint']), status(), any()?.id),
      'delete one outright': () => {
        const id = any()?.id;
        sqlite.prepare('delete from follow_up_events where follow_up_id = ?').run(id);
        sqlite.prepare('delete from follow_ups where id = ?').run(id);
      },
    };
    for (let i = 0; i < 20; i++) writes['open follow-ups']!();
    expect(kept(sqlite, OPEN_FOLLOW_UPS).length).toBeGreaterThan(5);
    expect(kept(sqlite, OPEN_FOLLOW_UPS)).toEqual(counted(sqlite, OPEN_FOLLOW_UPS));
    for (let step = 0; step < 300; step++) {
      const [name, write] = faker.helpers.arrayElement(Object.entries(writes));
      write();
      expect(kept(sqlite, OPEN_FOLLOW_UPS), `step ${step}: ${name}`).toEqual(counted(sqlite, OPEN_FOLLOW_UPS));
    }
    expect(sqlite.prepare('select count(*) as n from country_open_follow_ups where follow_ups < 0').get()).toEqual({ n: 0 });
    // Still a mission with work to do after the walk: open follow-ups of every side remain.
    expect(new Set(kept(sqlite, OPEN_FOLLOW_UPS).map((row) => (row as { committed_by: string }).committed_by))).toEqual(new Set(['ours', 'partner', 'joint']));
  });

  it('are counted again from scratch by recount', () => {
    testDb.sqlite.exec('update country_open_follow_ups set follow_ups = follow_ups + 5');
    recount(testDb.sqlite, OPEN_FOLLOW_UPS);
    expect(kept(testDb.sqlite, OPEN_FOLLOW_UPS)).toEqual(counted(testDb.sqlite, OPEN_FOLLOW_UPS));
    expect(triggersOf(testDb.sqlite, OPEN_FOLLOW_UPS).map((trigger) => trigger.name)).toHaveLength(3);
  });
});

describe.each([
  { migration: 13, table: AGREED_AREAS },
  { migration: 16, table: OPEN_FOLLOW_UPS },
])('migration $migration on a database that already holds meetings and follow-ups', ({ migration, table }) => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `readout-${migration}-`));
  afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

  it(`counts into ${table.name} what was already recorded`, () => {
    // The migrations as they were before this one (drizzle applies none dated before the last one applied).
    const before = path.join(directory, 'migrations');
    const earlier = (name: string) => !/^\d{4}_/.test(name) || Number(name.slice(0, 4)) < migration;
    fs.cpSync(MIGRATIONS_FOLDER, before, { recursive: true, filter: (file) => earlier(path.basename(file)) });
    const journalFile = path.join(before, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
    fs.writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.filter((entry) => earlier(entry.tag)) }));
    const file = path.join(directory, 'mission.db');
    migrateDatabase(file, before);

    const beforeMigration = openDatabase(file);
    expect(beforeMigration.sqlite.prepare('select count(*) as n from sqlite_master where name = ?').get(table.name)).toEqual({ n: 0 });
    // Today's data layer writes today's columns: those that later migrations add are there while it seeds, then gone again.
    for (const [tableName, column, type] of LATER_COLUMNS) beforeMigration.sqlite.exec(`alter table ${tableName} add column ${column} ${type}`);
    for (const [tableName, columns] of Object.entries(LATER_TABLES)) beforeMigration.sqlite.exec(`create table ${tableName} (${columns})`);
    faker.seed(1302);
    const { manager } = createStaff(beforeMigration.db, { manager: 'manager' });
    const areaIds = listCooperationAreas({ db: beforeMigration.db }).map((area) => area.id);
    for (let i = 0; i < 40; i++) {
      const input = meetingInput(areaIds);
      const items = [
        {
          title: 'Send the draft',
          countryCode: input.countries[0]!,
          committedBy: faker.helpers.arrayElement(['ours', 'partner', 'joint'] as const),
          ownerId: null,
          dueDate: null,
        },
      ];
      const { id } = recordMeeting({
        db: beforeMigration.db,
        viewer: manager,
        input,
        andThen: (tx, meetingId) => insertFollowUps(tx, manager, items, meetingId),
      });
      if (i % 4 === 0) beforeMigration.sqlite.prepare("update follow_ups set status = 'done' where meeting_id = ?").run(id);
    }
    for (const [tableName, column] of LATER_COLUMNS) beforeMigration.sqlite.exec(`alter table ${tableName} drop column ${column}`);
    for (const tableName of Object.keys(LATER_TABLES)) beforeMigration.sqlite.exec(`drop table ${tableName}`);
    beforeMigration.sqlite.close();

    migrateDatabase(file);
    const { sqlite } = openDatabase(file);
    try {
      expect(kept(sqlite, table).length).toBeGreaterThan(5);
      expect(kept(sqlite, table)).toEqual(counted(sqlite, table));
    } finally {
      sqlite.close();
    }
  });
});
