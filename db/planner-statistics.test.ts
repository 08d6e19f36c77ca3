import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepPlannerStatisticsCurrent, updatePlannerStatistics } from './planner-statistics';
import { createTestDatabase } from './test-database';

let testDb: ReturnType<typeof createTestDatabase>;

beforeEach(() => {
  testDb = createTestDatabase();
  const contact = testDb.sqlite.prepare('insert into contacts (name, search_key, created_at, updated_at) values (?, ?, 0, 0)');
  for (let index = 0; index < 500; index++) contact.run(`Person ${index}`, ` person${index} `);
});
afterEach(() => {
  vi.useRealTimers();
  testDb.close();
});

const statisticsOf = (table: string) =>
  testDb.sqlite.prepare('select idx, stat from sqlite_stat1 where tbl = ? order by idx').all(table) as { idx: string | null; stat: string }[];

describe('the query planner statistics', () => {
  it('are gathered for a database that has none, whole, then left alone while current', () => {
    expect(statisticsOf('contacts')).toEqual([]);
    const done = updatePlannerStatistics(testDb.sqlite);
    expect(done).toContain('ANALYZE "main"."contacts"');
    const contacts = statisticsOf('contacts');
    expect(contacts.map((row) => row.idx)).toContain('contacts_organisation_idx');
    // Counted whole, not sampled: 500 rows.
    for (const row of contacts) expect(row.stat.split(' ')[0]).toBe('500');
    // Only empty tables, which leave no statistics, are looked at again.
    expect(updatePlannerStatistics(testDb.sqlite)).not.toContain('ANALYZE "main"."contacts"');
  });

  it('are gathered for an index added to a table analyzed before', () => {
    updatePlannerStatistics(testDb.sqlite);
    testDb.sqlite.exec('create index contacts_title_idx on contacts (title)');
    expect(updatePlannerStatistics(testDb.sqlite)).toContain('ANALYZE "main"."contacts"');
    expect(statisticsOf('contacts').find((row) => row.idx === 'contacts_title_idx')?.stat).toBe('500 500');
    expect(updatePlannerStatistics(testDb.sqlite)).not.toContain('ANALYZE "main"."contacts"');
  });

  it('are gathered again, whole, for a table that grew many times over', () => {
    updatePlannerStatistics(testDb.sqlite);
    // 45,000 contacts without an organisation, then 5,000 with one each: in the organisation index,
    // a sample of its first rows (what a limited analysis reads) sees one value shared by all.
    const organisation = testDb.sqlite.prepare("insert into organisations (name, kind, search_name, created_at, updated_at) values (?, 'company', ?, 0, 0)");
    const contact = testDb.sqlite.prepare('insert into contacts (name, search_key, organisation_id, created_at, updated_at) values (?, ?, ?, 0, 0)');
    testDb.sqlite.transaction(() => {
      for (let index = 500; index < 45_000; index++) contact.run(`Person ${index}`, ` person${index} `, null);
      for (let index = 0; index < 5_000; index++)
        contact.run(`Member ${index}`, ` member${index} `, organisation.run(`Firm ${index}`, `firm ${index}`).lastInsertRowid);
    })();
    expect(updatePlannerStatistics(testDb.sqlite)).toContain('ANALYZE "main"."contacts"');
    const byOrganisation = statisticsOf('contacts').find((row) => row.idx === 'contacts_organisation_idx')!;
    // 50,000 contacts over 5,001 organisation values (null being one): 10 per value on average.
    expect(byOrganisation.stat.split(' ').slice(0, 2)).toEqual(['50000', '10']);
  });

  it('are kept by the server at start, before any request, and again each interval', () => {
    vi.useFakeTimers();
    const stop = keepPlannerStatisticsCurrent(testDb.file, { every: 60_000 });
    expect(statisticsOf('contacts').length).toBeGreaterThan(0);
    testDb.sqlite.exec('delete from sqlite_stat1');
    vi.advanceTimersByTime(60_000);
    expect(statisticsOf('contacts').length).toBeGreaterThan(0);
    stop();
    testDb.sqlite.exec('delete from sqlite_stat1');
    vi.advanceTimersByTime(120_000);
    expect(statisticsOf('contacts')).toEqual([]);
  });
});
