import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, check, index, integer, primaryKey, type SQLiteColumn, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { areaOutcomes, confidentialityLevels, meetingKinds } from '../lib/meetings';
import { activeFollowUpStatuses, closedFollowUpStatuses, commitmentSides, followUpStatuses } from '../lib/follow-ups';
import { organisationKinds } from '../lib/organisations';
import { draftForms } from '../lib/drafts';
import { roles } from '../lib/roles';
import { locales } from '../lib/locale';
import { handoverItemKinds } from '../lib/posts';
import { sessionEndReasons } from '../lib/sessions';

const timestamps = {
  createdAt: integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .$defaultFn(() => new Date()),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
    .notNull()
    .$defaultFn(() => new Date()),
};

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Stored lower-cased, so uniqueness and sign-in ignore case. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: roles }).notNull(),
    passwordHash: text('password_hash').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** Set when an admin created or reset the password: the next sign-in asks for a new one. */
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    /** Base32 TOTP secret once two-step verification is set up; null while it is off. */
    totpSecret: text('totp_secret'),
    /** The last 30-second step whose code was accepted: an equal or earlier one is a replay. */
    totpLastStep: integer('totp_last_step'),
    /** The interface's language the user chose; null follows their browser's. */
    locale: text('locale', { enum: locales }),
    /** SHA-256 of the secret in the user's calendar-feed URL; null until they create one. */
    calendarTokenHash: text('calendar_token_hash'),
    ...timestamps,
  },
  (t) => [
    // Sign-in looks accounts up by e-mail; one account per address.
    uniqueIndex('users_email_unique').on(t.email),
    // "Is this the last active admin?" counts by role and status.
    index('users_role_active_idx').on(t.role, t.active),
    // The calendar feed finds its user by the token's hash.
    uniqueIndex('users_calendar_token_unique').on(t.calendarTokenHash),
  ],
);

/**
 * One row per sign-in. The session cookie carries a random id whose hash finds this row; every
 * request checks it, so a session ends for good when the row says so (sign-out, limits, an admin).
 */
export const sessions = sqliteTable(
  'sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    /** SHA-256 of the id inside the cookie. */
    tokenHash: text('token_hash').notNull(),
    signedInAt: integer('signed_in_at', { mode: 'timestamp_ms' }).notNull(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    /** When the second factor was given for this session; null while it is still owed (or not needed). */
    secondFactorAt: integer('second_factor_at', { mode: 'timestamp_ms' }),
    userAgent: text('user_agent'),
    address: text('address'),
    endedAt: integer('ended_at', { mode: 'timestamp_ms' }),
    endReason: text('end_reason', { enum: sessionEndReasons }),
  },
  (t) => [
    // Every request finds its session by the cookie's hash.
    uniqueIndex('sessions_token_hash_unique').on(t.tokenHash),
    // "Your sessions" and "end all of a user's sessions".
    index('sessions_user_idx').on(t.userId, t.endedAt),
  ],
);

/** Ten single-use codes per user with two-step verification, hashed like passwords. */
export const recoveryCodes = sqliteTable(
  'recovery_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

/** One row (id = 1): the mission's own settings, edited by admins. */
export const missionSettings = sqliteTable(
  'mission_settings',
  {
    id: integer('id').primaryKey(),
    missionName: text('mission_name').notNull(),
    /** The country the mission represents (ISO alpha-2): what "our side" means. Null until an admin sets it. */
    ourCountryCode: text('our_country_code'),
    /** The country the mission sits in: preselected for a new meeting's place and partner country. */
    hostCountryCode: text('host_country_code'),
    /** IANA time zone of the mission: times on pages (logs, audit) are shown in it. */
    timeZone: text('time_zone').notNull().default('UTC'),
    /** Set when an admin marks the cooperation-area list as reviewed (the first-run checklist). */
    areasReviewedAt: integer('areas_reviewed_at', { mode: 'timestamp_ms' }),
    /** A session ends this long after sign-in, whatever its activity (lib/sessions.ts bounds it). */
    sessionHours: integer('session_hours').notNull().default(12),
    /** …and this long after its last request. */
    idleMinutes: integer('idle_minutes').notNull().default(30),
    /** Two-step verification for officers too (managers and admins always need it). */
    secondFactorForEveryone: integer('second_factor_for_everyone', { mode: 'boolean' }).notNull().default(false),
    version: integer('version').notNull().default(1),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (t) => [check('mission_settings_single_row', sql`${t.id} = 1`)],
);

/**
 * Append-only (triggers refuse UPDATE and DELETE, migration 0021): who did what to which record,
 * when, from which address and browser, and the fields that changed. Security events (sign-ins,
 * codes, sessions, refusals) are rows here too, their actions listed in lib/security-events.ts.
 */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' })
      .notNull()
      .$defaultFn(() => new Date()),
    /** Null for events with no signed-in actor (first-run setup creates the actor itself). */
    actorId: integer('actor_id').references(() => users.id),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    /** JSON: { field: [before, after] } for the fields that changed; secrets are never written here. */
    changes: text('changes', { mode: 'json' }).$type<Record<string, [unknown, unknown]>>(),
    /** The request's client address (lib/client-address.ts) and User-Agent; null for scripts. */
    clientAddress: text('client_address'),
    userAgent: text('user_agent'),
  },
  (t) => [
    // The history of one record, newest first.
    index('audit_events_entity_idx').on(t.entityType, t.entityId, t.at),
    // The admin's audit log, newest first, optionally by actor.
    index('audit_events_at_idx').on(t.at),
    index('audit_events_actor_idx').on(t.actorId, t.at),
  ],
);

/** The mission's accredited / focus countries; every other ISO country is still available. */
export const focusCountries = sqliteTable('focus_countries', {
  code: text('code').primaryKey(),
  addedAt: integer('added_at', { mode: 'timestamp_ms' })
    .notNull()
    .$defaultFn(() => new Date()),
});

/** The admin-managed list of cooperation areas; retired areas stay for the meetings that used them. */
export const cooperationAreas = sqliteTable(
  'cooperation_areas',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** The name in French; null when it is written the same (see server/format.ts). */
    nameFr: text('name_fr'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [uniqueIndex('cooperation_areas_name_unique').on(sql`lower(${t.name})`)],
);

export const organisations = sqliteTable(
  'organisations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    countryCode: text('country_code'),
    kind: text('kind', { enum: organisationKinds }).notNull(),
    /** Accent- and case-folded name, for look-up as you type. */
    searchName: text('search_name').notNull(),
    createdById: integer('created_by_id').references(() => users.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    // Organisation look-up and list, by folded name.
    index('organisations_search_name_idx').on(t.searchName),
  ],
);

export const contacts = sqliteTable(
  'contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    title: text('title'),
    organisationId: integer('organisation_id').references(() => organisations.id),
    countryCode: text('country_code'),
    email: text('email'),
    phone: text('phone'),
    /** Other spellings seen in sources, one per line (Kooreman for Cooreman). */
    alternativeNames: text('alternative_names'),
    /** Phonetic keys of the name and alternative spellings (lib/names.ts). */
    searchKey: text('search_key').notNull(),
    createdById: integer('created_by_id').references(() => users.id),
    /** Who keeps the relationship: a person, or a post and (kept in step by handovers) its holder. */
    ownerId: integer('owner_id').references(() => users.id),
    ownerPostId: integer('owner_post_id').references((): AnySQLiteColumn => posts.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    // A contact list sorted by name; the organisation page lists its people.
    index('contacts_name_idx').on(t.name),
    index('contacts_organisation_idx').on(t.organisationId),
    // A post's or a person's contacts, for handovers and briefs.
    index('contacts_owner_post_idx').on(t.ownerPostId),
    index('contacts_owner_idx').on(t.ownerId),
  ],
);

export const meetings = sqliteTable(
  'meetings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    kind: text('kind', { enum: meetingKinds }).notNull(),
    /** Calendar dates as YYYY-MM-DD: a meeting happens on a day where it took place, not at an instant. */
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    summary: text('summary'),
    outcome: text('outcome'),
    /** The readout (press release, e-mail body) the meeting was logged from, as pasted: its source. */
    sourceText: text('source_text'),
    confidentiality: text('confidentiality', { enum: confidentialityLevels }).notNull().default('normal'),
    createdById: integer('created_by_id')
      .notNull()
      .references(() => users.id),
    version: integer('version').notNull().default(1),
    /** Soft delete: the record stays for the audit trail, hidden from every list. */
    deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }),
    deletedById: integer('deleted_by_id').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    check('meetings_dates', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
    // The meetings list: newest first, keyset-paginated on (start_date, id).
    index('meetings_start_date_idx').on(t.startDate, t.id),
    // The list filtered by kind, still newest first: reads one kind instead of every meeting.
    index('meetings_kind_start_date_idx').on(t.kind, t.startDate, t.id),
    // "Meetings I created" and the visibility rule for restricted meetings.
    index('meetings_created_by_idx').on(t.createdById),
    // The dashboard's restricted scope: (confidentiality, rowid) answers "is meeting N restricted?".
    index('meetings_confidentiality_idx').on(t.confidentiality),
  ],
);

/** Where a meeting took place; a visit can span several cities. */
export const meetingPlaces = sqliteTable(
  'meeting_places',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    city: text('city').notNull(),
    countryCode: text('country_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.position] })],
);

export const meetingCountries = sqliteTable(
  'meeting_countries',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    countryCode: text('country_code').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.countryCode] }),
    // Filter by partner country; per-country pages and dashboard.
    index('meeting_countries_country_idx').on(t.countryCode, t.meetingId),
  ],
);

/** Our side: the users who attended. */
export const meetingAttendees = sqliteTable(
  'meeting_attendees',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    /** The post the attendee held on the meeting's day, if any: who was there, and in which capacity. */
    postId: integer('post_id').references((): AnySQLiteColumn => posts.id),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.userId] }),
    // A post's meetings (its brief's last twelve months).
    index('meeting_attendees_post_idx').on(t.postId, t.meetingId),
    // Filter by attendee, and the visibility rule "attendees see restricted meetings".
    index('meeting_attendees_user_idx').on(t.userId, t.meetingId),
  ],
);

/** Their side: the counterparts met. */
export const meetingContacts = sqliteTable(
  'meeting_contacts',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    contactId: integer('contact_id')
      .notNull()
      .references(() => contacts.id),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.contactId] }),
    // A contact's meetings; search by counterpart name.
    index('meeting_contacts_contact_idx').on(t.contactId, t.meetingId),
  ],
);

export const meetingAreas = sqliteTable(
  'meeting_areas',
  {
    meetingId: integer('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    areaId: integer('area_id')
      .notNull()
      .references(() => cooperationAreas.id),
    outcome: text('outcome', { enum: areaOutcomes }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.areaId] }),
    // Filter by cooperation area.
    index('meeting_areas_area_idx').on(t.areaId, t.outcome, t.meetingId),
    // Dashboard: every agreed area, by meeting.
    index('meeting_areas_outcome_idx').on(t.outcome, t.meetingId, t.areaId),
  ],
);

/**
 * How many live (not deleted) meetings with each partner country agreed each cooperation area, by
 * the meetings' confidentiality: what the dashboard's agreed areas read. Written only by the
 * triggers of migration 0013 as meetings and their links change, never by the app (decision 0007).
 */
export const countryAgreedAreas = sqliteTable(
  'country_agreed_areas',
  {
    countryCode: text('country_code').notNull(),
    areaId: integer('area_id').notNull(),
    confidentiality: text('confidentiality', { enum: confidentialityLevels }).notNull(),
    meetings: integer('meetings').notNull(),
  },
  (t) => [primaryKey({ columns: [t.countryCode, t.areaId, t.confidentiality] })],
);

/**
 * How many open (or in-progress) follow-ups each partner country has, by who committed: what the
 * dashboard's per-country commitments read for everyone's records. Written only by the triggers of
 * migration 0016 as follow-ups change, never by the app (decision 0007).
 */
export const countryOpenFollowUps = sqliteTable(
  'country_open_follow_ups',
  {
    countryCode: text('country_code').notNull(),
    committedBy: text('committed_by', { enum: commitmentSides }).notNull(),
    followUps: integer('follow_ups').notNull(),
  },
  (t) => [primaryKey({ columns: [t.countryCode, t.committedBy] })],
);

/**
 * An active follow-up (lib/meetings.ts activeFollowUpStatuses) in SQL, in the two spellings the
 * indexes are written in: SQLite uses an index only for a query that repeats its very text, with
 * the statuses written out (bound parameters would not be).
 * - `isActive`: the condition of the partial index follow_ups_open_meeting_idx, and a range of the
 *   statuses in the others;
 * - `isClosed`: the first expression of follow_ups_urgency_idx (active first), so that a list of
 *   active ones, `isClosed(...) = 0`, reads that index in order and stops at its page, where
 *   `isActive` made SQLite gather every match and sort them (an officer's overdue list: 200 ms at
 *   500k follow-ups; 0.1 ms so).
 */
const written = (values: readonly string[]) => sql.raw(`(${values.map((value) => `'${value}'`).join(', ')})`);
export const isActive = (status: SQLiteColumn) => sql`${status} in ${written(activeFollowUpStatuses)}`;
export const isClosed = (status: SQLiteColumn) => sql`${status} in ${written(closedFollowUpStatuses)}`;

/** A commitment made at (or after) a meeting, tracked to closure. */
export const followUps = sqliteTable(
  'follow_ups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    details: text('details'),
    countryCode: text('country_code').notNull(),
    /** Optional: some commitments come from a call or an e-mail. */
    meetingId: integer('meeting_id').references(() => meetings.id),
    committedBy: text('committed_by', { enum: commitmentSides }).notNull(),
    /** Required when the commitment is ours or joint; the partner's may have no owner here. */
    ownerId: integer('owner_id').references(() => users.id),
    /** Set when a post owns it: then `ownerId` is the post's holder, moved by each handover. */
    ownerPostId: integer('owner_post_id').references((): AnySQLiteColumn => posts.id),
    dueDate: text('due_date'),
    status: text('status', { enum: followUpStatuses }).notNull().default('open'),
    cancelReason: text('cancel_reason'),
    areaId: integer('area_id').references(() => cooperationAreas.id),
    createdById: integer('created_by_id')
      .notNull()
      .references(() => users.id),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    // Home: my open follow-ups by due date.
    index('follow_ups_owner_status_due_idx').on(t.ownerId, t.status, t.dueDate),
    // Review queue: overdue / due soon / stale across the mission.
    index('follow_ups_status_due_idx').on(t.status, t.dueDate),
    // Per-country views and the dashboard, covering: the per-country counts never read the table.
    index('follow_ups_country_status_idx').on(t.countryCode, t.status, t.dueDate, t.committedBy, t.meetingId),
    // A meeting's follow-ups; the visibility rule joins through the meeting.
    index('follow_ups_meeting_idx').on(t.meetingId),
    // What a post owns: its home section, review filter, handover and brief.
    index('follow_ups_owner_post_idx').on(t.ownerPostId, t.status),
    // The open follow-ups of a few meetings, covering: what an officer's figures take away from
    // everyone's (the meetings that are not normal) and add (their own restricted ones).
    index('follow_ups_open_meeting_idx').on(t.meetingId, t.status, t.countryCode, t.dueDate, t.committedBy).where(isActive(t.status)),
    // Dashboard chart: follow-ups opened per month (covering, with the meeting for visibility).
    index('follow_ups_created_at_idx').on(t.createdAt, t.meetingId),
    // Lists in the order people work them: active first, then overdue first, undated last
    // (the exact ORDER BY expressions of db/follow-ups.ts, so a page reads 25 rows, not 500,000).
    index('follow_ups_urgency_idx').on(isClosed(t.status), sql`${t.dueDate} is null`, t.dueDate, t.id),
    // The same order within one status: a list of done ones otherwise walked all 130,000 active first.
    // Covering for the review queue's counts too (dates, owner, side, meeting for visibility).
    index('follow_ups_status_urgency_idx').on(t.status, sql`${t.dueDate} is null`, t.dueDate, t.id, t.updatedAt, t.ownerId, t.committedBy, t.meetingId),
  ],
);

/** Append-only history of a follow-up: notes, status, owner and due-date changes. */
export const followUpEvents = sqliteTable(
  'follow_up_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    followUpId: integer('follow_up_id')
      .notNull()
      .references(() => followUps.id),
    at: integer('at', { mode: 'timestamp_ms' })
      .notNull()
      .$defaultFn(() => new Date()),
    actorId: integer('actor_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind', { enum: ['created', 'note', 'status', 'owner', 'due-date'] }).notNull(),
    fromValue: text('from_value'),
    toValue: text('to_value'),
    note: text('note'),
  },
  (t) => [
    // The log of one follow-up, in order.
    index('follow_up_events_follow_up_idx').on(t.followUpId, t.at),
    // Dashboard chart: follow-ups closed per month (covering).
    index('follow_up_events_kind_at_idx').on(t.kind, t.at, t.toValue, t.followUpId),
  ],
);

/**
 * A position at the mission ("Economic counsellor"): it outlasts the people who hold it. Follow-ups
 * and contacts may belong to a post, and then go to each new holder at a handover.
 */
export const posts = sqliteTable('posts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  title: text('title').notNull(),
  /** The title in French; null when it is written the same. */
  titleFr: text('title_fr'),
  section: text('section'),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

/** The partner countries a post covers. */
export const postCountries = sqliteTable(
  'post_countries',
  {
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    countryCode: text('country_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.countryCode] })],
);

/** The cooperation areas a post covers. */
export const postAreas = sqliteTable(
  'post_areas',
  {
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    areaId: integer('area_id')
      .notNull()
      .references(() => cooperationAreas.id),
  },
  (t) => [primaryKey({ columns: [t.postId, t.areaId] })],
);

/**
 * Who held a post, from which day to which (both calendar days, inclusive; `toDate` null while they
 * hold it). A post with no current row is vacant; an interim holds it until the next holder.
 */
export const postHolders = sqliteTable(
  'post_holders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date'),
    interim: integer('interim', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    check('post_holders_dates', sql`${t.toDate} is null or ${t.toDate} >= ${t.fromDate}`),
    // A post's holders over time, and its holder on a given day.
    index('post_holders_post_idx').on(t.postId, t.fromDate),
    // The posts a person holds (home, a meeting's attendees).
    index('post_holders_user_idx').on(t.userId, t.toDate),
  ],
);

/**
 * A post handed from its leaving holder to a successor or an interim, from a day. The items are
 * what changed hands; the leaving holder's notes and the successor's acknowledgements are kept on
 * them, and the counts before and after prove that nothing was lost.
 */
export const handovers = sqliteTable(
  'handovers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id),
    /** Null when the post was vacant. */
    fromUserId: integer('from_user_id').references(() => users.id),
    toUserId: integer('to_user_id')
      .notNull()
      .references(() => users.id),
    effectiveDate: text('effective_date').notNull(),
    interim: integer('interim', { mode: 'boolean' }).notNull().default(false),
    generalNote: text('general_note'),
    /** JSON: open follow-ups, contacts and meetings per post and per person, before and after. */
    counts: text('counts', { mode: 'json' }).$type<HandoverCounts>().notNull(),
    createdById: integer('created_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (t) => [index('handovers_post_idx').on(t.postId, t.effectiveDate), index('handovers_to_user_idx').on(t.toUserId)],
);
export type HandoverTally = { followUps: number; contacts: number; meetings: number };
export type HandoverCounts = { before: Record<string, HandoverTally>; after: Record<string, HandoverTally> };

/** One follow-up or contact that changed hands: with the post, or reassigned from the leaving holder's own. */
export const handoverItems = sqliteTable(
  'handover_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    handoverId: integer('handover_id')
      .notNull()
      .references(() => handovers.id),
    kind: text('kind', { enum: handoverItemKinds }).notNull(),
    /** The follow-up's or the contact's id. */
    recordId: integer('record_id').notNull(),
    /** With the post, or from the leaving holder's own records. */
    withPost: integer('with_post', { mode: 'boolean' }).notNull(),
    note: text('note'),
    acknowledgedAt: integer('acknowledged_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('handover_items_unique').on(t.handoverId, t.kind, t.recordId)],
);

/**
 * A meeting or follow-up being written, kept on the server so that nothing typed is lost (a session
 * that ends, a refused save, a closed tab). Only its author ever reads it, whatever their role: a
 * draft of a restricted meeting is as private as the author's notebook. Never deleted but by its
 * author, or by saving the record it became.
 */
export const drafts = sqliteTable(
  'drafts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    form: text('form', { enum: draftForms }).notNull(),
    /** The record being edited (a meeting, a follow-up); null for a new one. */
    targetId: integer('target_id'),
    /** What the draft is listed as: the title typed so far. */
    label: text('label').notNull().default(''),
    /** JSON: the form's values, exactly as on screen. */
    payload: text('payload').notNull(),
    ...timestamps,
  },
  (t) => [
    // Home lists the user's drafts, newest first.
    index('drafts_user_updated_idx').on(t.userId, t.updatedAt),
    // One draft per user for a given record's form (editing a meeting, a note on a follow-up).
    uniqueIndex('drafts_user_form_target_unique').on(t.userId, t.form, t.targetId),
  ],
);

/** Failed sign-ins per account, per client and per pair of them, for throttling (lib/throttle.ts). Survives restarts. */
export const signInAttempts = sqliteTable('sign_in_attempts', {
  /** "account:<e-mail>", "client:<address>" or "pair:<e-mail>|<address>" (lib/throttle.ts). */
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStartedAt: integer('window_started_at').notNull(),
  lockedUntil: integer('locked_until').notNull().default(0),
});

/**
 * The tables whose writes `cachedUntilChangeOf` (db/cache.ts) follows one by one, so that a cached
 * figure waits only for the writes that can change it: a sign-in, an audit entry or a contact's new
 * phone number no longer recompute the dashboard. Triggers count every row written to each, by any
 * connection or process (migrations 0011 and 0012).
 */
export const watchedTables = [
  'meetings',
  'meeting_countries',
  'meeting_areas',
  'meeting_attendees',
  'meeting_contacts',
  'meeting_places',
  'follow_ups',
  'follow_up_events',
  'cooperation_areas',
  'contacts',
  'organisations',
  'users',
  'posts',
] as const;
/**
 * Not a table but a part of one, counted the same way (migration 0014): meetings' confidentiality,
 * moved only when the set of meetings that are not normal changes (one logged, deleted, or its
 * confidentiality changed). What an officer's normal scope leaves out depends on that set alone,
 * so the normal scope's follow-up figures wait for it rather than for every meeting written.
 */
export const MEETING_CONFIDENTIALITY = 'meeting_confidentiality' as const;
/**
 * The follow-ups' history, counted the same way (migration 0015): moved by a write that can change
 * a month before the current one (a follow-up or closing dated outside it, a deletion, a follow-up
 * moved to another meeting or re-dated), not by a follow-up opened or closed now. A per-month chart
 * keeps its past months until it moves.
 */
export const FOLLOW_UP_HISTORY = 'follow_up_history' as const;
export type WatchedTable = (typeof watchedTables)[number] | typeof MEETING_CONFIDENTIALITY | typeof FOLLOW_UP_HISTORY;
/** The triggers of migrations 0011 and 0012 that keep the counts, by name. */
export const changeCountTriggers = watchedTables.flatMap((table) => ['insert', 'update', 'delete'].map((event) => `${table}_changes_${event}`));
/** The triggers of migration 0014 that keep meetings' confidentiality count. */
export const confidentialityCountTriggers = ['insert', 'update', 'delete'].map((event) => `meeting_confidentiality_changes_${event}`);
/** The triggers of migration 0015 that keep the follow-ups' history count. */
export const historyCountTriggers = ['follow_up', 'follow_up_event'].flatMap((row) =>
  ['insert', 'update', 'delete'].map((event) => `${row}_history_changes_${event}`),
);
/** Every trigger that keeps a write count (the generator sets them aside while it fills a mission). */
export const writeCountTriggers = [...changeCountTriggers, ...confidentialityCountTriggers, ...historyCountTriggers];

export const tableChanges = sqliteTable('table_changes', {
  tableName: text('table_name', { enum: [...watchedTables, MEETING_CONFIDENTIALITY, FOLLOW_UP_HISTORY] }).primaryKey(),
  changes: integer('changes').notNull().default(0),
});
