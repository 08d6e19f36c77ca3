import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { faker } from '@faker-js/faker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingSchema } from '../lib/schemas/meetings';
import { openDatabase } from './connection';
import { agreedAreaTriggers, COUNT_AGREED_AREAS, recountAgreedAreas } from './country-agreed-areas';
import { deleteMeeting, getMeeting, recordMeeting, updateMeeting } from './meetings';
import { MIGRATIONS_FOLDER, migrateDatabase } from './migrate';
import { listCooperationAreas } from './reference';
import { createStaff, createTestDatabase } from './test-database';
import type { Viewer } from './viewer';

const COUNTRIES = ['BE', 'LU', 'KZ', 'XK', 'NL', 'FR'] as const;

type Sqlite = ReturnType<typeof openDatabase>['sqlite'];
const kept = (sqlite: Sqlite) => sqlite.prepare('select * from country_agreed_areas where meetings <> 0 order by 1, 2, 3').all();
const counted = (sqlite: Sqlite) => sqlite.prepare(`${COUNT_AGREED_AREAS} order by 1, 2, 3`).all();

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
      'restore a deleted meeting': () => sqlite.prepare('update meetings set deleted_at = null, deleted_by_id = null where id = (select id from meetings where deleted_at is not null order by random() limit 1)').run(),
      'flip a confidentiality': () => sqlite.prepare("update meetings set confidentiality = case confidentiality when 'normal' then 'restricted' else 'normal' end where id = ?").run(faker.helpers.arrayElement(ids())),
      'flip an outcome': () => sqlite.prepare("update meeting_areas set outcome = case outcome when 'agreed' then 'discussed' else 'agreed' end where rowid = (select rowid from meeting_areas order by random() limit 1)").run(),
      'move a link to another area': () => sqlite.prepare('update or ignore meeting_areas set area_id = ? where rowid = (select rowid from meeting_areas order by random() limit 1)').run(faker.helpers.arrayElement(areaIds)),
      'move a link to another country': () => sqlite.prepare('update or ignore meeting_countries set country_code = ? where rowid = (select rowid from meeting_countries order by random() limit 1)').run(faker.helpers.arrayElement(COUNTRIES)),
      'remove a country': () => sqlite.prepare('delete from meeting_countries where rowid = (select rowid from meeting_countries order by random() limit 1)').run(),
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
  });

  it('are counted again from scratch by recountAgreedAreas', () => {
    testDb.sqlite.exec('update country_agreed_areas set meetings = meetings + 5');
    recountAgreedAreas(testDb.sqlite);
    expect(kept(testDb.sqlite)).toEqual(counted(testDb.sqlite));
    expect(agreedAreaTriggers(testDb.sqlite).map((trigger) => trigger.name)).toHaveLength(8);
  });
});

describe('migration 0013 on a database that already holds meetings', () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-0013-'));
  afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('counts the agreed areas already recorded', () => {
    // The migrations as they were before 0013 (drizzle applies none dated before the last one applied).
    const before = path.join(directory, 'migrations');
    const until0013 = (name: string) => !/^\d{4}_/.test(name) || Number(name.slice(0, 4)) < 13;
    fs.cpSync(MIGRATIONS_FOLDER, before, { recursive: true, filter: (file) => until0013(path.basename(file)) });
    const journalFile = path.join(before, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
    fs.writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.filter((entry) => until0013(entry.tag)) }));
    const file = path.join(directory, 'mission.db');
    migrateDatabase(file, before);

    const before0013 = openDatabase(file);
    expect(before0013.sqlite.prepare("select count(*) as n from sqlite_master where name = 'country_agreed_areas'").get()).toEqual({ n: 0 });
    faker.seed(1302);
    const { manager } = createStaff(before0013.db, { manager: 'manager' });
    const areaIds = listCooperationAreas({ db: before0013.db }).map((area) => area.id);
    for (let i = 0; i < 40; i++) recordMeeting({ db: before0013.db, viewer: manager, input: meetingInput(areaIds) });
    before0013.sqlite.close();

    migrateDatabase(file);
    const { sqlite } = openDatabase(file);
    try {
      expect(kept(sqlite).length).toBeGreaterThan(10);
      expect(kept(sqlite)).toEqual(counted(sqlite));
    } finally {
      sqlite.close();
    }
  });
});
