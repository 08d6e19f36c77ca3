import 'server-only';
import { and, asc, count, desc, eq, gte, inArray, lte, max, sql } from 'drizzle-orm';
import { countryName } from '../lib/countries';
import { addDays } from '../lib/dates';
import type { CommitmentSide, FollowUpStatus } from '../lib/follow-ups';
import type { HandoverItemKind } from '../lib/posts';
import { assertCan, type Viewer } from '../lib/policy';
import { byEnglishName } from '../lib/names';
import { getDb } from './client';
import type { Database } from './connection';
import { getHandover, getPost } from './posts';
import {
  contacts,
  cooperationAreas,
  followUps,
  isActive,
  meetingAreas,
  meetingAttendees,
  meetingContacts,
  meetingCountries,
  meetings,
  organisations,
} from './schema';
import { visibleFollowUps, visibleMeetings } from './visibility';

/** How far back a brief lists the meetings attended in the post's capacity. */
const MEETINGS_WINDOW_DAYS = 365;

export type BriefHandoverNotes = {
  handoverId: number;
  effectiveDate: string;
  fromName: string | null;
  toName: string;
  generalNote: string | null;
  /** Only the items with a note, on records the viewer may see. */
  items: { kind: HandoverItemKind; recordId: number; label: string; note: string; restricted: boolean }[];
};

export type BriefCommitment = {
  id: number;
  title: string;
  committedBy: CommitmentSide;
  dueDate: string | null;
  status: FollowUpStatus;
  overdue: boolean;
  /** From a restricted meeting. */
  restricted: boolean;
};

export type BriefCommitmentsOfCountry = {
  countryCode: string;
  countryName: string;
  /** Every open one but those overdue for over 90 days, which `longOverdue` counts instead. */
  commitments: BriefCommitment[];
  counts: Record<CommitmentSide, number> & { overdue: number };
  longOverdue: number;
};

export type BriefContact = {
  id: number;
  name: string;
  title: string | null;
  organisation: string | null;
  countryCode: string | null;
  /** The start of the latest meeting with them the viewer may see; null if none. */
  lastMet: string | null;
  /** The latest meeting shown is restricted. */
  restricted: boolean;
  handoverNote: string | null;
};

export type BriefAgreedArea = { name: string; times: number; lastAgreed: string; /** Some meeting that agreed it is restricted. */ restricted: boolean };
export type BriefAreasOfCountry = { countryCode: string; countryName: string; areas: BriefAgreedArea[] };

export type BriefMeeting = { id: number; title: string; startDate: string; endDate: string | null; countryCodes: string[]; restricted: boolean };

export type PostBrief = {
  today: string;
  post: {
    id: number;
    title: string;
    section: string | null;
    holder: { name: string; fromDate: string; interim: boolean } | null;
    countryCodes: string[];
  };
  /** Null when the viewer may see no handover of the post, or its leaving holder wrote nothing. */
  notes: BriefHandoverNotes | null;
  commitments: BriefCommitmentsOfCountry[];
  contacts: BriefContact[];
  agreedAreas: BriefAreasOfCountry[];
  meetings: BriefMeeting[];
  /** Something listed comes from a restricted meeting: the brief is marked, on screen and on every printed page. */
  includesRestricted: boolean;
};

const byCountryName = (a: { countryName: string }, b: { countryName: string }) => byEnglishName(a.countryName, b.countryName);

/**
 * What a successor takes into their first week in post `postId`: the leaving holder's notes, the
 * post's open commitments by partner country, its contacts, what was agreed with its countries and
 * the meetings attended in its capacity over the last twelve months, over the records `viewer` may see.
 */
export function postBrief({ viewer, postId, today, db = getDb() }: { viewer: Viewer; postId: number; today: string; db?: Database }): PostBrief {
  assertCan(viewer, 'post:view');
  const post = getPost({ viewer, id: postId, db });
  const notes = handoverNotes(db, viewer, post.handovers[0]?.id);
  const commitments = openCommitments(db, viewer, postId, today);
  const keyContacts = postContacts(db, viewer, postId, notes);
  const agreedAreas = areasAgreedWith(db, viewer, post.countryCodes);
  const recentMeetings = meetingsAttended(db, viewer, postId, today);
  const includesRestricted = [
    ...(notes?.items ?? []),
    ...commitments.flatMap((country) => country.commitments),
    ...keyContacts,
    ...agreedAreas.flatMap((country) => country.areas),
    ...recentMeetings,
  ].some((row) => row.restricted);
  return {
    today,
    post: {
      id: post.id,
      title: post.title,
      section: post.section,
      holder: post.holder ? { name: post.holder.name, fromDate: post.holder.fromDate, interim: post.holder.interim } : null,
      countryCodes: post.countryCodes,
    },
    notes,
    commitments,
    contacts: keyContacts,
    agreedAreas,
    meetings: recentMeetings,
    includesRestricted,
  };
}

/** The leaving holder's notes on the latest handover the viewer may see (getPost lists only those, newest first). */
function handoverNotes(db: Database, viewer: Viewer, handoverId: number | undefined): BriefHandoverNotes | null {
  if (handoverId === undefined) return null;
  const handover = getHandover({ viewer, id: handoverId, db });
  // An item on a record the viewer may not see has no label: its note may speak of what they may not know.
  const noted = handover.items.filter((item) => item.note && item.label !== null);
  const followUpIds = noted.filter((item) => item.kind === 'follow-up').map((item) => item.recordId);
  const restrictedFollowUps = new Set(
    followUpIds.length
      ? db
          .select({ id: followUps.id })
          .from(followUps)
          .innerJoin(meetings, eq(meetings.id, followUps.meetingId))
          .where(and(inArray(followUps.id, followUpIds), eq(meetings.confidentiality, 'restricted')))
          .all()
          .map((row) => row.id)
      : [],
  );
  if (!handover.generalNote && !noted.length) return null;
  return {
    handoverId: handover.id,
    effectiveDate: handover.effectiveDate,
    fromName: handover.fromName,
    toName: handover.toName,
    generalNote: handover.generalNote,
    items: noted.map((item) => ({
      kind: item.kind,
      recordId: item.recordId,
      label: item.label!,
      note: item.note!,
      restricted: item.kind === 'follow-up' && restrictedFollowUps.has(item.recordId),
    })),
  };
}

/**
 * The post's open follow-ups by partner country, the most urgent first: overdue, then by due date,
 * undated last. Those overdue for over 90 days are counted, not listed: a brief opens with what can
 * still be saved, as the country brief does.
 */
function openCommitments(db: Database, viewer: Viewer, postId: number, today: string): BriefCommitmentsOfCountry[] {
  const rows = db
    .select({
      id: followUps.id,
      title: followUps.title,
      countryCode: followUps.countryCode,
      committedBy: followUps.committedBy,
      dueDate: followUps.dueDate,
      status: followUps.status,
      restricted: sql<boolean>`exists (select 1 from meetings m where m.id = ${followUps.meetingId} and m.confidentiality = 'restricted')`.mapWith(Boolean),
    })
    .from(followUps)
    .where(and(eq(followUps.ownerPostId, postId), isActive(followUps.status), visibleFollowUps(viewer)))
    .orderBy(sql`${followUps.dueDate} is null`, asc(followUps.dueDate), asc(followUps.id))
    .all();
  const longAgo = addDays(today, -90);
  const byCountry = new Map<string, BriefCommitmentsOfCountry>();
  for (const { countryCode, ...row } of rows) {
    let country = byCountry.get(countryCode);
    if (!country) {
      country = { countryCode, countryName: countryName(countryCode), commitments: [], counts: { ours: 0, partner: 0, joint: 0, overdue: 0 }, longOverdue: 0 };
      byCountry.set(countryCode, country);
    }
    const overdue = row.dueDate !== null && row.dueDate < today;
    if (row.dueDate !== null && row.dueDate < longAgo) country.longOverdue += 1;
    else country.commitments.push({ ...row, overdue });
    country.counts[row.committedBy] += 1;
    if (overdue) country.counts.overdue += 1;
  }
  return [...byCountry.values()].sort(byCountryName);
}

/** The post's contacts, the most recently met first (never met last), each with the note the leaving holder left on them. */
function postContacts(db: Database, viewer: Viewer, postId: number, notes: BriefHandoverNotes | null): BriefContact[] {
  const ofPost = db.select({ id: contacts.id }).from(contacts).where(eq(contacts.ownerPostId, postId));
  const rows = db
    .select({ id: contacts.id, name: contacts.name, title: contacts.title, organisation: organisations.name, countryCode: contacts.countryCode })
    .from(contacts)
    .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
    .where(eq(contacts.ownerPostId, postId))
    .all();
  const lastMet = new Map(
    db
      .select({ contactId: meetingContacts.contactId, lastMet: max(meetings.startDate) })
      .from(meetingContacts)
      .innerJoin(meetings, eq(meetings.id, meetingContacts.meetingId))
      .where(and(inArray(meetingContacts.contactId, ofPost), visibleMeetings(viewer)))
      .groupBy(meetingContacts.contactId)
      .all()
      .map((row) => [row.contactId, row.lastMet]),
  );
  // Restricted meetings are few: the days of those the viewer may see tell whether a contact's last meeting is one.
  const restrictedDays = new Set(
    db
      .select({ contactId: meetingContacts.contactId, startDate: meetings.startDate })
      .from(meetingContacts)
      .innerJoin(meetings, eq(meetings.id, meetingContacts.meetingId))
      .where(and(inArray(meetingContacts.contactId, ofPost), eq(meetings.confidentiality, 'restricted'), visibleMeetings(viewer)))
      .all()
      .map((row) => `${row.contactId}:${row.startDate}`),
  );
  const contactNotes = new Map((notes?.items ?? []).filter((item) => item.kind === 'contact').map((item) => [item.recordId, item.note]));
  return rows
    .map((row) => {
      const met = lastMet.get(row.id) ?? null;
      return {
        ...row,
        lastMet: met,
        restricted: met !== null && restrictedDays.has(`${row.id}:${met}`),
        handoverNote: contactNotes.get(row.id) ?? null,
      };
    })
    .sort((a, b) => (b.lastMet ?? '').localeCompare(a.lastMet ?? '') || byEnglishName(a.name, b.name));
}

/** For each country the post covers, the cooperation areas agreed in meetings with it that the viewer may see, by name. */
function areasAgreedWith(db: Database, viewer: Viewer, countryCodes: string[]): BriefAreasOfCountry[] {
  if (!countryCodes.length) return [];
  const rows = db
    .select({
      countryCode: meetingCountries.countryCode,
      name: cooperationAreas.name,
      times: count(),
      lastAgreed: max(meetings.startDate).mapWith(String),
      restricted: sql<boolean>`max(${meetings.confidentiality} = 'restricted')`.mapWith(Boolean),
    })
    .from(meetingAreas)
    .innerJoin(meetingCountries, and(eq(meetingCountries.meetingId, meetingAreas.meetingId), inArray(meetingCountries.countryCode, countryCodes)))
    .innerJoin(meetings, eq(meetings.id, meetingAreas.meetingId))
    .innerJoin(cooperationAreas, eq(cooperationAreas.id, meetingAreas.areaId))
    .where(and(eq(meetingAreas.outcome, 'agreed'), visibleMeetings(viewer)))
    .groupBy(meetingCountries.countryCode, cooperationAreas.id)
    .orderBy(asc(cooperationAreas.name))
    .all();
  return countryCodes
    .map((countryCode) => ({
      countryCode,
      countryName: countryName(countryCode),
      areas: rows.filter((row) => row.countryCode === countryCode).map(({ countryCode: _country, ...area }) => area),
    }))
    .sort(byCountryName);
}

/** The meetings attended in the post's capacity over the last twelve months up to today, newest first. */
function meetingsAttended(db: Database, viewer: Viewer, postId: number, today: string): BriefMeeting[] {
  const attendedInPost = db.select({ meetingId: meetingAttendees.meetingId }).from(meetingAttendees).where(eq(meetingAttendees.postId, postId));
  return db
    .select({
      id: meetings.id,
      title: meetings.title,
      startDate: meetings.startDate,
      endDate: meetings.endDate,
      countries: sql<string | null>`(select group_concat(mc.country_code) from meeting_countries mc where mc.meeting_id = ${meetings.id})`,
      restricted: sql<boolean>`${meetings.confidentiality} = 'restricted'`.mapWith(Boolean),
    })
    .from(meetings)
    .where(
      and(
        inArray(meetings.id, attendedInPost),
        gte(meetings.startDate, addDays(today, -MEETINGS_WINDOW_DAYS)),
        lte(meetings.startDate, today),
        visibleMeetings(viewer),
      ),
    )
    .orderBy(desc(meetings.startDate), desc(meetings.id))
    .all()
    .map(({ countries, ...meeting }) => ({
      ...meeting,
      countryCodes: (countries?.split(',') ?? []).sort((a, b) => byEnglishName(countryName(a), countryName(b))),
    }));
}
