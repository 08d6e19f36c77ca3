import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordSecurityEvent } from '../db/audit';
import { openDatabase } from '../db/connection';
import { migrateDatabase } from '../db/migrate';
import { shipAuditLog } from './audit-log';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'readout-audit-log-'));
afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

describe('npm run audit-log', () => {
  it('ships each event once: a state file remembers the last one shipped, written private', () => {
    const databaseFile = path.join(directory, 'readout.db');
    migrateDatabase(databaseFile);
    const { db, sqlite } = openDatabase(databaseFile);
    const failed = () =>
      recordSecurityEvent(
        { actorId: null, action: 'sign-in.failed', entityType: 'email', entityId: 'x@m.test', origin: { clientAddress: '203.0.113.1', userAgent: null } },
        db,
      );
    failed();
    failed();
    const stateFile = path.join(directory, 'audit-shipped.id');
    const run = () => {
      const lines: string[] = [];
      shipAuditLog({ databaseFile, stateFile, write: (line) => lines.push(line) });
      return lines.map((line) => JSON.parse(line) as { id: number; action: string; clientAddress: string });
    };
    expect(run().map((event) => [event.id, event.action, event.clientAddress])).toEqual([
      [1, 'sign-in.failed', '203.0.113.1'],
      [2, 'sign-in.failed', '203.0.113.1'],
    ]);
    expect(fs.readFileSync(stateFile, 'utf8')).toBe('2\n');
    expect(fs.statSync(stateFile).mode & 0o777).toBe(0o600);
    expect(run()).toEqual([]);
    failed();
    sqlite.close();
    expect(run().map((event) => event.id)).toEqual([3]);
    fs.writeFileSync(stateFile, 'garbage');
    expect(() => run()).toThrow(/must hold the id of an audit event/);
  });
});
