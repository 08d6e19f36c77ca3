import 'server-only';
import { and, count, eq, gte, inArray, max, sql } from 'drizzle-orm';
import { addDays, visibleFollowUps } from './follow-ups';
import { getDb } from './client';
import type { Database } from './connection';
import { visibleMeetings } from './meetings';
import { cooperationAreas, followUpEvents, followUps, meetingAreas, meetingCountries, meetings } from './schema';
import type { Viewer } from './viewer';

type WithDb = { db?: Database };

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

/**
 * Open commitments per partner country, computed over exactly what the viewer may see: four
 * grouped queries, whatever the number of countries (see docs/decisions/0004-dashboard.md).
 */
export function openCommitmentsByCountry({ viewer, today, db = getDb() }: { viewer: Viewer; today: string } & WithDb): CountryRow[] {
  const soon = addDays(today, 14);
  const active = inArray(followUps.status, ['open', 'in-progress']);
  const sum = (condition: ReturnType<typeof sql>) => sql<number>`coalesce(sum(case when ${condition} then 1 else 0 end), 0)`;

  const commitments = db
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
    .where(and(active, visibleFollowUps(viewer)))
    .groupBy(followUps.countryCode)
    .all();

  const engagement = db
    .select({
      countryCode: meetingCountries.countryCode,
      lastMeeting: max(meetings.startDate),
      meetingsLast90Days: sum(sql`${meetings.startDate} >= ${addDays(today, -90)} and ${meetings.startDate} <= ${today}`),
    })
    .from(meetingCountries)
    .innerJoin(meetings, eq(meetings.id, meetingCountries.meetingId))
    .where(and(visibleMeetings(viewer), sql`${meetings.startDate} <= ${today}`))
    .groupBy(meetingCountries.countryCode)
    .all();

  const areas = db
    .selectDistinct({ countryCode: meetingCountries.countryCode, name: cooperationAreas.name })
    .from(meetingAreas)
    .innerJoin(meetingCountries, eq(meetingCountries.meetingId, meetingAreas.meetingId))
    .innerJoin(meetings, eq(meetings.id, meetingAreas.meetingId))
    .innerJoin(cooperationAreas, eq(cooperationAreas.id, meetingAreas.areaId))
    .where(and(eq(meetingAreas.outcome, 'agreed'), visibleMeetings(viewer)))
    .orderBy(cooperationAreas.name)
    .all();

  const rows = new Map<string, CountryRow>();
  const row = (countryCode: string) => {
    let existing = rows.get(countryCode);
    if (!existing) {
      existing = { countryCode, open: 0, overdue: 0, dueSoon: 0, ours: 0, partner: 0, joint: 0, agreedAreas: [], lastMeeting: null, meetingsLast90Days: 0 };
      rows.set(countryCode, existing);
    }
    return existing;
  };
  for (const c of commitments) Object.assign(row(c.countryCode), { ...c, open: Number(c.open), overdue: Number(c.overdue), dueSoon: Number(c.dueSoon), ours: Number(c.ours), partner: Number(c.partner), joint: Number(c.joint) });
  for (const e of engagement) Object.assign(row(e.countryCode), { lastMeeting: e.lastMeeting, meetingsLast90Days: Number(e.meetingsLast90Days) });
  for (const a of areas) row(a.countryCode).agreedAreas.push(a.name);
  return [...rows.values()];
}

/** Follow-ups opened and closed (done or cancelled) per month, over the 12 months up to `today`. */
export function followUpsPerMonth({ viewer, today, db = getDb() }: { viewer: Viewer; today: string } & WithDb) {
  const firstMonth = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 12, 1));
  firstMonth.setUTCMonth(firstMonth.getUTCMonth() + 1);
  const since = firstMonth.getTime();
  const month = (column: typeof followUps.createdAt | typeof followUpEvents.at) => sql<string>`strftime('%Y-%m', ${column} / 1000, 'unixepoch')`;
  const opened = db
    .select({ month: month(followUps.createdAt), n: count() })
    .from(followUps)
    .where(and(gte(followUps.createdAt, new Date(since)), visibleFollowUps(viewer)))
    .groupBy(month(followUps.createdAt))
    .all();
  const closed = db
    .select({ month: month(followUpEvents.at), n: count() })
    .from(followUpEvents)
    .innerJoin(followUps, eq(followUps.id, followUpEvents.followUpId))
    .where(and(eq(followUpEvents.kind, 'status'), inArray(followUpEvents.toValue, ['done', 'cancelled']), gte(followUpEvents.at, new Date(since)), visibleFollowUps(viewer)))
    .groupBy(month(followUpEvents.at))
    .all();
  return Array.from({ length: 12 }, (_, index) => {
    const key = new Date(Date.UTC(firstMonth.getUTCFullYear(), firstMonth.getUTCMonth() + index, 1)).toISOString().slice(0, 7);
    return { month: key, opened: opened.find((o) => o.month === key)?.n ?? 0, closed: closed.find((c) => c.month === key)?.n ?? 0 };
  });
}
