import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase } from '../scripts/backup';
import { openDatabase } from './connection';

const mode = (file: string) => fs.statSync(file).mode & 0o777;
let directory: string;
afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

describe('the mission’s files', () => {
  it('are readable by the app’s own account only: the database, its -wal and -shm, its new folder, and backups', () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-private-'));
    const file = path.join(directory, 'data', 'nested', 'mission.db');
    const { sqlite } = openDatabase(file);
    sqlite.exec("create table notes (text); insert into notes values ('restricted')");
    for (const part of [file, `${file}-wal`, `${file}-shm`]) expect(mode(part), part).toBe(0o600);
    expect(mode(path.join(directory, 'data'))).toBe(0o700);
    expect(mode(path.dirname(file))).toBe(0o700);
    const backup = path.join(directory, 'backups', 'copy.db');
    backupDatabase(file, backup);
    expect([mode(backup), mode(path.dirname(backup))]).toEqual([0o600, 0o700]);
    sqlite.close();
  });

  it('are made private when they already exist with wider rights', () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-private-'));
    const file = path.join(directory, 'old.db');
    fs.writeFileSync(file, '');
    fs.chmodSync(file, 0o644);
    openDatabase(file).sqlite.close();
    expect(mode(file)).toBe(0o600);
  });
});
