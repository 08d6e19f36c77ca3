import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Busy } from '../lib/errors';
import { openDatabase } from './connection';
import { createTestDatabase } from './test-database';
import { inWriteTurn } from './write-turn';

let testDb: ReturnType<typeof createTestDatabase>;
/** Another connection to the same file: for SQLite's locks, another server worker. */
let other: ReturnType<typeof openDatabase>;
beforeEach(() => {
  testDb = createTestDatabase();
  other = openDatabase(testDb.file);
});
afterEach(() => {
  vi.useRealTimers();
  other.sqlite.close();
  testDb.close();
});

const areas = (sqlite = testDb.sqlite) => sqlite.prepare('select name from cooperation_areas').pluck().all() as string[];
const addArea = (name: string, sqlite = testDb.sqlite) => sqlite.prepare('insert into cooperation_areas (name) values (?)').run(name);
const inTransaction = (name: string) => testDb.db.transaction(() => addArea(name), { behavior: 'immediate' });

describe('inWriteTurn', () => {
  it('waits for another worker’s write while this process goes on serving, then writes', async () => {
    other.sqlite.exec('BEGIN IMMEDIATE');
    addArea('Written by the other worker', other.sqlite);
    let served = 0;
    const serving = setInterval(() => served++, 1);
    const write = inWriteTurn(() => inTransaction('Written in turn'), testDb.db);
    // A blocking wait would hold this process here until its own timeout: the other worker, on
    // this same thread, could never commit.
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(served).toBeGreaterThan(5);
    expect(areas()).not.toContain('Written in turn');
    other.sqlite.exec('COMMIT');
    await write;
    clearInterval(serving);
    expect(areas()).toEqual(expect.arrayContaining(['Written by the other worker', 'Written in turn']));
  });

  it('lets this process’s changes wait in line behind one another, each in a turn of its own', async () => {
    other.sqlite.exec('BEGIN IMMEDIATE');
    const order: string[] = [];
    const writes = ['First', 'Second', 'Third'].map((name) =>
      inWriteTurn(() => {
        expect(testDb.sqlite.inTransaction).toBe(true);
        inTransaction(name);
        order.push(name);
      }, testDb.db),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual([]);
    other.sqlite.exec('COMMIT');
    await Promise.all(writes);
    expect(order).toEqual(['First', 'Second', 'Third']);
    expect(testDb.sqlite.inTransaction).toBe(false);
    // The line is empty again: a change now takes the free lock at once.
    await inWriteTurn(() => inTransaction('Fourth'), testDb.db);
    expect(areas()).toEqual(expect.arrayContaining(['First', 'Second', 'Third', 'Fourth']));
  });

  it('gives up with a message when the lock is held past the busy timeout, having saved nothing', async () => {
    other.sqlite.exec('BEGIN IMMEDIATE');
    vi.useFakeTimers();
    const write = inWriteTurn(() => inTransaction('Never written'), testDb.db);
    const refused = expect(write).rejects.toBeInstanceOf(Busy);
    for (let step = 0; step < 1_000 && vi.getTimerCount() > 0; step++) {
      vi.setSystemTime(Date.now() + 10);
      await vi.advanceTimersByTimeAsync(10);
    }
    await refused;
    other.sqlite.exec('ROLLBACK');
    expect(areas()).not.toContain('Never written');
  });

  it('keeps what a failing action had saved and undoes its failed step, as without it', async () => {
    const failing = inWriteTurn(() => {
      inTransaction('Saved before the failure');
      testDb.db.transaction(
        () => {
          addArea('Undone with its step');
          throw new Error('the step failed');
        },
        { behavior: 'immediate' },
      );
    }, testDb.db);
    await expect(failing).rejects.toThrow('the step failed');
    expect(testDb.sqlite.inTransaction).toBe(false);
    expect(areas()).toContain('Saved before the failure');
    expect(areas()).not.toContain('Undone with its step');
  });

  it('commits an async action at its first await, so others can write while it waits', async () => {
    let release!: () => void;
    const action = inWriteTurn(async () => {
      inTransaction('Before the await');
      await new Promise<void>((resolve) => (release = resolve));
      inTransaction('After the await');
    }, testDb.db);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(testDb.sqlite.inTransaction).toBe(false);
    expect(areas(other.sqlite)).toContain('Before the await');
    addArea('Another worker meanwhile', other.sqlite);
    release();
    await action;
    expect(areas(other.sqlite)).toEqual(expect.arrayContaining(['Before the await', 'Another worker meanwhile', 'After the await']));
  });
});
