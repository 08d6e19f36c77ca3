import 'server-only';
import { and, between, count, desc, eq, gt, gte, inArray, lt, lte, max, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { type Confidentiality, confidentialityLevels } from '../lib/meetings';
import { byEnglishName } from '../lib/names';
import { can } from '../lib/policy';
import { addDays } from '../lib/dates';
import { cachedUntilChangeOf, type Narrowing } from './cache';
import { getDb } from './client';
import { type Database, preparedOnce } from './connection';
import {
  cooperationAreas,
  countryAgreedAreas,
  countryOpenFollowUps,
  FOLLOW_UP_HISTORY,
  followUpEvents,
  followUps,
  isActive,
  isClosed,
  MEETING_CONFIDENTIALITY,
  meetingAreas,
  meetingCountries,
  meetings,
} from './schema';
import type { Viewer } from '../lib/policy';
import { followUpInPart, meetingsOfPart, meetingsOutside, type VisiblePart, visibleParts } from './visibility';

type WithDb = { db?: Database };

/**
 * A part of what a viewer may see (db/visibility.ts), with how its figures are best read: on the
 * "meetings" row, on the "follow_ups" row (none: every follow-up), and the shortcuts a part's size
 * allows. The parts are disjoint, so figures add up part by part.
 */
type Scope = {
  name: string;
  meetings: SQL;
  followUps?: SQL;
  /** What the scope's figures read of a table, where it is less than the table (see Narrowing). */
  narrowing?: Narrowing;
  /** The ids of the follow-ups outside the scope: events are checked against them without reading their follow-up. */
  hiddenFollowUpIds?: SQL;
  /** The ids of the meetings whose follow-ups are outside the scope (the rest are in it): its commitments are everyone's less theirs. */
  meetingsOutside?: SQL;
  /** A few meetings found from the viewer's side: aggregated directly, never walked in date order. */
  fewMeetings?: true;
  /** The confidentiality levels whose agreed areas country_agreed_areas counts for this scope (none: read meeting by meeting). */
  countedAreas?: readonly Confidentiality[];
};

function scopeOf(part: VisiblePart): Scope {
  const scope = { name: part.name, meetings: sql`${meetings.deletedAt} is null and ${meetingsOfPart(part)}` };
  // Those who see everything have nothing to test follow-up by follow-up, so the aggregates read
  // their indexes alone (open commitments of 500k follow-ups: ~25 ms, against ~300 ms as the sum
  // of a normal and a restricted scope).
  if (part.name === 'everything') return { ...scope, countedAreas: confidentialityLevels };
  if (part.name === 'normal')
    return {
      ...scope,
      followUps: followUpInPart(part),
      // Of the meetings, only which are outside the part: a normal meeting logged or edited leaves
      // these figures cached (~170 ms to recompute for officers at 500k).
      narrowing: { meetings: MEETING_CONFIDENTIALITY },
      // From two indexes: looking up each closed event's follow-up to test its meeting read a row
      // of the large table per event (12 months' ~35k events at 500k follow-ups: ~180 ms).
      hiddenFollowUpIds: sql`select f.id from follow_ups f where f.meeting_id in (${meetingsOutside(part)})`,
      // Grouping the ~120k open follow-ups of the normal part took ~60 ms after each change at
      // 500k; everyone's counts less the open follow-ups of the ~10k other meetings take ~20.
      meetingsOutside: meetingsOutside(part),
      countedAreas: ['normal'],
    };
  return { ...scope, fewMeetings: true, followUps: followUpInPart(part) };
}

const EVERYTHING = scopeOf({ name: 'everything' });

/** The scopes of what `viewer` may see on the dashboard: the parts of what they may see at all. */
function scopesOf(viewer: Viewer): Scope[] {
  if (!can(viewer, 'dashboard:view') || !can(viewer, 'follow-up:view')) return [];
  return visibleParts(viewer).map(scopeOf);
}

export type CountryRow = {
  countryCode: string;
  open: number;
  overdue: number;
  dueSoon: number;
  ours: number;
  partner: number;
  joint: number;
  agreedAreas: string[];
  lastMeeting: string | null;
  meetingsLast90Days: number;
};

type CountryFigures = {
  commitments: { countryCode: string; open: number; overdue: number; dueSoon: number; ours: number; partner: number; joint: number }[];
  engagement: { countryCode: string; lastMeeting: string | null; meetingsLast90Days: number }[];
  areas: { countryCode: string; name: string }[];
};

const sum = (condition: SQL) => sql<number>`coalesce(sum(case when ${condition} then 1 else 0 end), 0)`;
type Commitments = CountryFigures['commitments'];
/** The figures of a country's commitments, which add up over scopes and take away between them. */
const commitmentFigures = ['open', 'overdue', 'dueSoon', 'ours', 'partner', 'joint'] as const;

/** A scope's open commitments per country, kept until a write to what they read (a follow-up's new status leaves the meetings' figures cached). */
function cachedCommitmentsOf(db: Database, scope: Scope, today: string): Commitments {
  return cachedUntilChangeOf(
    db,
    `commitments:${today}:${scope.name}`,
    () => {
      if (!scope.followUps) return countedCommitments(db, today);
      if (scope.meetingsOutside)
        return lessCommitments(
          cachedCommitmentsOf(db, EVERYTHING, today),
          groupedCommitments(db, today, sql`${followUps.meetingId} in (${scope.meetingsOutside})`),
        );
      return groupedCommitments(db, today, scope.followUps);
    },
    scope.narrowing,
  );
}

/**
 * Everyone's open commitments: the totals from the counts the triggers keep (migration 0016), the
 * overdue and the due soon from a range of the due dates in the covering index (~10 ms at 500k
 * follow-ups, against ~45 ms grouping every open one).
 */
function countedCommitments(db: Database, today: string): Commitments {
  const soon = addDays(today, 14);
  const rows = new Map<string, Commitments[number]>();
  const totals = db.select().from(countryOpenFollowUps).where(gt(countryOpenFollowUps.followUps, 0)).orderBy(countryOpenFollowUps.countryCode).all();
  for (const { countryCode, committedBy, followUps: n } of totals) {
    const row = rows.get(countryCode) ?? { countryCode, open: 0, overdue: 0, dueSoon: 0, ours: 0, partner: 0, joint: 0 };
    row.open += n;
    row[committedBy] += n;
    rows.set(countryCode, row);
  }
  const due = db
    .select({ countryCode: followUps.countryCode, overdue: sum(sql`${followUps.dueDate} < ${today}`), dueSoon: sum(sql`${followUps.dueDate} >= ${today}`) })
    .from(followUps)
    .where(and(isActive(followUps.status), lte(followUps.dueDate, soon)))
    .groupBy(followUps.countryCode)
    .all();
  for (const { countryCode, overdue, dueSoon } of due) {
    const row = rows.get(countryCode);
    if (row) Object.assign(row, { overdue, dueSoon });
  }
  return [...rows.values()];
}

/** The open commitments of the follow-ups that meet `where`, grouped per country. */
function groupedCommitments(db: Database, today: string, where: SQL): Commitments {
  const soon = addDays(today, 14);
  return (
    db
      .select({
        countryCode: followUps.countryCode,
        open: count(),
        overdue: sum(sql`${followUps.dueDate} < ${today}`),
        dueSoon: sum(sql`${followUps.dueDate} between ${today} and ${soon}`),
        ours: sum(sql`${followUps.committedBy} = 'ours'`),
        partner: sum(sql`${followUps.committedBy} = 'partner'`),
        joint: sum(sql`${followUps.committedBy} = 'joint'`),
      })
      .from(followUps)
      // The partial index's own condition, so the open follow-ups of a few meetings come from it.
      .where(and(isActive(followUps.status), where))
      .groupBy(followUps.countryCode)
      .all()
  );
}

/** Each country's commitments less those of `part` (a subset of them); a country left with none is left out. */
function lessCommitments(all: Commitments, part: Commitments): Commitments {
  const taken = new Map(part.map((row) => [row.countryCode, row]));
  return all
    .map((row) => {
      const less = taken.get(row.countryCode);
      if (!less) return row;
      const difference = { ...row };
      for (const figure of commitmentFigures) difference[figure] -= less[figure];
      return difference;
    })
    .filter((row) => row.open > 0);
}

/**
 * At most this many country links older than the 90 days are walked, newest first, for the last
 * meeting of each country not met in those days; a country not met among them is looked up from
 * its own links, which are few since it is met so rarely. The walk cannot know a country it will
 * never meet (met only in the future, or outside the scope), so it goes on to this bound then (~13 ms).
 * Tests move it to take each path.
 */
export const engagementWalk = { recentLinks: 10_000 };

/**
 * Each country's last meeting up to today and its meetings of the last 90 days. Grouping every
 * meeting by country looked up all 100k meetings (~320 ms at the bench's size, after each new
 * meeting). The 90 days are a range of the date index (~4 ms) and give the last meeting of every
 * country met in them, at a busy mission nearly all; the others come from a walk of older
 * meetings, newest first, that stops once every country met has been seen. Walking from today
 * instead went through the 90 days' links a second time (~9 ms at the bench's size, ~3,500 links).
 */
function engagementOf(db: Database, scope: Scope, today: string): CountryFigures['engagement'] {
  const byCountry = (where: SQL | undefined) =>
    db
      .select({ countryCode: meetingCountries.countryCode, day: max(meetings.startDate), meetings: count() })
      .from(meetingCountries)
      .innerJoin(meetings, eq(meetings.id, meetingCountries.meetingId))
      .where(and(scope.meetings, where))
      .groupBy(meetingCountries.countryCode)
      .all();
  const since = addDays(today, -90);
  const last90Days = byCountry(between(meetings.startDate, since, today));
  const lastMeeting = new Map(last90Days.map((row) => [row.countryCode, row.day!]));
  const keep = (countryCode: string, day: string | null) => {
    if (day && !lastMeeting.has(countryCode)) lastMeeting.set(countryCode, day);
  };
  if (scope.fewMeetings) {
    for (const row of byCountry(lt(meetings.startDate, since))) keep(row.countryCode, row.day);
  } else {
    const met = db
      .selectDistinct({ code: meetingCountries.countryCode })
      .from(meetingCountries)
      .all()
      .map((row) => row.code);
    if (lastMeeting.size < met.length) {
      const older = db
        .select({ countryCode: meetingCountries.countryCode, day: meetings.startDate })
        .from(meetings)
        .innerJoin(meetingCountries, eq(meetingCountries.meetingId, meetings.id))
        .where(and(scope.meetings, lt(meetings.startDate, since)))
        .orderBy(desc(meetings.startDate), desc(meetings.id))
        .limit(engagementWalk.recentLinks)
        .toSQL();
      // Drizzle reads every row of a query; the client's iterator lets the walk stop early.
      for (const [countryCode, day] of db.$client
        .prepare(older.sql)
        .raw()
        .iterate(...older.params) as Iterable<[string, string]>) {
        keep(countryCode, day);
        if (lastMeeting.size === met.length) break;
      }
    }
    const unseen = met.filter((code) => !lastMeeting.has(code));
    if (unseen.length)
      for (const row of byCountry(and(inArray(meetingCountries.countryCode, unseen), lt(meetings.startDate, since)))) keep(row.countryCode, row.day);
  }
  const meetingsIn90Days = new Map(last90Days.map((row) => [row.countryCode, row.meetings]));
  return [...lastMeeting].map(([countryCode, day]) => ({ countryCode, lastMeeting: day, meetingsLast90Days: meetingsIn90Days.get(countryCode) ?? 0 }));
}

function meetingFiguresOf(db: Database, scope: Scope, today: string): Pick<CountryFigures, 'engagement' | 'areas'> {
  const engagement = engagementOf(db, scope, today);
  // Counted by triggers for the wide scopes: the agreed areas of every meeting, joined to their
  // countries, would cost ~180 ms after each write at 100k meetings; the counts are ~5,000 rows.
  const areas = scope.countedAreas
    ? db
        .selectDistinct({ countryCode: countryAgreedAreas.countryCode, name: cooperationAreas.name })
        .from(countryAgreedAreas)
        .innerJoin(cooperationAreas, eq(cooperationAreas.id, countryAgreedAreas.areaId))
        .where(and(gt(countryAgreedAreas.meetings, 0), inArray(countryAgreedAreas.confidentiality, scope.countedAreas)))
        .all()
    : db
        .selectDistinct({ countryCode: meetingCountries.countryCode, name: cooperationAreas.name })
        .from(meetingAreas)
        .innerJoin(meetingCountries, eq(meetingCountries.meetingId, meetingAreas.meetingId))
        .innerJoin(meetings, eq(meetings.id, meetingAreas.meetingId))
        .innerJoin(cooperationAreas, eq(cooperationAreas.id, meetingAreas.areaId))
        .where(and(eq(meetingAreas.outcome, 'agreed'), scope.meetings))
        .all();
  return { engagement, areas };
}

/**
 * Open commitments per partner country, computed over exactly what the viewer may see: three
 * grouped queries per scope, whatever the number of countries. Each scope's figures, and their
 * merge for this viewer's set of scopes, come from the cache until the next write (see
 * docs/decisions/0004-dashboard-and-demo.md and 0007-caching-and-counts.md). The rows are shared: read, never change them.
 */
export function openCommitmentsByCountry({ viewer, today, db = getDb() }: { viewer: Viewer; today: string } & WithDb): readonly CountryRow[] {
  const scopes = scopesOf(viewer);
  // Merging ~200 countries' figures and sorting their areas cost more than reading the cached figures.
  return cachedUntilChangeOf(db, `countries:${today}:${engagementWalk.recentLinks}:${scopesKey(scopes)}`, () =>
    mergeCountryFigures(scopes.map((scope) => ({ commitments: cachedCommitmentsOf(db, scope, today), ...cachedMeetingFiguresOf(db, scope, today) }))),
  );
}

const cachedMeetingFiguresOf = (db: Database, scope: Scope, today: string) =>
  cachedUntilChangeOf(db, `meeting-figures:${today}:${engagementWalk.recentLinks}:${scope.name}`, () => meetingFiguresOf(db, scope, today));

/** How many countries agreed each cooperation area, most first, over what the viewer may see (cached like the rows it counts). */
export function countriesPerAgreedArea({
  viewer,
  today,
  db = getDb(),
}: { viewer: Viewer; today: string } & WithDb): readonly { area: string; countries: number }[] {
  const scopes = scopesOf(viewer);
  // From the meetings' figures alone, so a follow-up's new status leaves it cached.
  return cachedUntilChangeOf(db, `countries-per-area:${today}:${scopesKey(scopes)}`, () => {
    const countries = new Map<string, Set<string>>();
    for (const scope of scopes)
      for (const { countryCode, name } of cachedMeetingFiguresOf(db, scope, today).areas)
        countries.set(name, (countries.get(name) ?? new Set()).add(countryCode));
    return [...countries].map(([area, met]) => ({ area, countries: met.size })).sort((a, b) => b.countries - a.countries || byEnglishName(a.area, b.area));
  });
}

const scopesKey = (scopes: Scope[]) => scopes.map((scope) => scope.name).join('+');

function mergeCountryFigures(perScope: CountryFigures[]): CountryRow[] {
  const rows = new Map<string, CountryRow>();
  const areas = new Map<string, Set<string>>();
  const row = (countryCode: string) => {
    let existing = rows.get(countryCode);
    if (!existing) {
      existing = { countryCode, open: 0, overdue: 0, dueSoon: 0, ours: 0, partner: 0, joint: 0, agreedAreas: [], lastMeeting: null, meetingsLast90Days: 0 };
      rows.set(countryCode, existing);
    }
    return existing;
  };
  for (const figures of perScope) {
    for (const c of figures.commitments) {
      const r = row(c.countryCode);
      for (const figure of commitmentFigures) r[figure] += Number(c[figure]);
    }
    for (const e of figures.engagement) {
      const r = row(e.countryCode);
      if (e.lastMeeting && (!r.lastMeeting || e.lastMeeting > r.lastMeeting)) r.lastMeeting = e.lastMeeting;
      r.meetingsLast90Days += Number(e.meetingsLast90Days);
    }
    for (const a of figures.areas) {
      row(a.countryCode);
      areas.set(a.countryCode, (areas.get(a.countryCode) ?? new Set()).add(a.name));
    }
  }
  for (const [countryCode, names] of areas) rows.get(countryCode)!.agreedAreas = [...names].sort(byEnglishName);
  return [...rows.values()];
}

/** Follow-ups opened and closed (done or cancelled) per month, over the 12 months up to `today`. */
export function followUpsPerMonth({ viewer, today, db = getDb() }: { viewer: Viewer; today: string } & WithDb) {
  // Months are 1-based in the date, 0-based in Date.UTC: the current month, the eleven before it,
  // and the start of the next one, where the last ends.
  // Date.UTC carries a month below 0 or above 11 into the year.
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const starts = Array.from({ length: 13 }, (_, index) => Date.UTC(year, month - 1 - 11 + index, 1));
  const months = starts.slice(0, 12).map((start) => ({ month: new Date(start).toISOString().slice(0, 7), opened: 0, closed: 0 }));
  const perMonth = scopesOf(viewer).flatMap((scope) => {
    const cached = (key: string, compute: () => MonthCounts, narrowing?: Narrowing) =>
      cachedUntilChangeOf(db, `${key}:${scope.name}`, compute, { ...scope.narrowing, ...narrowing });
    if (!scope.followUps) return [cached(`months:${today}`, () => countedPerMonth(db, starts))];
    // A scope that tests each follow-up keeps its eleven past months apart: a follow-up opened or
    // closed now changes the current month alone, so that is all a status change makes it count again.
    return [
      cached(`past-months:${today.slice(0, 7)}`, () => testedPerMonth(db, scope, starts.slice(0, 12)), {
        follow_ups: FOLLOW_UP_HISTORY,
        follow_up_events: FOLLOW_UP_HISTORY,
      }),
      cached(`months:${today}`, () => testedPerMonth(db, scope, starts.slice(11))),
    ];
  });
  for (const { opened, closed } of perMonth) {
    for (const m of months) {
      m.opened += opened.find((o) => o.month === m.month)?.n ?? 0;
      m.closed += closed.find((c) => c.month === m.month)?.n ?? 0;
    }
  }
  return months;
}

type MonthCounts = { opened: { month: string; n: number }[]; closed: { month: string; n: number }[] };

/** Status changes to done or cancelled within [start, end), as milliseconds. */
const closedWithin = (start: number | Placeholder, end: number | Placeholder) =>
  and(eq(followUpEvents.kind, 'status'), isClosed(followUpEvents.toValue), sql`${followUpEvents.at} >= ${start} and ${followUpEvents.at} < ${end}`);

const monthRanges = preparedOnce((db) => ({
  opened: db
    .select({ n: count() })
    .from(followUps)
    .where(and(gte(followUps.createdAt, sql.placeholder('start')), lt(followUps.createdAt, sql.placeholder('end'))))
    .prepare(),
  closed: db
    .select({ n: count() })
    .from(followUpEvents)
    .where(closedWithin(sql.placeholder('start'), sql.placeholder('end')))
    .prepare(),
}));

/**
 * A scope with no test per follow-up counts each month as a range of the date indexes: 24 counts
 * take ~6 ms at 500k follow-ups, where naming each row's month and grouping took ~50 ms.
 */
function countedPerMonth(db: Database, starts: number[]): MonthCounts {
  const { opened, closed } = monthRanges(db);
  const each = (query: typeof opened) =>
    starts.slice(0, 12).map((start, index) => ({ month: new Date(start).toISOString().slice(0, 7), n: query.get({ start, end: starts[index + 1] })?.n ?? 0 }));
  return { opened: each(opened), closed: each(closed) };
}

/**
 * A scope that tests each follow-up's meeting counts the rows it keeps month by month over the
 * months between `starts`, each row's month told by comparing its date with the months' starts
 * (naming it with strftime cost ~17 ms more per 50k rows). Over several months the events are
 * tested by the ids of the follow-ups outside the scope where it names them; building that set
 * (~45k ids at 500k follow-ups) costs more than joining a single month's events to their follow-ups.
 */
function testedPerMonth(db: Database, scope: Scope, starts: number[]): MonthCounts {
  const [since, until, lastMonth] = [starts[0]!, starts.at(-1)!, starts.length - 2];
  const monthOf = (column: typeof followUps.createdAt | typeof followUpEvents.at) =>
    lastMonth === 0
      ? sql<number>`0`
      : sql<number>`case ${sql.join(
          starts.slice(1, -1).map((start, index) => sql`when ${column} < ${start} then ${index}`),
          sql` `,
        )} else ${sql.raw(String(lastMonth))} end`;
  const closed = db
    .select({ index: monthOf(followUpEvents.at), n: count() })
    .from(followUpEvents)
    .$dynamic();
  const named = (rows: { index: number; n: number }[]) => rows.map(({ index, n }) => ({ month: new Date(starts[index]!).toISOString().slice(0, 7), n }));
  return {
    opened: named(
      db
        .select({ index: monthOf(followUps.createdAt), n: count() })
        .from(followUps)
        .where(and(sql`${followUps.createdAt} >= ${since} and ${followUps.createdAt} < ${until}`, scope.followUps))
        .groupBy(sql`1`)
        .all(),
    ),
    closed: named(
      (scope.hiddenFollowUpIds && lastMonth > 0
        ? closed.where(and(closedWithin(since, until), sql`${followUpEvents.followUpId} not in (${scope.hiddenFollowUpIds})`))
        : closed.innerJoin(followUps, eq(followUps.id, followUpEvents.followUpId)).where(and(closedWithin(since, until), scope.followUps))
      )
        .groupBy(sql`1`)
        .all(),
    ),
  };
}
