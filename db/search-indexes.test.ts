import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepSearchIndexesMerged, mergeSearchIndexesFully, mergeSearchIndexesStep } from './search-indexes';
import { createStaff, createTestDatabase } from './test-database';

let testDb: ReturnType<typeof createTestDatabase>;
let authorId: number;

/** Meetings and contacts written one transaction each, as the app writes them: each leaves a segment of its own in the indexes. */
function writeOneByOne(count: number) {
  const meeting = testDb.sqlite.prepare(
    "insert into meetings (title, kind, start_date, summary, created_by_id, created_at, updated_at) values (?, 'visit', '2026-01-05', ?, ?, 0, 0)",
  );
  const contact = testDb.sqlite.prepare('insert into contacts (name, search_key, created_at, updated_at) values (?, ?, 0, 0)');
  for (let index = 0; index < count; index++) {
    meeting.run(`Visit number ${index}`, `Talks with delegation ${index % 7} on the port project`, authorId);
    contact.run(`Person ${index}`, ` person${index} `);
  }
}

const searches = () => ({
  meetings: testDb.sqlite.prepare('select rowid from meetings_search where meetings_search match \'"port proj"\' order by rowid').pluck().all(),
  delegation: testDb.sqlite.prepare('select rowid from meetings_search where meetings_search match \'"delegation 3"\' order by rowid').pluck().all(),
  contacts: testDb.sqlite.prepare('select rowid from contacts_search where contacts_search match \'"person1"*\' order by rowid').pluck().all(),
});

const integrityCheck = () => {
  for (const index of ['meetings_search', 'contacts_search']) testDb.sqlite.exec(`insert into ${index} (${index}) values ('integrity-check')`);
};

beforeEach(() => {
  testDb = createTestDatabase();
  authorId = createStaff(testDb.db, {}).admin.id;
});
afterEach(() => {
  vi.useRealTimers();
  testDb.close();
});

describe('merging the search indexes', () => {
  it('has work after writes one by one, none once merged, and finds the same records', () => {
    writeOneByOne(60);
    const before = searches();
    expect(before.meetings).toHaveLength(60);
    expect(before.contacts.length).toBeGreaterThan(10);
    expect(mergeSearchIndexesStep(testDb.sqlite, 1)).toBe(true);
    expect(mergeSearchIndexesFully(testDb.sqlite)).toBeGreaterThan(1);
    expect(mergeSearchIndexesStep(testDb.sqlite)).toBe(false);
    expect(searches()).toEqual(before);
    integrityCheck();
    // Later writes are found too, and leave work for the next round.
    writeOneByOne(1);
    expect(searches().meetings).toHaveLength(61);
    expect(mergeSearchIndexesStep(testDb.sqlite)).toBe(true);
  });

  it('runs in the server in small steps, then again after the interval, and stops when told', async () => {
    vi.useFakeTimers();
    writeOneByOne(60);
    const before = searches();
    const stop = keepSearchIndexesMerged(testDb.file, { every: 60_000, pause: 10, pages: 1 });
    // The first step ran at once; the rest come one pause apart, so the indexes still have work now.
    expect(mergeSearchIndexesStep(testDb.sqlite, 1)).toBe(true);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(mergeSearchIndexesStep(testDb.sqlite)).toBe(false);
    writeOneByOne(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(mergeSearchIndexesStep(testDb.sqlite)).toBe(false);
    stop();
    writeOneByOne(1);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(mergeSearchIndexesStep(testDb.sqlite)).toBe(true);
    expect(searches().meetings).toEqual([...before.meetings, 61, 62]);
    integrityCheck();
  });
});
