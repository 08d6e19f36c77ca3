import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedUntilChangeOf } from './cache';
import { openDatabase } from './connection';
import { changeCountTriggers, FOLLOW_UP_HISTORY, MEETING_CONFIDENTIALITY, watchedTables } from './schema';
import { createFirstAdmin } from './users';
import { createTestDatabase } from './test-database';

let testDb: ReturnType<typeof createTestDatabase>;
beforeEach(() => {
  testDb = createTestDatabase();
});
afterEach(() => testDb.close());

describe('the write counts of the watched tables', () => {
  it('are kept by an insert, an update and a delete trigger on every watched table', () => {
    const triggers = testDb.sqlite.prepare("select tbl_name as tableName, name from sqlite_master where type = 'trigger'").all() as {
      tableName: string;
      name: string;
    }[];
    expect(changeCountTriggers).toHaveLength(watchedTables.length * 3);
    for (const name of changeCountTriggers)
      expect(triggers.find((trigger) => trigger.name === name)?.tableName, name).toBe(name.replace(/_changes_(insert|update|delete)$/, ''));
    const counted = testDb.sqlite.prepare('select table_name from table_changes').pluck().all();
    expect(counted.sort()).toEqual([...watchedTables, MEETING_CONFIDENTIALITY, FOLLOW_UP_HISTORY].sort());
  });

  it('count meetings’ confidentiality only when the set of meetings that are not normal changes', () => {
    const sqlite = testDb.sqlite;
    const admin = createFirstAdmin({ db: testDb.db, account: { name: 'Admin', email: 'admin@m.test', passwordHash: 'x' } });
    const count = () => sqlite.prepare("select changes from table_changes where table_name = 'meeting_confidentiality'").pluck().get() as number;
    const log = (confidentiality: string) =>
      Number(
        sqlite
          .prepare(
            "insert into meetings (title, kind, start_date, confidentiality, created_by_id, created_at, updated_at) values ('M', 'business-meeting', '2025-05-15', ?, ?, 0, 0)",
          )
          .run(confidentiality, admin.id).lastInsertRowid,
      );
    const moved = (write: () => unknown) => {
      const before = count();
      write();
      return count() - before;
    };
    let normal = 0;
    let restricted = 0;
    expect(moved(() => (normal = log('normal')))).toBe(0);
    expect(moved(() => (restricted = log('restricted')))).toBe(1);
    expect(moved(() => sqlite.prepare("update meetings set title = 'Renamed', deleted_at = 1 where id in (?, ?)").run(normal, restricted))).toBe(0);
    expect(moved(() => sqlite.prepare("update meetings set confidentiality = 'normal' where id = ?").run(normal))).toBe(0);
    expect(moved(() => sqlite.prepare("update meetings set confidentiality = 'restricted' where id = ?").run(normal))).toBe(1);
    expect(moved(() => sqlite.prepare("update meetings set confidentiality = 'normal' where id = ?").run(restricted))).toBe(1);
    expect(moved(() => sqlite.prepare('delete from meetings where id = ?').run(restricted))).toBe(0);
    expect(moved(() => sqlite.prepare('delete from meetings where id = ?').run(normal))).toBe(1);
  });
});

describe('the write count of the follow-ups’ history', () => {
  it('moves for a write that can change a month before the current one, and not for a follow-up opened or closed now', () => {
    const sqlite = testDb.sqlite;
    const admin = createFirstAdmin({ db: testDb.db, account: { name: 'Admin', email: 'admin@m.test', passwordHash: 'x' } });
    const count = () => sqlite.prepare("select changes from table_changes where table_name = 'follow_up_history'").pluck().get() as number;
    const moved = (write: () => unknown) => {
      const before = count();
      write();
      return count() - before;
    };
    const now = Date.now();
    const monthStart = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), 1);
    const nextMonthStart = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth() + 1, 1);
    const meeting = () =>
      Number(
        sqlite
          .prepare(
            "insert into meetings (title, kind, start_date, confidentiality, created_by_id, created_at, updated_at) values ('M', 'business-meeting', '2025-05-15', 'normal', ?, 0, 0)",
          )
          .run(admin.id).lastInsertRowid,
      );
    const open = (createdAt: number) =>
      Number(
        sqlite
          .prepare("insert into follow_ups (title, country_code, committed_by, created_by_id, created_at, updated_at) values ('F', 'BE', 'partner', ?, ?, ?)")
          .run(admin.id, createdAt, createdAt).lastInsertRowid,
      );
    const event = (followUpId: number, at: number, toValue = 'done') =>
      Number(
        sqlite
          .prepare("insert into follow_up_events (follow_up_id, at, actor_id, kind, to_value) values (?, ?, ?, 'status', ?)")
          .run(followUpId, at, admin.id, toValue).lastInsertRowid,
      );

    let current = 0;
    let closing = 0;
    expect(moved(() => (current = open(now)))).toBe(0);
    expect(moved(() => open(monthStart))).toBe(0);
    expect(moved(() => (closing = event(current, now)))).toBe(0);
    expect(
      moved(() =>
        sqlite.prepare("update follow_ups set status = 'done', title = 'Renamed', version = version + 1, updated_at = ? where id = ?").run(now, current),
      ),
    ).toBe(0);
    expect(moved(() => sqlite.prepare("update follow_up_events set note = 'Why' where id = ?").run(closing))).toBe(0);

    expect(moved(() => open(monthStart - 1))).toBe(1);
    expect(moved(() => open(nextMonthStart))).toBe(1);
    expect(moved(() => event(current, monthStart - 1))).toBe(1);
    expect(moved(() => event(current, nextMonthStart))).toBe(1);
    expect(moved(() => sqlite.prepare('update follow_ups set created_at = ? where id = ?').run(monthStart - 1, current))).toBe(1);
    expect(moved(() => sqlite.prepare('update follow_ups set meeting_id = ? where id = ?').run(meeting(), current))).toBe(1);
    expect(moved(() => sqlite.prepare('update follow_up_events set at = ? where id = ?').run(monthStart - 1, closing))).toBe(1);
    expect(moved(() => sqlite.prepare("update follow_up_events set to_value = 'cancelled' where id = ?").run(closing))).toBe(1);
    expect(moved(() => sqlite.prepare('delete from follow_up_events where id = ?').run(closing))).toBe(1);
    expect(moved(() => sqlite.prepare('delete from follow_up_events where follow_up_id = ?').run(current))).toBe(2);
    expect(moved(() => sqlite.prepare('delete from follow_ups where id = ?').run(current))).toBe(1);
  });
});

describe('cachedUntilChangeOf', () => {
  /** A cached count of the cooperation areas, and how many times it was computed. */
  function cachedAreaCount() {
    let computed = 0;
    const read = () =>
      cachedUntilChangeOf(testDb.db, 'area-count', () => {
        computed++;
        return { areas: testDb.sqlite.prepare('select count(*) from cooperation_areas').pluck().get() as number };
      });
    return { read, computed: () => computed };
  }
  const addArea = (sqlite = testDb.sqlite, name = `Area ${Math.random()}`) => sqlite.prepare('insert into cooperation_areas (name) values (?)').run(name);

  it('keeps a figure through writes to tables it does not read', () => {
    const cache = cachedAreaCount();
    const before = cache.read();
    testDb.sqlite.prepare("insert into sign_in_attempts (key, failures, window_started_at) values ('account:x@m.test', 1, 0)").run();
    testDb.sqlite.prepare("update users set name = 'Ada Lovelace' where id = 1").run();
    expect(cache.read()).toBe(before);
    expect(cache.computed()).toBe(1);
  });

  it('recomputes after a write to a table it reads, by this connection or by another process', () => {
    const cache = cachedAreaCount();
    const first = cache.read().areas;
    addArea();
    expect(cache.read().areas).toBe(first + 1);
    const other = openDatabase(testDb.file);
    try {
      addArea(other.sqlite);
      other.sqlite.prepare('update cooperation_areas set name = name || ? where id = 1').run(' (renamed)');
    } finally {
      other.sqlite.close();
    }
    expect(cache.read().areas).toBe(first + 2);
    expect(cache.computed()).toBe(3);
  });

  it('finds what a figure reads from what it ran, through an index, a join, a subquery or a cached figure nested in it', () => {
    const admin = createFirstAdmin({ db: testDb.db, account: { name: 'Admin', email: 'admin@m.test', passwordHash: 'x' } });
    const inner = () => cachedUntilChangeOf(testDb.db, 'user-names', () => testDb.sqlite.prepare('select name from users').pluck().all() as string[]);
    let computed = 0;
    const outer = () =>
      cachedUntilChangeOf(testDb.db, 'areas-and-users', () => {
        computed++;
        const areas = testDb.sqlite
          .prepare('select count(*) from cooperation_areas where id in (select area_id from meeting_areas where outcome = ?)')
          .pluck()
          .get('agreed') as number;
        return { areas, users: inner() };
      });
    inner();
    outer();
    outer();
    expect(computed).toBe(1);
    // Read by the nested figure alone, which the outer one took from the cache without running a statement.
    testDb.sqlite.prepare("update users set name = 'Grace Hopper' where id = ?").run(admin.id);
    expect(outer().users).toContain('Grace Hopper');
    expect(computed).toBe(2);
    // Read in a subquery only.
    testDb.sqlite
      .prepare("insert into meetings (title, kind, start_date, created_by_id, created_at, updated_at) values ('M', 'business-meeting', '2025-05-15', ?, 0, 0)")
      .run(admin.id);
    testDb.sqlite.prepare("insert into meeting_areas (meeting_id, area_id, outcome) values (last_insert_rowid(), 1, 'agreed')").run();
    expect(outer().areas).toBe(1);
    expect(computed).toBe(3);
    // Neither: a follow-up is no part of it.
    testDb.sqlite
      .prepare("insert into follow_ups (title, country_code, committed_by, created_by_id, created_at, updated_at) values ('F', 'BE', 'partner', ?, 0, 0)")
      .run(admin.id);
    outer();
    expect(computed).toBe(3);
  });

  it('reads a table kept by triggers as the tables it is kept from', () => {
    const admin = createFirstAdmin({ db: testDb.db, account: { name: 'Admin', email: 'admin@m.test', passwordHash: 'x' } });
    const open = () =>
      cachedUntilChangeOf(testDb.db, 'open-count', () =>
        testDb.sqlite.prepare('select coalesce(sum(follow_ups), 0) from country_open_follow_ups').pluck().get(),
      );
    expect(open()).toBe(0);
    testDb.sqlite
      .prepare("insert into follow_ups (title, country_code, committed_by, created_by_id, created_at, updated_at) values ('F', 'BE', 'partner', ?, 0, 0)")
      .run(admin.id);
    expect(open()).toBe(1);
  });

  it('reads a search index as the meetings it indexes, and a table-valued function as nothing', () => {
    const admin = createFirstAdmin({ db: testDb.db, account: { name: 'Admin', email: 'admin@m.test', passwordHash: 'x' } });
    const found = () =>
      cachedUntilChangeOf(testDb.db, 'found', () =>
        testDb.sqlite
          .prepare("select count(*) from meetings_search where meetings_search match 'Luxembourg' and rowid not in (select value from json_each('[0]'))")
          .pluck()
          .get(),
      );
    expect(found()).toBe(0);
    testDb.sqlite
      .prepare(
        "insert into meetings (title, kind, start_date, created_by_id, created_at, updated_at) values ('Luxembourg visit', 'business-meeting', '2025-05-15', ?, 0, 0)",
      )
      .run(admin.id);
    expect(found()).toBe(1);
  });

  it('waits for a narrower count where the figure says it reads less than a table', () => {
    const admin = createFirstAdmin({ db: testDb.db, account: { name: 'Admin', email: 'admin@m.test', passwordHash: 'x' } });
    const id = Number(
      testDb.sqlite
        .prepare(
          "insert into meetings (title, kind, start_date, created_by_id, created_at, updated_at) values ('M', 'business-meeting', '2025-05-15', ?, 0, 0)",
        )
        .run(admin.id).lastInsertRowid,
    );
    let computed = 0;
    const restricted = () =>
      cachedUntilChangeOf(
        testDb.db,
        'restricted-count',
        () => {
          computed++;
          return testDb.sqlite.prepare("select count(*) from meetings where confidentiality <> 'normal'").pluck().get();
        },
        { meetings: MEETING_CONFIDENTIALITY },
      );
    expect(restricted()).toBe(0);
    testDb.sqlite.prepare("update meetings set title = 'Renamed' where id = ?").run(id);
    restricted();
    expect(computed).toBe(1);
    testDb.sqlite.prepare("update meetings set confidentiality = 'restricted' where id = ?").run(id);
    expect(restricted()).toBe(1);
  });

  it('refuses to keep a figure that reads a table whose writes nobody counts, rather than let it go stale', () => {
    expect(() => cachedUntilChangeOf(testDb.db, 'attempts', () => testDb.sqlite.prepare('select count(*) from sign_in_attempts').pluck().get())).toThrow(
      /reads sign_in_attempts, whose writes no trigger counts/,
    );
  });

  it('keeps nothing computed inside a transaction, whose writes may roll back', () => {
    const names = () =>
      cachedUntilChangeOf(testDb.db, 'area-names', () => testDb.sqlite.prepare('select name from cooperation_areas').pluck().all() as string[]);
    names();
    expect(() =>
      testDb.sqlite.transaction(() => {
        addArea(testDb.sqlite, 'Rolled-back area');
        expect(names()).toContain('Rolled-back area');
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    // One committed row brings the count back to what it was inside the transaction, with another row behind it.
    addArea(testDb.sqlite, 'Committed area');
    expect(names()).toContain('Committed area');
    expect(names()).not.toContain('Rolled-back area');
  });
});
