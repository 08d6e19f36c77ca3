import { faker } from '@faker-js/faker';
import { eq, type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { meetingSchema } from '../lib/schemas/meetings';
import { countriesPerAgreedArea, engagementWalk, followUpsPerMonth, openCommitmentsByCountry } from './dashboard';
import { openDatabase } from './connection';
import { changeFollowUpStatus, insertFollowUps } from './follow-ups';
import { addDays } from '../lib/dates';
import { deleteMeeting, recordMeeting } from './meetings';
import { listCooperationAreas } from './reference';
import { followUpEvents, followUps, meetingAreas, meetingAttendees, meetingCountries, meetings } from './schema';
import { createTestDatabase } from './test-database';
import { createAccount, createFirstAdmin } from './users';
import type { Viewer } from '../lib/policy';
import { followUpInPart, meetingsOfPart, visibleFollowUps, visibleMeetings, visibleParts } from './visibility';

const TODAY = '2025-05-15';
const COUNTRIES = ['BE', 'LU', 'KZ', 'XK', 'NL'] as const;
/** How the normal part's statements name the meetings outside it (db/visibility.ts). */
const OUTSIDE_NORMAL = `from meetings m where not ("m"."confidentiality" = 'normal')`;

let testDb: ReturnType<typeof createTestDatabase>;
let manager: Viewer;
let officers: Viewer[];

/** A varied mission: restricted and deleted meetings, follow-ups of every status, side and date. */
beforeAll(() => {
  faker.seed(20250515);
  testDb = createTestDatabase();
  const db = testDb.db;
  const admin = createFirstAdmin({ db, account: { name: 'Admin', email: 'admin@m.test', passwordHash: 'x' } });
  manager = createAccount({ db, actorId: admin.id, account: { name: 'Manager', email: 'manager@m.test', role: 'manager', passwordHash: 'x' } });
  officers = Array.from({ length: 4 }, (_, i) =>
    createAccount({ db, actorId: admin.id, account: { name: `Officer ${i}`, email: `o${i}@m.test`, role: 'officer', passwordHash: 'x' } }),
  );
  const areas = listCooperationAreas({ db });
  for (let i = 0; i < 120; i++) {
    const author = faker.helpers.arrayElement(officers);
    const countries = faker.helpers.arrayElements(COUNTRIES, { min: 1, max: 2 });
    const attendees = faker.helpers.arrayElements(officers, { min: 1, max: 2 });
    const confidentiality = faker.helpers.weightedArrayElement([
      { value: 'normal', weight: 3 },
      { value: 'restricted', weight: 1 },
    ]);
    const input = meetingSchema.parse({
      title: faker.company.catchPhrase(),
      kind: 'business-meeting',
      startDate: addDays(TODAY, -faker.number.int({ min: -10, max: 400 })),
      placeCity: faker.location.city(),
      placeCountry: countries[0],
      countries,
      attendees: attendees.map((o) => String(o.id)),
      areas: faker.helpers.arrayElements(areas, { min: 0, max: 3 }).map((a) => `${a.id}:${faker.helpers.arrayElement(['agreed', 'discussed'])}`),
      confidentiality,
    });
    const items = Array.from({ length: faker.number.int({ min: 0, max: 3 }) }, () => ({
      title: faker.hacker.phrase().slice(0, 200),
      countryCode: faker.helpers.arrayElement(countries),
      committedBy: faker.helpers.arrayElement(['ours', 'partner', 'joint'] as const),
      // A restricted meeting's follow-ups go to those who may see it.
      ownerId: faker.helpers.arrayElement(confidentiality === 'restricted' ? [author, ...attendees] : officers).id,
      dueDate: faker.datatype.boolean(0.8) ? addDays(TODAY, faker.number.int({ min: -60, max: 60 })) : null,
    }));
    const { id } = recordMeeting({ db, viewer: author, input, andThen: (tx, meetingId) => insertFollowUps(tx, author, items, meetingId) });
    if (faker.datatype.boolean(0.05)) deleteMeeting({ db, viewer: manager, id });
  }
  for (const followUp of db.select().from(followUps).all()) {
    const status = faker.helpers.weightedArrayElement([
      { value: 'open', weight: 5 },
      { value: 'in-progress', weight: 2 },
      { value: 'done', weight: 2 },
      { value: 'cancelled', weight: 1 },
    ] as const);
    if (status !== 'open') changeFollowUpStatus({ db, viewer: manager, id: followUp.id, version: 1, status, reason: 'Generated' });
  }
  // Partners last met more than 90 days ago, one of them only in restricted meetings: their last
  // meetings are found before the 90 days, by the walk or by each country's own links.
  for (const [country, daysAgo, confidentiality] of [
    ['FR', 120, 'normal'],
    ['FR', 300, 'restricted'],
    ['DE', 200, 'restricted'],
    ['DE', 250, 'restricted'],
    ['AT', 95, 'normal'],
  ] as const) {
    const input = meetingSchema.parse({
      title: 'Annual consultations',
      kind: 'business-meeting',
      startDate: addDays(TODAY, -daysAgo),
      placeCity: 'Vienna',
      placeCountry: country,
      countries: [country, 'BE'],
      attendees: [String(officers[0]!.id)],
      confidentiality,
    });
    recordMeeting({ db, viewer: officers[0]!, input });
  }
});
afterAll(() => testDb.close());

/** The same figures computed in plain TypeScript from the raw rows, applying the visibility rules by hand. */
function expectedFigures(viewer: Viewer) {
  const db = testDb.db;
  const allMeetings = db.select().from(meetings).all();
  const attendees = db.select().from(meetingAttendees).all();
  const seesAll = viewer.role !== 'officer';
  const allowed = (m: (typeof allMeetings)[number]) =>
    seesAll || m.confidentiality === 'normal' || m.createdById === viewer.id || attendees.some((a) => a.meetingId === m.id && a.userId === viewer.id);
  const visible = new Set(allMeetings.filter((m) => !m.deletedAt && allowed(m)).map((m) => m.id));
  // A deleted meeting's follow-ups remain: commitments are not withdrawn by deleting the record of a meeting.
  const followUpsVisible = new Set(allMeetings.filter(allowed).map((m) => m.id));
  const figures: Record<
    string,
    {
      open: number;
      overdue: number;
      dueSoon: number;
      ours: number;
      partner: number;
      joint: number;
      lastMeeting: string | null;
      meetingsLast90Days: number;
      agreedAreas: string[];
    }
  > = {};
  const row = (code: string) =>
    (figures[code] ??= { open: 0, overdue: 0, dueSoon: 0, ours: 0, partner: 0, joint: 0, lastMeeting: null, meetingsLast90Days: 0, agreedAreas: [] });
  for (const f of db.select().from(followUps).all()) {
    if (f.meetingId !== null && !followUpsVisible.has(f.meetingId)) continue;
    if (f.status !== 'open' && f.status !== 'in-progress') continue;
    const r = row(f.countryCode);
    r.open++;
    if (f.dueDate && f.dueDate < TODAY) r.overdue++;
    if (f.dueDate && f.dueDate >= TODAY && f.dueDate <= addDays(TODAY, 14)) r.dueSoon++;
    r[f.committedBy]++;
  }
  const areaNames = new Map(listCooperationAreas({ db, includeRetired: true }).map((a) => [a.id, a.name]));
  // Read once: a read per meeting-country link made this helper, called 150 times in one test, outlast its timeout.
  const meetingsById = new Map(allMeetings.map((m) => [m.id, m]));
  const allAreaLinks = db.select().from(meetingAreas).all();
  for (const mc of db.select().from(meetingCountries).all()) {
    const meeting = meetingsById.get(mc.meetingId)!;
    if (!visible.has(meeting.id)) continue;
    const r = row(mc.countryCode);
    if (meeting.startDate <= TODAY && (!r.lastMeeting || meeting.startDate > r.lastMeeting)) r.lastMeeting = meeting.startDate;
    if (meeting.startDate <= TODAY && meeting.startDate >= addDays(TODAY, -90)) r.meetingsLast90Days++;
    for (const ma of allAreaLinks) {
      const name = areaNames.get(ma.areaId)!;
      if (ma.meetingId === meeting.id && ma.outcome === 'agreed' && !r.agreedAreas.includes(name)) r.agreedAreas.push(name);
    }
  }
  for (const r of Object.values(figures)) r.agreedAreas.sort();
  return figures;
}

/** The same, as the dashboard counts them (months with nothing left out). */
function actualMonths(viewer: Viewer) {
  const months = followUpsPerMonth({ db: testDb.db, viewer, today: new Date().toISOString().slice(0, 10) });
  return Object.fromEntries(months.filter((m) => m.opened || m.closed).map(({ month, opened, closed }) => [month, { opened, closed }]));
}

function actualFigures(viewer: Viewer) {
  return Object.fromEntries(
    openCommitmentsByCountry({ db: testDb.db, viewer, today: TODAY }).map(({ countryCode, ...figures }) => [
      countryCode,
      { ...figures, agreedAreas: [...figures.agreedAreas].sort() },
    ]),
  );
}

/** Follow-ups opened and closed per month, computed from every row with the visibility rule written out again. */
function expectedMonths(viewer: Viewer) {
  const db = testDb.db;
  const attendees = db.select().from(meetingAttendees).all();
  const allowed = new Set(
    db
      .select()
      .from(meetings)
      .all()
      .filter(
        (m) =>
          viewer.role !== 'officer' ||
          m.confidentiality === 'normal' ||
          m.createdById === viewer.id ||
          attendees.some((a) => a.meetingId === m.id && a.userId === viewer.id),
      )
      .map((m) => m.id),
  );
  const visible = db
    .select()
    .from(followUps)
    .all()
    .filter((f) => f.meetingId === null || allowed.has(f.meetingId));
  const ids = new Set(visible.map((f) => f.id));
  const month = (at: Date) => at.toISOString().slice(0, 7);
  const counts = new Map<string, { opened: number; closed: number }>();
  const entry = (key: string) => counts.get(key) ?? counts.set(key, { opened: 0, closed: 0 }).get(key)!;
  for (const f of visible) entry(month(f.createdAt)).opened++;
  for (const e of db.select().from(followUpEvents).all()) {
    if (ids.has(e.followUpId) && e.kind === 'status' && (e.toValue === 'done' || e.toValue === 'cancelled')) entry(month(e.at)).closed++;
  }
  return counts;
}

describe('dashboard of open commitments per country', () => {
  it('equals independently computed figures for a manager', () => {
    const expected = expectedFigures(manager);
    expect(Object.values(expected).reduce((n, r) => n + r.open, 0)).toBeGreaterThan(50);
    expect(actualFigures(manager)).toEqual(expected);
  });

  it.each([0, 3, 40])('finds the same last meetings whether few or many of the newest are walked (%i)', (recentWalk) => {
    const walk = engagementWalk.recentLinks;
    engagementWalk.recentLinks = recentWalk;
    try {
      for (const viewer of [manager, ...officers]) expect(actualFigures(viewer)).toEqual(expectedFigures(viewer));
    } finally {
      engagementWalk.recentLinks = walk;
    }
  });

  it.each([0, 1, 2, 3])('equals independently computed figures for officer %i, restricted records of others left out', (index) => {
    const officer = officers[index]!;
    const expected = expectedFigures(officer);
    expect(actualFigures(officer)).toEqual(expected);
    // Restricted records exist that this officer may not see, so their figures must be smaller.
    const total = (figures: Record<string, { open: number }>) => Object.values(figures).reduce((n, r) => n + r.open, 0);
    expect(total(expected)).toBeLessThan(total(expectedFigures(manager)));
  });
});

describe('the parts of what a viewer may see', () => {
  it('are disjoint, and together exactly the meetings and follow-ups the lists show', () => {
    const ids = (from: string, where: SQL) =>
      testDb.db.all<{ id: number }>(sql`select id from ${sql.raw(from)} where ${where} order by id`).map((row) => row.id);
    for (const viewer of [manager, ...officers]) {
      const parts = visibleParts(viewer);
      const meetingParts = parts.map((part) => ids('meetings', sql`"meetings"."deleted_at" is null and ${meetingsOfPart(part)}`));
      const followUpParts = parts.map((part) => ids('follow_ups', followUpInPart(part)));
      for (const [seen, all] of [
        [meetingParts, ids('meetings', visibleMeetings(viewer))],
        [followUpParts, ids('follow_ups', visibleFollowUps(viewer))],
      ] as const) {
        const union = seen.flat();
        expect(new Set(union).size, 'disjoint').toBe(union.length);
        expect(union.sort((a, b) => a - b)).toEqual(all);
      }
    }
    // Officers see less than everything, and something of their own restricted records.
    const officerMeetings = ids('meetings', visibleMeetings(officers[0]!));
    expect(officerMeetings.length).toBeLessThan(ids('meetings', visibleMeetings(manager)).length);
    expect(ids('meetings', sql`"meetings"."deleted_at" is null and ${meetingsOfPart(visibleParts(officers[0]!)[1]!)}`).length).toBeGreaterThan(0);
  });
});

describe('agreed cooperation areas', () => {
  it('count, per area, the countries that agreed it among the records each viewer may see, most first', () => {
    const counted = [manager, ...officers].map((viewer) => {
      const expected = new Map<string, number>();
      for (const row of Object.values(expectedFigures(viewer))) for (const area of row.agreedAreas) expected.set(area, (expected.get(area) ?? 0) + 1);
      const actual = countriesPerAgreedArea({ db: testDb.db, viewer, today: TODAY });
      expect(Object.fromEntries(actual.map((row) => [row.area, row.countries]))).toEqual(Object.fromEntries(expected));
      expect(actual.map((row) => row.countries)).toEqual(actual.map((row) => row.countries).sort((a, b) => b - a));
      return JSON.stringify(actual);
    });
    // Restricted agreements make some viewers' counts differ, so a mix-up between viewers would show.
    expect(new Set(counted).size).toBeGreaterThan(1);
  });
});

describe('figures shared between viewers through the cache', () => {
  const openIn = (viewer: Viewer, country: string) =>
    openCommitmentsByCountry({ db: testDb.db, viewer, today: TODAY }).find((row) => row.countryCode === country)?.open ?? 0;

  it('follow every write of this process at once', () => {
    const before = { manager: openIn(manager, 'NL'), officer: openIn(officers[0]!, 'NL') };
    testDb.db.transaction((tx) =>
      insertFollowUps(
        tx,
        officers[1]!,
        [{ title: 'Send the draft memorandum', countryCode: 'NL', committedBy: 'ours', ownerId: officers[1]!.id, dueDate: null }],
        null,
      ),
    );
    expect(openIn(manager, 'NL')).toBe(before.manager + 1);
    expect(openIn(officers[0]!, 'NL')).toBe(before.officer + 1);
    expect(actualFigures(manager)).toEqual(expectedFigures(manager));
  });

  it('keep each officer’s own restricted records to that officer', () => {
    const expected = officers.map((officer) => expectedFigures(officer));
    // Officers see different restricted records, so a mix-up in the cache would show.
    expect(new Set(expected.map((figures) => JSON.stringify(figures))).size).toBeGreaterThan(1);
    for (const pass of [1, 2]) {
      officers.forEach((officer, index) => expect(actualFigures(officer), `officer ${index}, pass ${pass}`).toEqual(expected[index]));
    }
  });

  it('follow a meeting made restricted, and an officer added to its attendees, whose figures are cached apart from the follow-ups', () => {
    for (const viewer of [manager, ...officers]) actualFigures(viewer); // fills every cache
    const db = testDb.db;
    const attendance = db.select().from(meetingAttendees).all();
    const outsiderOf = (m: { id: number; createdById: number }) =>
      officers.find((o) => o.id !== m.createdById && !attendance.some((a) => a.meetingId === m.id && a.userId === o.id));
    const meeting = db
      .select()
      .from(meetings)
      .all()
      .find(
        (m) =>
          !m.deletedAt &&
          m.confidentiality === 'normal' &&
          outsiderOf(m) &&
          db
            .select()
            .from(followUps)
            .all()
            .some((f) => f.meetingId === m.id && f.status === 'open'),
      )!;
    const outsider = outsiderOf(meeting)!;
    const before = actualFigures(outsider);

    const beforeMonths = actualMonths(outsider);
    db.update(meetings).set({ confidentiality: 'restricted' }).where(eq(meetings.id, meeting.id)).run();
    for (const officer of officers) {
      expect(actualFigures(officer)).toEqual(expectedFigures(officer));
      expect(actualMonths(officer)).toEqual(Object.fromEntries(expectedMonths(officer)));
    }
    expect(actualFigures(outsider)).not.toEqual(before);
    expect(actualMonths(outsider)).not.toEqual(beforeMonths);

    db.update(meetings).set({ confidentiality: 'normal' }).where(eq(meetings.id, meeting.id)).run();
    expect(actualFigures(outsider)).toEqual(before);
    expect(actualMonths(outsider)).toEqual(beforeMonths);

    db.update(meetings).set({ confidentiality: 'restricted' }).where(eq(meetings.id, meeting.id)).run();
    db.insert(meetingAttendees).values({ meetingId: meeting.id, userId: outsider.id }).run();
    expect(actualFigures(outsider)).toEqual(expectedFigures(outsider));
    expect(actualFigures(outsider)).toEqual(before);
  });

  it('leave officers’ figures of normal records cached when a normal meeting is logged, and follow its follow-ups', () => {
    const officer = officers[0]!;
    for (const viewer of [manager, ...officers]) {
      actualFigures(viewer); // fills every cache
      actualMonths(viewer);
    }
    // The normal scope's test of each follow-up (by its meeting, or by the ids of those outside it), the costly part at a large mission's size.
    const normalScopeQueries = (read: () => unknown) => {
      const prepare = vi.spyOn(testDb.sqlite, 'prepare');
      try {
        read();
        return prepare.mock.calls.filter(([source]) => !source.startsWith('explain') && source.includes(OUTSIDE_NORMAL)).length;
      } finally {
        prepare.mockRestore();
      }
    };
    const input = meetingSchema.parse({
      title: 'Courtesy call',
      kind: 'business-meeting',
      startDate: TODAY,
      placeCity: 'Astana',
      placeCountry: 'KZ',
      countries: ['KZ'],
      attendees: [String(officer.id)],
      confidentiality: 'normal',
    });

    recordMeeting({ db: testDb.db, viewer: officer, input });
    expect(normalScopeQueries(() => [actualFigures(officer), actualMonths(officer)])).toBe(0);
    expect(actualFigures(officer)).toEqual(expectedFigures(officer));

    recordMeeting({
      db: testDb.db,
      viewer: officer,
      input,
      andThen: (tx, meetingId) =>
        insertFollowUps(tx, officer, [{ title: 'Send the agenda', countryCode: 'KZ', committedBy: 'ours', ownerId: officer.id, dueDate: null }], meetingId),
    });
    expect(normalScopeQueries(() => [actualFigures(officer), actualMonths(officer)])).toBe(3);
    for (const viewer of [manager, ...officers]) {
      expect(actualFigures(viewer)).toEqual(expectedFigures(viewer));
      expect(actualMonths(viewer)).toEqual(Object.fromEntries(expectedMonths(viewer)));
    }
  });

  it('count the current month alone again after a follow-up is closed now, and every month after a closing dated earlier', () => {
    const db = testDb.db;
    const officer = officers[0]!;
    for (const viewer of [manager, ...officers]) actualMonths(viewer); // fills every cache
    // The normal scope's month counts that run while `read` does; a count over several months tells each row's month with a CASE.
    const monthCounts = (read: () => unknown) => {
      const prepare = vi.spyOn(testDb.sqlite, 'prepare');
      try {
        read();
        return prepare.mock.calls.map(([source]) => source).filter((source) => !source.startsWith('explain') && source.includes(OUTSIDE_NORMAL));
      } finally {
        prepare.mockRestore();
      }
    };
    const followUp = db
      .select()
      .from(followUps)
      .all()
      .find((f) => f.status === 'open' && f.meetingId === null)!;

    changeFollowUpStatus({ db, viewer: manager, id: followUp.id, version: followUp.version, status: 'done' });
    const afterClosing = monthCounts(() => actualMonths(officer));
    expect(afterClosing).toHaveLength(2); // opened and closed, this month only
    expect(afterClosing.filter((source) => source.includes('case when'))).toEqual([]);
    for (const viewer of [manager, ...officers]) expect(actualMonths(viewer)).toEqual(Object.fromEntries(expectedMonths(viewer)));

    // A closing recorded with an earlier date, as a correction or an import would: the past months are counted again.
    db.insert(followUpEvents)
      .values({ followUpId: followUp.id, at: new Date(Date.now() - 62 * 86_400_000), actorId: manager.id, kind: 'status', toValue: 'cancelled' })
      .run();
    const afterEarlierClosing = monthCounts(() => actualMonths(officer));
    expect(afterEarlierClosing).toHaveLength(4);
    expect(afterEarlierClosing.filter((source) => source.includes('case when'))).toHaveLength(2);
    for (const viewer of [manager, ...officers]) expect(actualMonths(viewer)).toEqual(Object.fromEntries(expectedMonths(viewer)));
  });

  it('equal the figures counted from scratch through every kind of change to follow-ups and to what records are restricted', () => {
    const db = testDb.db;
    const sqlite = testDb.sqlite;
    const any = (table: string) => (sqlite.prepare(`select id from ${table} order by random() limit 1`).get() as { id: number }).id;
    // Due dates at the edges of overdue (before today) and due soon (today to 14 days on) as often as not.
    const dueDate = () => addDays(TODAY, faker.helpers.arrayElement([-1, 0, 14, 15, faker.number.int({ min: -20, max: 20 })]));
    const writes: Record<string, () => void> = {
      'open a follow-up': () =>
        db.transaction((tx) =>
          insertFollowUps(
            tx,
            manager,
            [
              {
                title: 'Share the minutes',
                countryCode: faker.helpers.arrayElement(COUNTRIES),
                committedBy: faker.helpers.arrayElement(['ours', 'partner', 'joint'] as const),
                ownerId: null,
                dueDate: dueDate(),
              },
            ],
            faker.datatype.boolean() ? any('meetings') : null,
          ),
        ),
      'change a status': () => {
        const id = any('follow_ups');
        const { version } = db.select({ version: followUps.version }).from(followUps).where(eq(followUps.id, id)).get()!;
        changeFollowUpStatus({
          db,
          viewer: manager,
          id,
          version,
          status: faker.helpers.arrayElement(['open', 'in-progress', 'done', 'cancelled'] as const),
          reason: 'Overtaken by events',
        });
      },
      'move one to another country and side': () =>
        db
          .update(followUps)
          .set({ countryCode: faker.helpers.arrayElement(COUNTRIES), committedBy: faker.helpers.arrayElement(['ours', 'partner', 'joint'] as const) })
          .where(eq(followUps.id, any('follow_ups')))
          .run(),
      're-date one': () =>
        db
          .update(followUps)
          .set({ dueDate: dueDate() })
          .where(eq(followUps.id, any('follow_ups')))
          .run(),
      'flip a meeting’s confidentiality': () =>
        sqlite
          .prepare("update meetings set confidentiality = case confidentiality when 'normal' then 'restricted' else 'normal' end where id = ?")
          .run(any('meetings')),
    };
    for (let step = 0; step < 30; step++) {
      const [name, write] = faker.helpers.arrayElement(Object.entries(writes));
      write();
      for (const viewer of [manager, ...officers]) expect(actualFigures(viewer), `step ${step}: ${name}, viewer ${viewer.id}`).toEqual(expectedFigures(viewer));
    }
  });

  it('read the open follow-ups of the meetings an officer’s normal records leave out from their partial index alone', () => {
    const officer = officers[0]!;
    testDb.db.transaction((tx) =>
      insertFollowUps(tx, officer, [{ title: 'Confirm the venue', countryCode: 'BE', committedBy: 'ours', ownerId: officer.id, dueDate: null }], null),
    );
    const prepare = vi.spyOn(testDb.sqlite, 'prepare');
    let outside: string[];
    try {
      actualFigures(officer);
      outside = prepare.mock.calls
        .map(([source]) => source)
        .filter((source) => !source.startsWith('explain') && source.includes(`"follow_ups"."meeting_id" in (select m.id ${OUTSIDE_NORMAL})`));
    } finally {
      prepare.mockRestore();
    }
    expect(outside).toHaveLength(1);
    // Bound parameters for the statuses would hide from SQLite that the index's condition holds, and read every follow-up of those meetings.
    const parameters = Array(outside[0]!.split('?').length - 1).fill(TODAY);
    const plan = (testDb.sqlite.prepare(`explain query plan ${outside[0]!}`).all(...parameters) as { detail: string }[]).map((row) => row.detail);
    expect(plan.some((detail) => detail.includes('USING COVERING INDEX follow_ups_open_meeting_idx'))).toBe(true);
  });

  it('follow a write committed by another process', () => {
    actualFigures(manager); // fills the cache
    const other = openDatabase(testDb.file);
    try {
      other.sqlite.prepare("update follow_ups set status = 'done' where status = 'open' and meeting_id is not null").run();
    } finally {
      other.sqlite.close();
    }
    expect(actualFigures(manager)).toEqual(expectedFigures(manager));
    for (const officer of officers) expect(actualFigures(officer)).toEqual(expectedFigures(officer));
  });
});

describe('follow-ups opened and closed per month', () => {
  it.each(['manager', 'officer 0', 'officer 3'])('equals independently computed counts for the %s', (who) => {
    const viewer = who === 'manager' ? manager : officers[Number(who.slice(-1))]!;
    const today = new Date().toISOString().slice(0, 10);
    const expected = expectedMonths(viewer);
    const actual = followUpsPerMonth({ db: testDb.db, viewer, today });
    expect(actual).toHaveLength(12);
    expect(actual.at(-1)!.month).toBe(today.slice(0, 7));
    for (const { month, opened, closed } of actual) expect({ month, opened, closed }).toEqual({ month, ...(expected.get(month) ?? { opened: 0, closed: 0 }) });
    expect(actual.reduce((n, m) => n + m.opened + m.closed, 0)).toBeGreaterThan(0);
  });

  // Last: it moves the dates of every follow-up and event.
  it('count each follow-up and closing in the month of its date, at the edges of the months too', () => {
    const db = testDb.db;
    const today = new Date().toISOString().slice(0, 10);
    const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
    // From 13 months back (before the chart) to this month: each month's first millisecond, the one before it, and a day inside.
    const moments = Array.from({ length: 14 }, (_, i) => Date.UTC(year, month - 1 - 13 + i, 1))
      .flatMap((start) => [start, start - 1, start + 10 * 86_400_000])
      .filter((at) => at <= Date.now());
    db.select({ id: followUps.id })
      .from(followUps)
      .all()
      .forEach(({ id }, i) =>
        db
          .update(followUps)
          .set({ createdAt: new Date(moments[i % moments.length]!) })
          .where(eq(followUps.id, id))
          .run(),
      );
    db.select({ id: followUpEvents.id })
      .from(followUpEvents)
      .all()
      .forEach(({ id }, i) =>
        db
          .update(followUpEvents)
          .set({ at: new Date(moments[(i * 7) % moments.length]!) })
          .where(eq(followUpEvents.id, id))
          .run(),
      );
    for (const viewer of [manager, ...officers]) {
      const expected = expectedMonths(viewer);
      const actual = followUpsPerMonth({ db, viewer, today });
      for (const { month, opened, closed } of actual)
        expect({ month, opened, closed }).toEqual({ month, ...(expected.get(month) ?? { opened: 0, closed: 0 }) });
      expect(actual.filter((m) => m.opened > 0 && m.closed > 0).length).toBeGreaterThan(6);
    }
  });
});
