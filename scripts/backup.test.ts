import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../db/test-database';
import { backupDatabase } from './backup';

let testDb: ReturnType<typeof createTestDatabase> | undefined;
afterEach(() => testDb?.close());

describe('npm run backup', () => {
  it('copies a database that another process is writing to, consistently, and the copy restores with every committed record', async () => {
    testDb = createTestDatabase();
    const source = testDb.file;
    testDb.sqlite.exec(`insert into cooperation_areas (name) values ('Before the backup')`);
    // A separate process keeps committing while the backup runs, as the live app would.
    const writerScript = path.join(path.dirname(source), 'writer.cjs');
    fs.writeFileSync(
      writerScript,
      `const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
       const db = new Database(process.argv[2]); db.pragma('journal_mode = WAL'); db.pragma('busy_timeout = 5000');
       const insert = db.prepare("insert into cooperation_areas (name) values (?)");
       insert.run('written 0'); process.send('writing');
       let n = 1; const end = Date.now() + 1500;
       while (Date.now() < end) { insert.run('written ' + n++); }
       process.send(n); db.close();`,
    );
    const writer = fork(writerScript, [source]);
    const messages = new Promise<number>((resolve) => writer.on('message', (message) => typeof message === 'number' && resolve(message)));
    // The copy starts once the writer has committed (a fixed wait failed on a busy machine, the writer not yet started).
    await new Promise((resolve) => writer.once('message', resolve));
    const written = messages;
    const target = path.join(path.dirname(source), 'backup.db');
    const result = backupDatabase(source, target);
    const total = await written;
    expect(result.integrity).toBe('ok');
    expect(() => backupDatabase(source, target)).toThrow(/never overwrite/);

    // Restore: the copy alone (no -wal/-shm) opens and holds the record committed before it, and a
    // gap-free prefix of the writer's records (one consistent moment, not a torn mixture).
    const restored = new Database(target, { readonly: true });
    const names = (restored.prepare('select name from cooperation_areas order by id').all() as { name: string }[]).map((row) => row.name);
    restored.close();
    expect(names).toContain('Before the backup');
    const copiedWrites = names.filter((name) => name.startsWith('written '));
    expect(copiedWrites.length).toBeGreaterThan(0);
    expect(copiedWrites.length).toBeLessThanOrEqual(total);
    expect(copiedWrites).toEqual(copiedWrites.map((_, index) => `written ${index}`));
  });
});
