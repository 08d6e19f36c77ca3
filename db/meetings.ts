import 'server-only';
import { createHash } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { countryName } from '../lib/countries';
import { Conflict, NotFound, RuleViolation } from '../lib/errors';
import type { Confidentiality, MeetingKind } from '../lib/meetings';
import { type MeetingAudience, mayOwnFollowUpOf } from '../lib/policy';
import type { MeetingInput } from '../lib/schemas/meetings';
import { diff, recordAuditEvent } from './audit';
import { cachedUntilChangeOf } from './cache';
import { getDb } from './client';
import { type Database, type Executor, preparedOnce, type Transaction } from './connection';
import { contactNameMatches, unknownContactIds } from './contacts';
import { attendeePosts } from './post-holders';
import { unknownAreaIds } from './reference';
import {
  contacts,
  cooperationAreas,
  followUps,
  meetingAreas,
  meetingAttendees,
  meetingContacts,
  meetingCountries,
  meetingPlaces,
  meetings,
  organisations,
  posts,
  users,
} from './schema';
import type { Viewer } from '../lib/policy';
import { visibleMeetings } from './visibility';

type WithDb = { db?: Database };

/**
 * The outer meeting's id, always table-qualified. Drizzle leaves columns unqualified in a
 * single-table select, so a `${meetings.id}` inside a subquery that joins another table with an
 * "id" column would silently bind to that table instead. Subqueries below use explicit aliases.
 */
const MEETING_ID = sql.raw('"meetings"."id"');

/** The names of a meeting's areas with this outcome, each apart: the page or file names each in its reader's language. */
const areasWith = (outcome: 'agreed' | 'discussed') =>
  sql<
    string[]
  >`(select json_group_array(ca.name) from meeting_areas mar join cooperation_areas ca on ca.id = mar.area_id where mar.meeting_id = ${MEETING_ID} and mar.outcome = ${outcome})`.mapWith(
    (names: string) => JSON.parse(names) as string[],
  );

/** `exists (subquery)`: drizzle's own helper expects a query builder, these subqueries are raw SQL. */
const exists = (subquery: SQL) => sql`exists (${subquery})`;

export type MeetingFilters = {
  query?: string;
  country?: string;
  kind?: MeetingKind;
  from?: string;
  to?: string;
  areaId?: number;
  attendeeId?: number;
  contactId?: number;
  organisationId?: number;
};

/**
 * Title and summary contain the text, in any case and with or without accents: the trigram
 * full-text index when the text has the three characters a trigram needs, a scan below that.
 */
function textMatches(query: string): SQL {
  if ([...query].length >= 3) {
    const phrase = `"${query.replace(/"/g, '""')}"`;
    return sql`${MEETING_ID} in (select rowid from meetings_search where meetings_search match ${phrase})`;
  }
  const pattern = `%${query.replace(/[%_\\]/g, '\\$&')}%`;
  return sql`(${meetings.title} like ${pattern} escape '\\' or ${meetings.summary} like ${pattern} escape '\\')`;
}

/**
 * Up to this many links, the meetings of a country, an area or an organisation are read from the
 * link's own index and sorted; above it, SQLite walks the meetings newest first and checks each.
 * The walk is quick when the link is common (a page of matches comes early) and slow when it is
 * rare, since it checks every meeting before giving up; the list is the reverse. At 100k meetings,
 * newest page: France, 228 meetings, walked 36 ms, listed 0.2 ms; an organisation with 9, walked
 * 470 ms, listed 0.02 ms; a country with 7,000, walked 1.2 ms, listed 9 ms. They cross near 1,000.
 * Tests move it to take each path.
 */
export const linkThreshold = { fewLinks: 1000 };

/**
 * `from` names the link table `l`, with a `meeting_id`; `where` picks the links; `key` names them
 * for the count's cache. Either way the result is the same: a stale count would only cost time.
 */
function linkedMeetings(db: Database, { key, from, where }: { key: string; from: SQL; where: SQL }): SQL {
  const { fewLinks } = linkThreshold;
  const links = sql`select l.meeting_id from ${from} where ${where}`;
  // Counting stops at the threshold: a common link costs no more to count than a rare one.
  const few = cachedUntilChangeOf(
    db,
    `meeting-links:${key}:${fewLinks}`,
    () => db.get<{ n: number }>(sql`select count(*) as n from (${links} limit ${fewLinks})`).n < fewLinks,
  );
  return few ? sql`${MEETING_ID} in (${links})` : exists(sql`select 1 from ${from} where l.meeting_id = ${MEETING_ID} and ${where}`);
}

function filterConditions(db: Database, filters: MeetingFilters): (SQL | undefined)[] {
  const query = filters.query?.trim();
  const counterpartMatch = query ? contactNameMatches(query) : undefined;
  return [
    // Both sides are sets of ids, so SQLite reads each from its index and merges them (MULTI-INDEX OR).
    query
      ? or(
          textMatches(query),
          counterpartMatch &&
            sql`${MEETING_ID} in (select mc.meeting_id from meeting_contacts mc where mc.contact_id in (select contacts.id from contacts where ${counterpartMatch}))`,
        )
      : undefined,
    filters.country
      ? linkedMeetings(db, { key: `country:${filters.country}`, from: sql`meeting_countries l`, where: sql`l.country_code = ${filters.country}` })
      : undefined,
    filters.kind ? eq(meetings.kind, filters.kind) : undefined,
    // A multi-day meeting is in range if any of its days is.
    filters.from ? sql`coalesce(${meetings.endDate}, ${meetings.startDate}) >= ${filters.from}` : undefined,
    filters.to ? sql`${meetings.startDate} <= ${filters.to}` : undefined,
    filters.areaId ? linkedMeetings(db, { key: `area:${filters.areaId}`, from: sql`meeting_areas l`, where: sql`l.area_id = ${filters.areaId}` }) : undefined,
    // A person's meetings are a small share of all: read them from the person's side and sort
    // those, rather than walk every meeting newest first checking each.
    filters.attendeeId ? sql`${MEETING_ID} in (select ma.meeting_id from meeting_attendees ma where ma.user_id = ${filters.attendeeId})` : undefined,
    filters.contactId ? sql`${MEETING_ID} in (select mc.meeting_id from meeting_contacts mc where mc.contact_id = ${filters.contactId})` : undefined,
    filters.organisationId
      ? linkedMeetings(db, {
          key: `organisation:${filters.organisationId}`,
          from: sql`meeting_contacts l join contacts c on c.id = l.contact_id`,
          where: sql`c.organisation_id = ${filters.organisationId}`,
        })
      : undefined,
  ];
}

const listColumns = {
  id: meetings.id,
  title: meetings.title,
  kind: meetings.kind,
  startDate: meetings.startDate,
  endDate: meetings.endDate,
  confidentiality: meetings.confidentiality,
  countries: sql<string | null>`(select group_concat(mco.country_code, ' ') from meeting_countries mco where mco.meeting_id = ${MEETING_ID})`,
  places: sql<
    string | null
  >`(select group_concat(city, ' · ') from (select mp.city from meeting_places mp where mp.meeting_id = ${MEETING_ID} order by mp.position))`,
};

const ORDERS = { newest: [desc(meetings.startDate), desc(meetings.id)], oldest: [asc(meetings.startDate), asc(meetings.id)] };

/** A page's rows from its ids, in its order: the same statement for every page, so built and prepared once per connection. */
const pageRowsQueries = preparedOnce((db: Database) => {
  const byIds = (order: SQL[]) =>
    db
      .select(listColumns)
      .from(meetings)
      .where(sql`${meetings.id} in (select value from json_each(${sql.placeholder('ids')}))`)
      .orderBy(...order)
      .prepare();
  return { newest: byIds(ORDERS.newest), oldest: byIds(ORDERS.oldest) };
});

export type MeetingListItem = {
  id: number;
  title: string;
  kind: MeetingKind;
  startDate: string;
  endDate: string | null;
  confidentiality: Confidentiality;
  countries: string[];
  places: string | null;
};

/** Keyset cursor "2024-06-24.123": stays fast on page 1,000 where OFFSET would scan every row before it. */
export type Cursor = { startDate: string; id: number };

/** The meetings after `cursor` in the list's order. */
function keysetAfter(cursor: Cursor, sort: 'newest' | 'oldest'): SQL {
  return sort === 'newest'
    ? sql`(${meetings.startDate}, ${meetings.id}) < (${cursor.startDate}, ${cursor.id})`
    : sql`(${meetings.startDate}, ${meetings.id}) > (${cursor.startDate}, ${cursor.id})`;
}

export function parseCursor(value: string | undefined): Cursor | undefined {
  const match = value?.match(/^(\d{4}-\d{2}-\d{2})\.(\d{1,15})$/);
  return match ? { startDate: match[1]!, id: Number(match[2]) } : undefined;
}

export function listMeetings({
  viewer,
  filters = {},
  sort = 'newest',
  after,
  limit = 25,
  db = getDb(),
}: {
  viewer: Viewer;
  filters?: MeetingFilters;
  sort?: 'newest' | 'oldest';
  after?: Cursor;
  limit?: number;
} & WithDb) {
  const keyset = after && keysetAfter(after, sort);
  const order = ORDERS[sort];
  // The page's ids first, then its columns: SQLite builds the select list of every matching row
  // before it sorts, so a name search matching 500 meetings built 500 rows of countries and places
  // to show 25.
  const pageIds = db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(visibleMeetings(viewer), ...filterConditions(db, filters), keyset))
    .orderBy(...order)
    .limit(limit + 1)
    .all()
    .map((row) => row.id);
  const rows = pageRowsQueries(db)[sort].all({ ids: JSON.stringify(pageIds) });
  const page = rows.slice(0, limit).map((row) => ({ ...row, countries: row.countries?.split(' ') ?? [] }));
  const last = page.at(-1);
  return { meetings: page as MeetingListItem[], next: rows.length > limit && last ? `${last.startDate}.${last.id}` : undefined };
}

/**
 * The meetings the viewer attended, newest first: every officer's home page, their landing page.
 * A busy officer attended hundreds, each checked against its visibility and sorted, so the few
 * shown are kept (per viewer) until a write to what they show, like their open follow-ups.
 */
export function listMyRecentMeetings({ viewer, limit = 8, db = getDb() }: { viewer: Viewer; limit?: number } & WithDb): MeetingListItem[] {
  return cachedUntilChangeOf(
    db,
    `recent-meetings:${viewer.id}:${viewer.role}:${limit}`,
    () => listMeetings({ db, viewer, filters: { attendeeId: viewer.id }, limit }).meetings,
  );
}

/** What a spreadsheet of meetings needs, beyond the list's columns. */
const exportColumns = {
  ...listColumns,
  places: sql<
    string | null
  >`(select group_concat(city || ' (' || country_code || ')', '; ') from (select mp.city, mp.country_code from meeting_places mp where mp.meeting_id = ${MEETING_ID} order by mp.position))`,
  summary: meetings.summary,
  outcome: meetings.outcome,
  counterparts: sql<
    string | null
  >`(select group_concat(c.name, '; ') from meeting_contacts mc join contacts c on c.id = mc.contact_id where mc.meeting_id = ${MEETING_ID})`,
  attendees: sql<
    string | null
  >`(select group_concat(u.name, '; ') from meeting_attendees ma join users u on u.id = ma.user_id where ma.meeting_id = ${MEETING_ID})`,
  agreedAreas: areasWith('agreed'),
  discussedAreas: areasWith('discussed'),
};

/**
 * Every visible meeting matching the filters, with what a spreadsheet needs, newest first, in
 * batches: a caller that takes one batch per turn of the event loop never holds the server for the
 * whole export (~0.5 s at 10k rows). Read from `openSnapshot()`, every batch sees the database as
 * the first did, whatever is written meanwhile.
 */
export function* exportMeetings({
  viewer,
  filters = {},
  limit = 100_000,
  batch = 250,
  db = getDb(),
}: { viewer: Viewer; filters?: MeetingFilters; limit?: number; batch?: number } & WithDb) {
  const matching = and(visibleMeetings(viewer), ...filterConditions(db, filters));
  let after: Cursor | undefined;
  for (let left = limit; left > 0;) {
    const wanted = Math.min(batch, left);
    const rows = db
      .select(exportColumns)
      .from(meetings)
      .where(and(matching, after && keysetAfter(after, 'newest')))
      .orderBy(...ORDERS.newest)
      .limit(wanted)
      .all();
    if (rows.length) yield rows.map((row) => ({ ...row, countries: (row.countries?.split(' ') ?? []).map((code) => countryName(code)).join('; ') }));
    if (rows.length < wanted) return;
    left -= rows.length;
    after = { startDate: rows.at(-1)!.startDate, id: rows.at(-1)!.id };
  }
}

export type MeetingExportRow = ReturnType<typeof exportMeetings> extends Generator<(infer Row)[]> ? Row : never;

export type MeetingDetail = NonNullable<ReturnType<typeof findMeeting>>;

function findMeeting(db: Database | Transaction, viewer: Viewer, id: number) {
  const meeting = db
    .select({
      id: meetings.id,
      title: meetings.title,
      kind: meetings.kind,
      startDate: meetings.startDate,
      endDate: meetings.endDate,
      summary: meetings.summary,
      outcome: meetings.outcome,
      sourceText: meetings.sourceText,
      confidentiality: meetings.confidentiality,
      createdById: meetings.createdById,
      createdByName: users.name,
      createdAt: meetings.createdAt,
      updatedAt: meetings.updatedAt,
      version: meetings.version,
    })
    .from(meetings)
    .innerJoin(users, eq(users.id, meetings.createdById))
    .where(and(eq(meetings.id, id), visibleMeetings(viewer)))
    .get();
  if (!meeting) return undefined;
  const links = '$client' in db ? linkQueries(db) : buildLinkQueries(db);
  return {
    ...meeting,
    places: links.places.all({ id }),
    countries: links.countries.all({ id }).map((row) => row.code),
    attendees: links.attendees.all({ id }),
    contacts: links.contacts.all({ id }),
    areas: links.areas.all({ id }),
  };
}

/** A meeting's places, countries, attendees, counterparts and areas: the same five queries for every meeting page. */
function buildLinkQueries(db: Database | Transaction) {
  const id = sql.placeholder('id');
  return {
    places: db
      .select({ city: meetingPlaces.city, countryCode: meetingPlaces.countryCode })
      .from(meetingPlaces)
      .where(eq(meetingPlaces.meetingId, id))
      .orderBy(asc(meetingPlaces.position))
      .prepare(),
    countries: db.select({ code: meetingCountries.countryCode }).from(meetingCountries).where(eq(meetingCountries.meetingId, id)).prepare(),
    attendees: db
      .select({ id: users.id, name: users.name, postTitle: posts.title })
      .from(meetingAttendees)
      .innerJoin(users, eq(users.id, meetingAttendees.userId))
      .leftJoin(posts, eq(posts.id, meetingAttendees.postId))
      .where(eq(meetingAttendees.meetingId, id))
      .orderBy(asc(users.name))
      .prepare(),
    contacts: db
      .select({ id: contacts.id, name: contacts.name, title: contacts.title, organisationName: organisations.name })
      .from(meetingContacts)
      .innerJoin(contacts, eq(contacts.id, meetingContacts.contactId))
      .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
      .where(eq(meetingContacts.meetingId, id))
      .orderBy(asc(contacts.name))
      .prepare(),
    areas: db
      .select({ id: cooperationAreas.id, name: cooperationAreas.name, outcome: meetingAreas.outcome })
      .from(meetingAreas)
      .innerJoin(cooperationAreas, eq(cooperationAreas.id, meetingAreas.areaId))
      .where(eq(meetingAreas.meetingId, id))
      .orderBy(asc(cooperationAreas.name))
      .prepare(),
  };
}
// Built and prepared once per connection: building them was most of a meeting page's SQL time.
const linkQueries = preparedOnce((db: Database) => buildLinkQueries(db));

export function getMeeting({ viewer, id, db = getDb() }: { viewer: Viewer; id: number } & WithDb): MeetingDetail {
  const meeting = findMeeting(db, viewer, id);
  if (!meeting) throw new NotFound('This meeting does not exist or you cannot see it.');
  return meeting;
}

/** What decides who may see a meeting, read inside the caller's transaction; null for no such meeting. */
function meetingAudience(tx: Executor, meetingId: number): MeetingAudience | null {
  const meeting = tx
    .select({ confidentiality: meetings.confidentiality, createdById: meetings.createdById })
    .from(meetings)
    .where(eq(meetings.id, meetingId))
    .get();
  if (!meeting) return null;
  const attendeeIds = tx
    .select({ id: meetingAttendees.userId })
    .from(meetingAttendees)
    .where(eq(meetingAttendees.meetingId, meetingId))
    .all()
    .map((row) => row.id);
  return { ...meeting, attendeeIds };
}

/**
 * Of `ownerIds` (by default the owners of the meeting's follow-ups), those who may not see the
 * meeting as it now stands, by name: a follow-up of theirs would show nowhere for them.
 */
export function ownersWhoCannotSee(tx: Executor, meetingId: number, ownerIds?: number[]): string[] {
  const audience = meetingAudience(tx, meetingId);
  if (!audience || audience.confidentiality === 'normal') return [];
  const owners = tx
    .selectDistinct({ id: users.id, name: users.name, role: users.role, active: users.active })
    .from(users)
    .where(
      ownerIds
        ? inArray(users.id, ownerIds.length ? ownerIds : [0])
        : inArray(users.id, tx.select({ id: followUps.ownerId }).from(followUps).where(eq(followUps.meetingId, meetingId))),
    )
    .all();
  return owners.filter((owner) => !mayOwnFollowUpOf(owner, audience)).map((owner) => owner.name);
}

/** A loaded meeting's audience, as the policy reads it. */
export function audienceOf(meeting: { confidentiality: Confidentiality; createdById: number; attendees: { id: number }[] }): MeetingAudience {
  return { confidentiality: meeting.confidentiality, createdById: meeting.createdById, attendeeIds: meeting.attendees.map((attendee) => attendee.id) };
}

/** Created or attended: what makes a meeting the viewer's own for the edit rule. */
export function isOwnMeeting(viewer: Viewer, meeting: { createdById: number; attendees: { id: number }[] }): boolean {
  return meeting.createdById === viewer.id || meeting.attendees.some((attendee) => attendee.id === viewer.id);
}

function checkReferences(tx: Transaction, input: MeetingInput, keepAreaIds: number[] = []) {
  const fieldErrors: Record<string, string[]> = {};
  if (unknownContactIds(tx, input.contacts).length) fieldErrors.contacts = ['A chosen counterpart no longer exists; remove it and choose again.'];
  const activeUsers = new Set(
    input.attendees.length
      ? tx
          .select({ id: users.id })
          .from(users)
          .where(and(inArray(users.id, input.attendees), eq(users.active, true)))
          .all()
          .map((row) => row.id)
      : [],
  );
  if (input.attendees.some((id) => !activeUsers.has(id))) fieldErrors.attendees = ['Choose attendees among the active colleagues.'];
  const areaIds = input.areas.map((area) => area.areaId).filter((id) => !keepAreaIds.includes(id));
  if (unknownAreaIds(tx, areaIds).length) fieldErrors.areas = ['A chosen cooperation area does not exist or was retired.'];
  if (Object.keys(fieldErrors).length) throw new RuleViolation('Some choices are no longer valid. Please check the fields marked below.', fieldErrors);
}

/**
 * A meeting's links as `input` lists them. An edit first deletes the old ones; a new meeting has
 * none, and skipping the five deletes (each compiled with its table's triggers) takes ~1 ms off a
 * write that holds the database's one write lock.
 */
function writeLinks(tx: Transaction, meetingId: number, input: MeetingInput, { replacing }: { replacing: boolean }) {
  if (replacing) {
    for (const table of [meetingPlaces, meetingCountries, meetingAttendees, meetingContacts, meetingAreas]) {
      tx.delete(table).where(eq(table.meetingId, meetingId)).run();
    }
  }
  tx.insert(meetingPlaces)
    .values(input.places.map((place, position) => ({ meetingId, position, ...place })))
    .run();
  tx.insert(meetingCountries)
    .values(input.countries.map((countryCode) => ({ meetingId, countryCode })))
    .run();
  if (input.attendees.length) {
    const held = attendeePosts(tx, { userIds: input.attendees, day: input.startDate, countryCodes: input.countries });
    tx.insert(meetingAttendees)
      .values(input.attendees.map((userId) => ({ meetingId, userId, postId: held.get(userId) ?? null })))
      .run();
  }
  if (input.contacts.length)
    tx.insert(meetingContacts)
      .values(input.contacts.map((contactId) => ({ meetingId, contactId })))
      .run();
  if (input.areas.length)
    tx.insert(meetingAreas)
      .values(input.areas.map((area) => ({ meetingId, ...area })))
      .run();
}

function scalarFields(input: MeetingInput) {
  return {
    title: input.title,
    kind: input.kind,
    startDate: input.startDate,
    endDate: input.endDate,
    summary: input.summary,
    outcome: input.outcome,
    sourceText: input.sourceText,
    confidentiality: input.confidentiality,
  };
}

/**
 * A source readout as the audit log records it: its size and a fingerprint, not its text (up to
 * 100,000 characters at each change would swell the log with what the meeting page shows anyway).
 */
function describeSource(text: string | null): string | null {
  return text === null ? null : `${text.length.toLocaleString('en')} characters, sha-256 ${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
}

/** The scalar fields as the audit log records them. */
function auditedFields(fields: ReturnType<typeof scalarFields>) {
  return { ...fields, sourceText: describeSource(fields.sourceText) };
}

/** The lists of a meeting as comparable strings, for the audit log's before/after. */
function linkSummary(input: {
  places: { city: string; countryCode: string }[];
  countries: string[];
  attendees: number[];
  contacts: number[];
  areas: { areaId: number; outcome: string }[];
}) {
  return {
    places: input.places.map((place) => `${place.city} (${place.countryCode})`).join('; '),
    countries: [...input.countries].sort().join(' '),
    attendees: [...input.attendees].sort((a, b) => a - b).join(' '),
    contacts: [...input.contacts].sort((a, b) => a - b).join(' '),
    areas: input.areas
      .map((area) => `${area.areaId}:${area.outcome}`)
      .sort()
      .join(' '),
  };
}

/**
 * Records a meeting; `andThen` runs in the same transaction (the log form's follow-ups), so the
 * meeting and what came out of it are saved together or not at all.
 */
export function recordMeeting({
  viewer,
  input,
  andThen,
  db = getDb(),
}: { viewer: Viewer; input: MeetingInput; andThen?: (tx: Transaction, meetingId: number) => void } & WithDb): { id: number } {
  return db.transaction(
    (tx) => {
      checkReferences(tx, input);
      const { id } = tx
        .insert(meetings)
        .values({ ...scalarFields(input), createdById: viewer.id })
        .returning({ id: meetings.id })
        .get();
      writeLinks(tx, id, input, { replacing: false });
      andThen?.(tx, id);
      recordAuditEvent(tx, {
        actorId: viewer.id,
        action: 'meeting.create',
        entityType: 'meeting',
        entityId: id,
        changes: diff({} as Record<string, unknown>, { ...auditedFields(scalarFields(input)), ...linkSummary(input) }),
      });
      return { id };
    },
    { behavior: 'immediate' },
  );
}

/**
 * Saves an edit if the meeting is still at `version`; otherwise a Conflict and nothing changes.
 * The caller has already checked that the viewer may edit this meeting.
 */
export function updateMeeting({
  viewer,
  id,
  version,
  input,
  andThen,
  db = getDb(),
}: { viewer: Viewer; id: number; version: number; input: MeetingInput; andThen?: (tx: Transaction) => void } & WithDb) {
  db.transaction(
    (tx) => {
      const before = findMeeting(tx, viewer, id);
      if (!before) throw new NotFound('This meeting does not exist or you cannot see it.');
      checkReferences(
        tx,
        input,
        before.areas.map((area) => area.id),
      );
      const changed = tx
        .update(meetings)
        .set({ ...scalarFields(input), version: sql`${meetings.version} + 1`, updatedAt: new Date() })
        .where(and(eq(meetings.id, id), eq(meetings.version, version), isNull(meetings.deletedAt)))
        .run().changes;
      if (changed === 0) {
        throw new Conflict(
          'Someone else saved this meeting after you opened it. Nothing of yours was saved and your text is still in the form: open the meeting in a new tab to see their version, then apply your changes again.',
        );
      }
      writeLinks(tx, id, input, { replacing: true });
      const unseeing = ownersWhoCannotSee(tx, id);
      if (unseeing.length) {
        const names = unseeing.join(', ');
        const message =
          unseeing.length === 1
            ? `${names} owns a follow-up of this restricted meeting and would no longer see it. Keep them among the attendees, or reassign the follow-ups first.`
            : `${names} own follow-ups of this restricted meeting and would no longer see it. Keep them among the attendees, or reassign the follow-ups first.`;
        throw new RuleViolation(message, { attendees: [message] });
      }
      andThen?.(tx);
      const beforeLinks = linkSummary({
        places: before.places,
        countries: before.countries,
        attendees: before.attendees.map((a) => a.id),
        contacts: before.contacts.map((c) => c.id),
        areas: before.areas.map((a) => ({ areaId: a.id, outcome: a.outcome })),
      });
      recordAuditEvent(tx, {
        actorId: viewer.id,
        action: 'meeting.update',
        entityType: 'meeting',
        entityId: id,
        changes: diff(
          { ...before, sourceText: describeSource(before.sourceText), ...beforeLinks },
          { ...auditedFields(scalarFields(input)), ...linkSummary(input) },
        ),
      });
    },
    { behavior: 'immediate' },
  );
}

/** Soft delete: hidden everywhere, kept in the database with who deleted it and when. */
export function deleteMeeting({ viewer, id, db = getDb() }: { viewer: Viewer; id: number } & WithDb) {
  db.transaction(
    (tx) => {
      const changed = tx
        .update(meetings)
        .set({ deletedAt: new Date(), deletedById: viewer.id, version: sql`${meetings.version} + 1` })
        .where(and(eq(meetings.id, id), visibleMeetings(viewer)))
        .run().changes;
      if (changed === 0) throw new NotFound('This meeting does not exist or you cannot see it.');
      recordAuditEvent(tx, { actorId: viewer.id, action: 'meeting.delete', entityType: 'meeting', entityId: id, changes: { deleted: [false, true] } });
    },
    { behavior: 'immediate' },
  );
}
