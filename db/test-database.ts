import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from './connection';
import { migrateDatabase } from './migrate';

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
