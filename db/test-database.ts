import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Role } from '../lib/roles';
import { type Database, openDatabase } from './connection';
import { migrateDatabase } from './migrate';
import { createAccount, createFirstAdmin } from './users';
import type { Viewer } from '../lib/policy';

let template: string | undefined;

function migratedTemplate(): string {
  if (!template) {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-template-'));
    template = path.join(directory, 'template.db');
    migrateDatabase(template);
    process.once('exit', () => fs.rmSync(directory, { recursive: true, force: true }));
  }
  return template;
}

/**
 * A real, migrated SQLite file for one test file: the migrations run once into a template, which
 * each caller copies. Integration tests use this, never a mock of the database.
 */
export function createTestDatabase() {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-test-'));
  const file = path.join(directory, 'test.db');
  fs.copyFileSync(migratedTemplate(), file);
  const { sqlite, db } = openDatabase(file);
  return {
    db,
    sqlite,
    file,
    close: () => {
      sqlite.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** The first admin (Ada) and one account per name, with that role: `name@m.test`, named `name`. */
export function createStaff<const T extends Record<string, Role>>(db: Database, roles: T): { admin: Viewer } & { [Name in keyof T]: Viewer } {
  const first = createFirstAdmin({ db, account: { name: 'Ada', email: 'ada@m.test', passwordHash: 'x' } });
  const staff: Record<string, Viewer> = { admin: { id: first.id, role: 'admin', active: true } };
  for (const [name, role] of Object.entries(roles)) {
    const { id, active } = createAccount({ db, actorId: first.id, account: { name, email: `${name}@m.test`, role, passwordHash: 'x' } });
    staff[name] = { id, role, active };
  }
  return staff as { admin: Viewer } & { [Name in keyof T]: Viewer };
}

/**
 * Each table of counts counted from scratch, written apart from the migration that fills it and
 * the triggers that keep it (db/counted-tables.ts), so that the tests hold them to the same answer.
 */
export const countedFromScratch: Record<string, string> = {
  country_agreed_areas: `
  select mc.country_code, ma.area_id, m.confidentiality, count(*) as meetings
  from meeting_areas ma
  join meeting_countries mc on mc.meeting_id = ma.meeting_id
  join meetings m on m.id = ma.meeting_id
  where ma.outcome = 'agreed' and m.deleted_at is null
  group by mc.country_code, ma.area_id, m.confidentiality`,
  country_open_follow_ups: `
  select country_code, committed_by, count(*) as follow_ups
  from follow_ups
  where status in ('open', 'in-progress')
  group by country_code, committed_by`,
};
