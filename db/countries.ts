import 'server-only';
import { and, asc, count, desc, eq, max } from 'drizzle-orm';
import { getDb } from './client';
import type { Database } from './connection';
import { visibleMeetings } from './meetings';
import { contacts, cooperationAreas, meetingAreas, meetingContacts, meetingCountries, meetings, organisations } from './schema';
import type { Viewer } from './viewer';

type WithDb = { db?: Database };

/** Each agreement on a cooperation area with this country: when, at which meeting. */
export function agreedAreasForCountry({ viewer, countryCode, db = getDb() }: { viewer: Viewer; countryCode: string } & WithDb) {
  return db
    .select({ areaName: cooperationAreas.name, meetingId: meetings.id, meetingTitle: meetings.title, startDate: meetings.startDate })
    .from(meetingAreas)
    .innerJoin(meetingCountries, and(eq(meetingCountries.meetingId, meetingAreas.meetingId), eq(meetingCountries.countryCode, countryCode)))
    .innerJoin(meetings, eq(meetings.id, meetingAreas.meetingId))
    .innerJoin(cooperationAreas, eq(cooperationAreas.id, meetingAreas.areaId))
    .where(and(eq(meetingAreas.outcome, 'agreed'), visibleMeetings(viewer)))
    .orderBy(asc(cooperationAreas.name), desc(meetings.startDate))
    .all();
}

/** The counterparts met most often in this country's meetings, with their organisation. */
export function keyContactsForCountry({ viewer, countryCode, limit = 12, db = getDb() }: { viewer: Viewer; countryCode: string; limit?: number } & WithDb) {
  return db
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
    .all();
}
