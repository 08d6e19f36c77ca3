import 'server-only';
import { and, asc, count, desc, eq, max, sql } from 'drizzle-orm';
import { cachedUntilChangeOf } from './cache';
import { getDb } from './client';
import type { Database } from './connection';
import { visibleFollowUps, visibleMeetings } from './visibility';
import { contacts, cooperationAreas, followUps, meetingAreas, meetingContacts, meetingCountries, meetings, organisations } from './schema';
import type { Viewer } from '../lib/policy';

type WithDb = { db?: Database };

/**
 * Each cooperation area agreed with this country: how many times, and the latest meeting that agreed
 * it. Counted in SQL: a busy partner has thousands of agreements (4,500 at 100k meetings), once all
 * sent to the page to be counted there. Kept per viewer until a write to what it reads, as the dashboard is.
 */
export function agreedAreasForCountry({ viewer, countryCode, db = getDb() }: { viewer: Viewer; countryCode: string } & WithDb) {
  return cachedUntilChangeOf(db, `country-agreed-areas:${countryCode}:${viewer.id}:${viewer.role}`, () =>
    db
      // With a single max(), SQLite takes the other plain columns from the row that holds it: the latest meeting.
      .select({
        areaName: cooperationAreas.name,
        times: count(),
        startDate: max(meetings.startDate).mapWith(String),
        meetingId: meetings.id,
        meetingTitle: meetings.title,
      })
      .from(meetingAreas)
      .innerJoin(meetingCountries, and(eq(meetingCountries.meetingId, meetingAreas.meetingId), eq(meetingCountries.countryCode, countryCode)))
      .innerJoin(meetings, eq(meetings.id, meetingAreas.meetingId))
      .innerJoin(cooperationAreas, eq(cooperationAreas.id, meetingAreas.areaId))
      .where(and(eq(meetingAreas.outcome, 'agreed'), visibleMeetings(viewer)))
      .groupBy(cooperationAreas.id)
      .orderBy(asc(cooperationAreas.name))
      .all(),
  );
}

/** The counterparts met most often in this country's meetings, with their organisation. */
export function keyContactsForCountry({ viewer, countryCode, limit = 12, db = getDb() }: { viewer: Viewer; countryCode: string; limit?: number } & WithDb) {
  // Grouping a busy partner's 15,000 counterpart links takes 20 ms: kept per viewer until a write to what it reads.
  return cachedUntilChangeOf(db, `country-key-contacts:${countryCode}:${viewer.id}:${viewer.role}:${limit}`, () =>
    db
      .select({
        id: contacts.id,
        name: contacts.name,
        title: contacts.title,
        organisationId: organisations.id,
        organisationName: organisations.name,
        meetings: count(meetings.id),
        lastMet: max(meetings.startDate),
      })
      .from(meetingContacts)
      .innerJoin(meetingCountries, and(eq(meetingCountries.meetingId, meetingContacts.meetingId), eq(meetingCountries.countryCode, countryCode)))
      .innerJoin(meetings, eq(meetings.id, meetingContacts.meetingId))
      .innerJoin(contacts, eq(contacts.id, meetingContacts.contactId))
      .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
      .where(visibleMeetings(viewer))
      .groupBy(contacts.id)
      .orderBy(desc(count(meetings.id)), desc(max(meetings.startDate)))
      .limit(limit)
      .all(),
  );
}

/**
 * Whether the viewer's brief of this country draws on a restricted record: a restricted meeting
 * with the country, or a follow-up with it from a restricted meeting. A brief that does is marked.
 */
export function briefIncludesRestricted({ viewer, countryCode, db = getDb() }: { viewer: Viewer; countryCode: string } & WithDb): boolean {
  const meeting = db
    .select({ id: meetings.id })
    .from(meetingCountries)
    .innerJoin(meetings, eq(meetings.id, meetingCountries.meetingId))
    .where(and(eq(meetingCountries.countryCode, countryCode), eq(meetings.confidentiality, 'restricted'), visibleMeetings(viewer)))
    .limit(1)
    .get();
  const followUp = db
    .select({ id: followUps.id })
    .from(followUps)
    .where(
      and(
        eq(followUps.countryCode, countryCode),
        sql`${followUps.meetingId} in (select m.id from meetings m where m.confidentiality = 'restricted')`,
        visibleFollowUps(viewer),
      ),
    )
    .limit(1)
    .get();
  return Boolean(meeting ?? followUp);
}
