import fs from 'node:fs';
import path from 'node:path';
import { faker } from '@faker-js/faker';
import Database from 'better-sqlite3';
import { countedTables, recount, triggersOf } from '../db/counted-tables';
import { migrateDatabase } from '../db/migrate';
import { writeCountTriggers } from '../db/schema';
import { updatePlannerStatistics } from '../db/planner-statistics';
import { mergeSearchIndexesFully } from '../db/search-indexes';
import { countryCodes } from '../lib/countries';
import { organisationKinds } from '../lib/organisations';
import { nameSearchKey } from '../lib/names';
import { contactTitle, followUpTitle, meetingNotes, meetingTitle, organisationName } from './gen-wording';

/**
 * `npm run gen -- --meetings 100000 --followups 500000 --countries 200 --users 300 [--database data/gen.db]`
 * fills a fresh SQLite file with a large, varied mission for benchmarks: restricted and deleted
 * meetings, multi-country meetings, overdue and closed follow-ups, contacts with spelling variants.
 * Plain prepared statements in large transactions (the data layer's one-row-at-a-time writes
 * would take minutes); the schema comes from the same migrations as the app. Fixed seed.
 */
export type GenCounts = { meetings: number; followUps: number; countries: number; users: number };
export type GenResult = { file: string; counts: GenCounts; contacts: number; seconds: number; bytes: number };

export const DEFAULT_COUNTS: GenCounts = { meetings: 100_000, followUps: 500_000, countries: 200, users: 300 };

/** Replaces `file` with a generated mission of the given size. */
export function generateMission(file: string, counts: GenCounts = DEFAULT_COUNTS): GenResult {
  if (!path.basename(file).includes('gen')) throw new Error(`Refusing to overwrite ${file}: the generator only writes to a file whose name contains "gen".`);
  const started = Date.now();
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  migrateDatabase(file);
  const db = new Database(file);
  // A throw-away bench file: speed over durability while filling it. No journal (every page is
  // written once, not to the WAL and then again into the file) and a page cache the size of the
  // indexes being built; the app's own settings (WAL) are back when it opens the file.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -524288');
  // The write counts (migrations 0011, 0012, 0014) would run a trigger for each of ~2 million rows,
  // nearly doubling the time: they are set aside while filling and put back after, every count
  // moved. So are the tables of counts (the agreed areas, the open follow-ups), counted once at the end instead.
  const countingTriggers = [
    ...(db
      .prepare("select name, sql from sqlite_master where type = 'trigger' and name in (select value from json_each(?))")
      .all(JSON.stringify(writeCountTriggers)) as { name: string; sql: string }[]),
    ...countedTables.flatMap((table) => triggersOf(db, table)),
  ];
  for (const trigger of countingTriggers) db.exec(`drop trigger "${trigger.name}"`);
  faker.seed(424242);

  const now = Date.now();
  const day = 86_400_000;
  const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const countries = countryCodes.slice(0, Math.min(counts.countries, countryCodes.length));
  // A few countries carry most of the work, as at a real mission.
  const pickCountry = () =>
    faker.datatype.boolean(0.6) ? countries[faker.number.int({ min: 0, max: Math.min(9, countries.length - 1) })]! : faker.helpers.arrayElement(countries);

  const areas = db.prepare('select id, name from cooperation_areas').all() as { id: number; name: string }[];
  const users = db.transaction(() => {
    const insert = db.prepare(
      "insert into users (email, name, role, password_hash, active, created_at, updated_at) values (?, ?, ?, 'generated-account-cannot-sign-in', ?, ?, ?)",
    );
    return Array.from({ length: counts.users }, (_, index) => {
      const role = index < 3 ? 'admin' : index < 30 ? 'manager' : 'officer';
      return Number(insert.run(`user${index}@gen.readout.test`, faker.person.fullName(), role, faker.datatype.boolean(0.95) ? 1 : 0, now, now).lastInsertRowid);
    });
  })();

  const contacts = db.transaction(() => {
    const organisation = db.prepare(
      'insert into organisations (name, country_code, kind, search_name, version, created_at, updated_at) values (?, ?, ?, lower(?), 1, ?, ?)',
    );
    const contact = db.prepare(
      'insert into contacts (name, title, organisation_id, country_code, alternative_names, search_key, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, 1, ?, ?)',
    );
    const organisationIds = Array.from({ length: Math.ceil(counts.meetings / 50) }, () => {
      const kind = faker.helpers.weightedArrayElement(
        organisationKinds.map((value) => ({ value, weight: value === 'company' ? 8 : value === 'government' ? 6 : 1 })),
      );
      const name = organisationName(faker, kind, faker.location.city());
      return Number(organisation.run(name, pickCountry(), kind, name, now, now).lastInsertRowid);
    });
    return Array.from({ length: Math.ceil(counts.meetings / 10) }, () => {
      const name = faker.person.fullName();
      // One contact in five is known under another spelling too (doubled or swapped letters).
      const variant = faker.datatype.boolean(0.2) ? name.replace(/s/, 'ss').replace(/C/, 'K') : null;
      const title = contactTitle(faker);
      return {
        id: Number(
          contact.run(name, title, faker.helpers.arrayElement(organisationIds), pickCountry(), variant, nameSearchKey(name, variant), now, now).lastInsertRowid,
        ),
        name: `${title} ${name}`,
      };
    });
  })();

  const meetingIds: { id: number; country: string; start: number; area: string }[] = [];
  db.transaction(() => {
    const meeting = db.prepare(
      'insert into meetings (title, kind, start_date, end_date, summary, outcome, confidentiality, created_by_id, version, deleted_at, deleted_by_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)',
    );
    const place = db.prepare('insert into meeting_places (meeting_id, position, city, country_code) values (?, 0, ?, ?)');
    const country = db.prepare('insert or ignore into meeting_countries (meeting_id, country_code) values (?, ?)');
    const attendee = db.prepare('insert or ignore into meeting_attendees (meeting_id, user_id) values (?, ?)');
    const counterpart = db.prepare('insert or ignore into meeting_contacts (meeting_id, contact_id) values (?, ?)');
    const area = db.prepare('insert or ignore into meeting_areas (meeting_id, area_id, outcome) values (?, ?, ?)');
    const kinds = ['political-consultation', 'courtesy-call', 'business-meeting', 'signing', 'event', 'visit', 'call'];
    for (let index = 0; index < counts.meetings; index++) {
      const start = now - faker.number.int({ min: 0, max: 3650 }) * day;
      const author = faker.helpers.arrayElement(users);
      const deleted = faker.datatype.boolean(0.02);
      const kind = faker.helpers.arrayElement(kinds);
      const topic = faker.helpers.arrayElement(areas);
      const city = faker.location.city();
      // Drawn one by one (a repeat is ignored on insert): arrayElements would shuffle all 10,000 contacts each time.
      const counterparts = Array.from({ length: faker.number.int({ min: 0, max: 3 }) }, () => faker.helpers.arrayElement(contacts));
      const notes = meetingNotes(faker, { area: topic.name, city, counterpart: counterparts[0]?.name });
      const id = Number(
        meeting.run(
          meetingTitle(faker, kind, topic.name, city),
          kind,
          isoDay(start),
          faker.datatype.boolean(0.1) ? isoDay(start + day) : null,
          notes.summary,
          notes.outcome,
          faker.datatype.boolean(0.1) ? 'restricted' : 'normal',
          author,
          deleted ? now : null,
          deleted ? author : null,
          start,
          start,
        ).lastInsertRowid,
      );
      const partner = pickCountry();
      place.run(id, city, partner);
      country.run(id, partner);
      if (faker.datatype.boolean(0.15)) country.run(id, pickCountry());
      attendee.run(id, author);
      if (faker.datatype.boolean(0.5)) attendee.run(id, faker.helpers.arrayElement(users));
      for (const { id: contactId } of counterparts) counterpart.run(id, contactId);
      // The area the title names, and up to two more.
      area.run(id, topic.id, faker.helpers.arrayElement(['discussed', 'agreed']));
      for (let a = faker.number.int({ min: 0, max: 2 }); a > 0; a--)
        area.run(id, faker.helpers.arrayElement(areas).id, faker.helpers.arrayElement(['discussed', 'agreed']));
      meetingIds.push({ id, country: partner, start, area: topic.name });
    }
  })();

  db.transaction(() => {
    const followUp = db.prepare(
      'insert into follow_ups (title, country_code, meeting_id, committed_by, owner_id, due_date, status, created_by_id, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)',
    );
    const event = db.prepare('insert into follow_up_events (follow_up_id, at, actor_id, kind, from_value, to_value) values (?, ?, ?, ?, ?, ?)');
    for (let index = 0; index < counts.followUps; index++) {
      const source = faker.datatype.boolean(0.9) ? faker.helpers.arrayElement(meetingIds) : null;
      const created = source?.start ?? now - faker.number.int({ min: 0, max: 3650 }) * day;
      const due = faker.datatype.boolean(0.8) ? created + faker.number.int({ min: 7, max: 180 }) * day : null;
      const old = due !== null && due < now - 30 * day;
      const status = faker.helpers.weightedArrayElement([
        { value: 'open', weight: old ? 1 : 6 },
        { value: 'in-progress', weight: old ? 1 : 3 },
        { value: 'done', weight: old ? 14 : 2 },
        { value: 'cancelled', weight: 1 },
      ]);
      const committedBy = faker.helpers.arrayElement(['ours', 'ours', 'partner', 'joint']);
      const owner = committedBy === 'partner' && faker.datatype.boolean(0.5) ? null : faker.helpers.arrayElement(users);
      const author = faker.helpers.arrayElement(users);
      const id = Number(
        followUp.run(
          followUpTitle(faker, source?.area ?? faker.helpers.arrayElement(areas).name),
          source?.country ?? pickCountry(),
          source?.id ?? null,
          committedBy,
          owner,
          due ? isoDay(due) : null,
          status,
          author,
          created,
          created,
        ).lastInsertRowid,
      );
      event.run(id, created, author, 'created', null, owner ? String(owner) : null);
      if (status !== 'open') event.run(id, Math.min(created + faker.number.int({ min: 1, max: 90 }) * day, now), author, 'status', 'open', status);
    }
  })();

  for (const trigger of countingTriggers) db.exec(trigger.sql);
  db.exec('update table_changes set changes = changes + 1');
  for (const table of countedTables) recount(db, table);
  // The search indexes as the server keeps them (db/search-indexes.ts): one merged segment each, not the bulk fill's stack.
  mergeSearchIndexesFully(db);
  db.pragma('journal_mode = WAL');
  // The planner's statistics as the server keeps them (db/planner-statistics.ts).
  updatePlannerStatistics(db);
  db.close();
  const seconds = (Date.now() - started) / 1000;
  return { file, counts, contacts: contacts.length, seconds, bytes: fs.statSync(file).size };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
  const counts = {
    meetings: option('meetings', DEFAULT_COUNTS.meetings),
    followUps: option('followups', DEFAULT_COUNTS.followUps),
    countries: option('countries', DEFAULT_COUNTS.countries),
    users: option('users', DEFAULT_COUNTS.users),
  };
  const file = path.resolve(args.includes('--database') ? args[args.indexOf('--database') + 1]! : 'data/gen.db');
  const result = generateMission(file, counts);
  console.log(
    `Generated ${file}: ${counts.meetings.toLocaleString('en')} meetings, ${counts.followUps.toLocaleString('en')} follow-ups, ${result.contacts.toLocaleString('en')} contacts, ${counts.users} users, ${counts.countries} countries — ${(result.bytes / 1e6).toFixed(0)} MB in ${result.seconds.toFixed(1)} s.`,
  );
}
