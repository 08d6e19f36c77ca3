import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/connection';
import { createTestDatabase } from '../db/test-database';
import type { CsvColumn } from '../lib/csv';
import { csvDownload } from './downloads';

let testDb: ReturnType<typeof createTestDatabase>;
const previousPath = process.env.DATABASE_PATH;
beforeAll(() => {
  testDb = createTestDatabase();
  testDb.sqlite.exec(
    "create table notes (id integer primary key, text text not null); insert into notes (text) values ('one'), ('two'), ('three'), ('four'), ('five')",
  );
  // openSnapshot() opens the app's database, here the test's.
  process.env.DATABASE_PATH = testDb.file;
});
afterAll(() => {
  process.env.DATABASE_PATH = previousPath;
  testDb.close();
});

type Note = { id: number; text: string };
const columns: CsvColumn<Note>[] = [
  { header: 'Id', value: (note) => note.id },
  { header: 'Text', value: (note) => note.text },
];

/** The notes two at a time, in id order, noting how many turns of the event loop had passed before each batch. */
function* notesInPairs(db: Database, turns: () => number, seen: number[]) {
  for (let after = 0; ;) {
    seen.push(turns());
    const notes = db.$client.prepare('select id, text from notes where id > ? order by id limit 2').all(after) as Note[];
    if (!notes.length) return;
    yield notes;
    after = notes.at(-1)!.id;
  }
}

describe('a CSV download', () => {
  it('reads one batch per turn of the event loop, from the database as it was when it started', async () => {
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const seen: number[] = [];
    const response = csvDownload({ filename: 'notes.csv', columns, read: (db) => notesInPairs(db, () => turns, seen) });
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="notes.csv"');

    const reader = response.body!.getReader();
    // ignoreBOM: keep the byte-order mark in the text, to see that it is sent.
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    let text = decoder.decode((await reader.read()).value, { stream: true });
    // Written after the first batch was read: the rest of the file does not see it.
    testDb.sqlite.prepare("update notes set text = 'changed' where id = 5").run();
    testDb.sqlite.prepare("insert into notes (text) values ('six')").run();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += decoder.decode(chunk.value, { stream: true });
    ticking = false;

    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parse(text.slice(1))).toEqual([
      ['Id', 'Text'],
      ['1', 'one'],
      ['2', 'two'],
      ['3', 'three'],
      ['4', 'four'],
      ['5', 'five'],
    ]);
    // Three batches and the read that found none: each after more turns than the one before.
    expect(seen).toHaveLength(4);
    for (let index = 1; index < seen.length; index++) expect(seen[index]).toBeGreaterThan(seen[index - 1]!);
  });

  it('is a header alone when nothing matches', async () => {
    const response = csvDownload({ filename: 'none.csv', columns, read: () => [][Symbol.iterator]() });
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())).toBe('\uFEFFId,Text\r\n');
  });

  it('lets a refusal found by the first batch throw before anything is sent', () => {
    const refuse = function* (): Generator<Note[]> {
      throw new Error('Refused');
    };
    expect(() => csvDownload({ filename: 'x.csv', columns, read: refuse })).toThrow('Refused');
  });
});
