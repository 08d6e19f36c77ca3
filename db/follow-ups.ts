import 'server-only';
import { and, asc, count, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { addDays } from '../lib/dates';
import { Conflict, NotFound, RuleViolation } from '../lib/errors';
import { type CommitmentSide, type FollowUpStatus, type ReviewSection, reviewSections } from '../lib/follow-ups';
import { can } from '../lib/policy';
import type { FollowUpInput } from '../lib/schemas/follow-ups';
import { diff, recordAuditEvent } from './audit';
import { cachedUntilChangeOf } from './cache';
import { getDb } from './client';
import type { Database, Executor, Transaction } from './connection';
import { ownersWhoCannotSee } from './meetings';
import { resolveOwner } from './post-holders';
import { missionToday } from './settings';
import { cooperationAreas, followUpEvents, followUps, isActive, isClosed, meetings, users } from './schema';
import type { Viewer } from '../lib/policy';
import { visibleFollowUps, visibleMeetings } from './visibility';

type WithDb = { db?: Database };

/** Active, in the urgency order's terms (see isClosed): a page of active follow-ups reads its index in order. */
const ACTIVE = sql`(${isClosed(followUps.status)}) = 0`;

const owner = sql<string | null>`(select u.name from users u where u.id = "follow_ups"."owner_id")`;
/** Null for a deleted meeting: its title is not shown through its follow-ups. */
const meetingTitle = sql<string | null>`(select m.title from meetings m where m.id = "follow_ups"."meeting_id" and m.deleted_at is null)`;

const listColumns = {
  id: followUps.id,
  title: followUps.title,
  countryCode: followUps.countryCode,
  committedBy: followUps.committedBy,
  ownerId: followUps.ownerId,
  ownerName: owner,
  ownerPostId: followUps.ownerPostId,
  ownerPostTitle: sql<string | null>`(select p.title from posts p where p.id = "follow_ups"."owner_post_id")`,
  createdById: followUps.createdById,
  dueDate: followUps.dueDate,
  status: followUps.status,
  meetingId: followUps.meetingId,
  meetingTitle,
  updatedAt: followUps.updatedAt,
  version: followUps.version,
};

export type FollowUpListItem = {
  id: number;
  title: string;
  countryCode: string;
  committedBy: CommitmentSide;
  ownerId: number | null;
  ownerName: string | null;
  ownerPostId: number | null;
  ownerPostTitle: string | null;
  createdById: number;
  dueDate: string | null;
  status: FollowUpStatus;
  meetingId: number | null;
  meetingTitle: string | null;
  updatedAt: Date;
  version: number;
};

/**
 * Active before closed, then overdue first, by due date, undated last. The exact expressions of
 * follow_ups_urgency_idx, so that a page of the most urgent is read off the index in order.
 */
const byUrgency = [isClosed(followUps.status), sql`${followUps.dueDate} is null`, asc(followUps.dueDate), asc(followUps.id)];
/**
 * Overdue first, undated last: byUrgency where every row has the same status group (one status, or
 * active ones only), so its first term adds nothing. Without it, the order is that of the rest of
 * follow_ups_urgency_idx (active) or of follow_ups_status_urgency_idx (one status), read in order.
 */
const BY_DUE_DATE = byUrgency.slice(1);
const urgencyOrder = (filters: FollowUpFilters) => (filters.status || filters.section ? BY_DUE_DATE : byUrgency);

type OpenFollowUps = { rows: FollowUpListItem[]; total: number };

/** The most urgent active follow-ups matching `condition`, and how many there are in all, kept (per viewer) until a write to what they show. */
function openFollowUps(db: Database, viewer: Viewer, key: string, condition: SQL, limit: number): OpenFollowUps {
  return cachedUntilChangeOf(db, `open-follow-ups:${key}:${viewer.id}:${viewer.role}:${limit}`, () => {
    const where = and(condition, ACTIVE, visibleFollowUps(viewer));
    const rows = db
      .select(listColumns)
      .from(followUps)
      .where(where)
      .orderBy(...BY_DUE_DATE)
      .limit(limit)
      .all();
    const total = rows.length < limit ? rows.length : countActive(db, viewer, condition);
    return { rows, total };
  });
}

/** How many active follow-ups matching `condition` the viewer may see. */
function countActive(db: Database, viewer: Viewer, condition: SQL): number {
  return (
    db
      .select({ n: count() })
      .from(followUps)
      .where(and(condition, ACTIVE, visibleFollowUps(viewer)))
      .get()?.n ?? 0
  );
}

/**
 * The viewer's own open follow-ups, those no post owns: every officer's home page. Counting a busy
 * officer's hundreds of open follow-ups, each checked against its meeting's visibility, is most of
 * the page's SQL.
 */
export function listMyOpenFollowUps({ viewer, limit = 100, db = getDb() }: { viewer: Viewer; limit?: number } & WithDb): OpenFollowUps {
  return openFollowUps(db, viewer, 'mine', and(eq(followUps.ownerId, viewer.id), isNull(followUps.ownerPostId))!, limit);
}

/** A post's open follow-ups, as the viewer may see them: its holder's home page. */
export function listPostOpenFollowUps({
  viewer,
  postId,
  limit = 100,
  db = getDb(),
}: { viewer: Viewer; postId: number; limit?: number } & WithDb): OpenFollowUps {
  return openFollowUps(db, viewer, `post:${postId}`, eq(followUps.ownerPostId, postId), limit);
}

/** How many of a brief's follow-ups it lists in each part. */
const BRIEF_PART = 8;

/**
 * A country's open follow-ups as a brief puts them, what is urgent first: those due in the next 14
 * days, those overdue for at most 90 days, and how many are due later, overdue for
 * longer or have no due date, which the brief counts and links to rather than lists.
 */
export function briefFollowUps({ viewer, countryCode, today, db = getDb() }: { viewer: Viewer; countryCode: string; today: string } & WithDb) {
  const country = eq(followUps.countryCode, countryCode);
  const key = `brief:${countryCode}:${today}`;
  const longAgo = addDays(today, -90);
  const rows = (part: string, where: SQL) => openFollowUps(db, viewer, `${key}:${part}`, and(country, where)!, BRIEF_PART);
  const counted = (part: string, where: SQL) =>
    cachedUntilChangeOf(db, `brief-count:${key}:${part}:${viewer.id}:${viewer.role}`, () => countActive(db, viewer, and(country, where)!));
  return {
    dueSoon: rows('due-soon', sql`${followUps.dueDate} between ${today} and ${addDays(today, 14)}`),
    recentlyOverdue: rows('recently-overdue', sql`${followUps.dueDate} between ${longAgo} and ${addDays(today, -1)}`),
    longOverdue: counted('long-overdue', sql`${followUps.dueDate} < ${longAgo}`),
    dueLater: counted('due-later', sql`${followUps.dueDate} > ${addDays(today, 14)}`),
    undated: counted('undated', sql`${followUps.dueDate} is null`),
  };
}

export type FollowUpFilters = {
  ownerId?: number | 'none';
  /** What a post owns. */
  postId?: number;
  countryCode?: string;
  status?: FollowUpStatus;
  meetingId?: number;
  section?: ReviewSection;
};

/** `today` places the review sections (overdue, due soon, no update for 30 days). */
function filterConditions(filters: FollowUpFilters, today: string) {
  return [
    filters.section ? and(ACTIVE, reviewConditions(today)[filters.section]) : undefined,
    // Unowned is common (a partner's commitments have no owner of ours): walking the list in order
    // finds a page at once, where the owner index (`+` keeps SQLite off it) gave 60,000 rows to sort.
    filters.ownerId === 'none' ? sql`+${followUps.ownerId} is null` : filters.ownerId ? eq(followUps.ownerId, filters.ownerId) : undefined,
    filters.postId ? eq(followUps.ownerPostId, filters.postId) : undefined,
    filters.countryCode ? eq(followUps.countryCode, filters.countryCode) : undefined,
    filters.status ? eq(followUps.status, filters.status) : undefined,
    filters.meetingId ? eq(followUps.meetingId, filters.meetingId) : undefined,
  ];
}

export function listFollowUps({
  viewer,
  filters = {},
  today,
  limit = 200,
  offset = 0,
  db = getDb(),
}: { viewer: Viewer; filters?: FollowUpFilters; today?: string; limit?: number; offset?: number } & WithDb): FollowUpListItem[] {
  return db
    .select(listColumns)
    .from(followUps)
    .where(and(visibleFollowUps(viewer), ...filterConditions(filters, today ?? missionToday({ db }))))
    .orderBy(...urgencyOrder(filters))
    .limit(limit)
    .offset(offset)
    .all();
}

export type ReviewItem = FollowUpListItem & { overdue: boolean; dueSoon: boolean; unassigned: boolean; stale: boolean };

/** What puts an active follow-up in the manager's queue: overdue, due within 14 days, no owner of ours, no update for 30 days. */
function reviewConditions(today: string): Record<ReviewSection, SQL<number>> {
  const staleBefore = Date.parse(`${today}T00:00:00Z`) - 30 * 86_400_000;
  return {
    overdue: sql<number>`(${followUps.dueDate} < ${today})`,
    dueSoon: sql<number>`(${followUps.dueDate} between ${today} and ${addDays(today, 14)})`,
    // The status again, in the owner index's own terms: the unowned active rows are read from that index, not every unowned one.
    unassigned: sql<number>`(${followUps.ownerId} is null and ${isActive(followUps.status)} and ${followUps.committedBy} != 'partner')`,
    stale: sql<number>`(${followUps.updatedAt} < ${staleBefore})`,
  };
}

/**
 * The rows of a list in its urgency order (byUrgency, or BY_DUE_DATE when `byStatusGroup` is
 * false), in batches for a CSV: each part of the order (active or closed, dated or not) is read
 * on from where the last batch ended, a seek into the urgency indexes, never a walk past the rows
 * already sent (as an offset would be, 400 times over for 100k rows).
 */
function* inUrgencyOrder<T extends { id: number; dueDate: string | null }>({
  read,
  byStatusGroup,
  limit,
  batch,
}: {
  read: (where: SQL, order: SQL[], limit: number) => T[];
  byStatusGroup: boolean;
  limit: number;
  batch: number;
}): Generator<T[]> {
  let left = limit;
  for (const closed of byStatusGroup ? [0, 1] : [undefined]) {
    for (const undated of [0, 1]) {
      let last: T | undefined;
      while (left > 0) {
        const wanted = Math.min(batch, left);
        const where = and(
          // The indexes' own expressions, so that SQLite seeks to each part.
          closed === undefined ? undefined : sql`(${isClosed(followUps.status)}) = ${closed}`,
          sql`(${followUps.dueDate} is null) = ${undated}`,
          // Undated: "is null" again, an equality SQLite can seek on, so the index is in id order there.
          undated
            ? and(sql`${followUps.dueDate} is null`, last && sql`${followUps.id} > ${last.id}`)
            : last && sql`(${followUps.dueDate}, ${followUps.id}) > (${last.dueDate}, ${last.id})`,
        )!;
        const rows = read(where, undated ? [asc(followUps.id)] : [asc(followUps.dueDate), asc(followUps.id)], wanted);
        if (rows.length) yield rows;
        left -= rows.length;
        if (rows.length < wanted) break;
        last = rows.at(-1);
      }
    }
  }
}

/** The follow-ups list as a CSV reads it: every match, in the list's order, in batches (see exportMeetings). */
export function* exportFollowUps({
  viewer,
  filters = {},
  today,
  limit = 100_000,
  batch = 250,
  db = getDb(),
}: { viewer: Viewer; filters?: FollowUpFilters; today?: string; limit?: number; batch?: number } & WithDb): Generator<FollowUpListItem[]> {
  const matching = and(visibleFollowUps(viewer), ...filterConditions(filters, today ?? missionToday({ db })));
  yield* inUrgencyOrder({
    byStatusGroup: urgencyOrder(filters) === byUrgency,
    limit,
    batch,
    read: (where, order, wanted) =>
      db
        .select(listColumns)
        .from(followUps)
        .where(and(matching, where))
        .orderBy(...order)
        .limit(wanted)
        .all(),
  });
}

/** The whole review queue, for the CSV, in batches; each row says which of the four it is. */
export function* exportReviewQueue({
  viewer,
  today,
  filters = {},
  limit = 100_000,
  batch = 250,
  db = getDb(),
}: { viewer: Viewer; today: string; filters?: FollowUpFilters; limit?: number; batch?: number } & WithDb): Generator<ReviewItem[]> {
  const flags = reviewConditions(today);
  const matching = and(
    ACTIVE,
    visibleFollowUps(viewer),
    sql`(${flags.overdue} or ${flags.dueSoon} or ${flags.unassigned} or ${flags.stale})`,
    ...filterConditions(filters, today),
  );
  const batches = inUrgencyOrder({
    byStatusGroup: false,
    limit,
    batch,
    read: (where, order, wanted) =>
      db
        .select({ ...listColumns, ...flags })
        .from(followUps)
        .where(and(matching, where))
        .orderBy(...order)
        .limit(wanted)
        .all(),
  });
  for (const rows of batches)
    yield rows.map((row) => ({ ...row, overdue: !!row.overdue, dueSoon: !!row.dueSoon, unassigned: !!row.unassigned, stale: !!row.stale }));
}

/**
 * The queue page: per section, how many follow-ups are in it and the `perSection` most urgent.
 * The same for every manager (they see every follow-up), so kept until a write to what it shows.
 */
export function reviewQueueSections({
  viewer,
  today,
  filters = {},
  perSection = 50,
  db = getDb(),
}: { viewer: Viewer; today: string; filters?: FollowUpFilters; perSection?: number } & WithDb) {
  const compute = () => {
    const conditions = reviewConditions(today);
    const where = and(ACTIVE, visibleFollowUps(viewer), ...filterConditions(filters, today));
    const counts = db
      .select(
        Object.fromEntries(reviewSections.map((section) => [section, sql<number>`coalesce(sum(${conditions[section]}), 0)`])) as Record<
          ReviewSection,
          SQL<number>
        >,
      )
      .from(followUps)
      .where(and(isActive(followUps.status), visibleFollowUps(viewer), ...filterConditions(filters, today)))
      .get()!;
    return Object.fromEntries(
      reviewSections.map((section) => [
        section,
        {
          count: Number(counts[section]),
          items: db
            .select(listColumns)
            .from(followUps)
            .where(and(where, conditions[section]))
            .orderBy(...BY_DUE_DATE)
            .limit(perSection)
            .all(),
        },
      ]),
    ) as Record<ReviewSection, { count: number; items: FollowUpListItem[] }>;
  };
  return can(viewer, 'meeting:view-restricted:any') ? cachedUntilChangeOf(db, `review:${today}:${perSection}:${JSON.stringify(filters)}`, compute) : compute();
}

function findFollowUp(db: Executor, viewer: Viewer, id: number) {
  return db
    .select({
      ...listColumns,
      details: followUps.details,
      cancelReason: followUps.cancelReason,
      areaId: followUps.areaId,
      areaName: cooperationAreas.name,
      createdAt: followUps.createdAt,
    })
    .from(followUps)
    .leftJoin(cooperationAreas, eq(cooperationAreas.id, followUps.areaId))
    .where(and(eq(followUps.id, id), visibleFollowUps(viewer)))
    .get();
}

export type FollowUpDetail = NonNullable<ReturnType<typeof findFollowUp>> & {
  events: { id: number; at: Date; actorName: string; kind: string; fromValue: string | null; toValue: string | null; note: string | null }[];
};

export function getFollowUp({ viewer, id, db = getDb() }: { viewer: Viewer; id: number } & WithDb): FollowUpDetail {
  const followUp = findFollowUp(db, viewer, id);
  if (!followUp) throw new NotFound('This follow-up does not exist or you cannot see it.');
  const events = db
    .select({
      id: followUpEvents.id,
      at: followUpEvents.at,
      actorName: users.name,
      kind: followUpEvents.kind,
      fromValue: followUpEvents.fromValue,
      toValue: followUpEvents.toValue,
      note: followUpEvents.note,
    })
    .from(followUpEvents)
    .innerJoin(users, eq(users.id, followUpEvents.actorId))
    .where(eq(followUpEvents.followUpId, id))
    .orderBy(asc(followUpEvents.at), asc(followUpEvents.id))
    .all();
  return { ...followUp, events };
}

/** Owner or creator: what makes a follow-up the viewer's own for the update rule. */
export function isOwnFollowUp(viewer: Viewer, followUp: { ownerId: number | null; createdById: number }): boolean {
  return followUp.ownerId === viewer.id || followUp.createdById === viewer.id;
}

/** An owner is an active colleague who may see the follow-up's meeting (lib/policy.ts mayOwnFollowUpOf). */
function checkOwner(tx: Executor, ownerId: number | null, meetingId: number | null) {
  if (ownerId === null) return;
  const active = tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, ownerId), eq(users.active, true)))
    .get();
  if (!active) throw new RuleViolation('Choose the owner among the active colleagues.', { ownerId: ['Choose the owner among the active colleagues.'] });
  const [unseeing] = meetingId === null ? [] : ownersWhoCannotSee(tx, meetingId, [ownerId]);
  if (unseeing) {
    const message = `${unseeing} may not see this restricted meeting, so the follow-up would show nowhere for them. Choose someone who wrote or attended it, or a manager.`;
    throw new RuleViolation(message, { ownerId: [message] });
  }
}

/** Inside the caller's transaction (the log-meeting form adds its follow-ups with the meeting). */
export function insertFollowUps(
  tx: Transaction,
  viewer: Viewer,
  items: (Omit<FollowUpInput, 'details' | 'areaId' | 'meetingId'> & Partial<Pick<FollowUpInput, 'details' | 'areaId'>>)[],
  meetingId: number | null,
): number[] {
  return items.map((given) => {
    const item = { ...given, ...resolveOwner(tx, given) };
    checkOwner(tx, item.ownerId, meetingId);
    if (item.areaId && !tx.select({ id: cooperationAreas.id }).from(cooperationAreas).where(eq(cooperationAreas.id, item.areaId)).get()) {
      throw new RuleViolation('This cooperation area does not exist.', { areaId: ['This cooperation area does not exist.'] });
    }
    const { id } = tx
      .insert(followUps)
      .values({ ...item, details: item.details ?? null, areaId: item.areaId ?? null, meetingId, createdById: viewer.id })
      .returning({ id: followUps.id })
      .get();
    tx.insert(followUpEvents)
      .values({ followUpId: id, actorId: viewer.id, kind: 'created', toValue: item.ownerId ? String(item.ownerId) : null })
      .run();
    recordAuditEvent(tx, {
      actorId: viewer.id,
      action: 'follow-up.create',
      entityType: 'follow_up',
      entityId: id,
      changes: diff({} as Record<string, unknown>, { ...item, meetingId }),
    });
    return id;
  });
}

export function createFollowUp({
  viewer,
  input,
  andThen,
  db = getDb(),
}: { viewer: Viewer; input: FollowUpInput; andThen?: (tx: Transaction) => void } & WithDb): number {
  return db.transaction(
    (tx) => {
      if (
        input.meetingId &&
        !tx
          .select({ id: meetings.id })
          .from(meetings)
          .where(and(eq(meetings.id, input.meetingId), visibleMeetings(viewer)))
          .get()
      ) {
        throw new NotFound('This meeting does not exist or you cannot see it.');
      }
      const id = insertFollowUps(tx, viewer, [input], input.meetingId)[0]!;
      andThen?.(tx);
      return id;
    },
    { behavior: 'immediate' },
  );
}

const stale = () =>
  new Conflict('Someone else updated this follow-up after you loaded it. Nothing was changed: reload to see the latest state, then try again.');

/**
 * One change to a follow-up, if it is still at `version`: the row update, its log entry and its
 * audit event commit together or not at all.
 */
function changeFollowUp(
  db: Database,
  {
    viewer,
    id,
    version,
    set,
    event,
    isNoChange,
    check,
  }: {
    viewer: Viewer;
    id: number;
    version: number;
    set: Partial<{ status: FollowUpStatus; cancelReason: string | null; ownerId: number | null; ownerPostId: number | null; dueDate: string | null }>;
    event: (
      before: NonNullable<ReturnType<typeof findFollowUp>>,
    ) => { kind: 'note' | 'status' | 'owner' | 'due-date'; fromValue?: string | null; toValue?: string | null; note?: string | null }[];
    /** A request that would change nothing: no log entry, no audit event, no new version. */
    isNoChange?: (before: NonNullable<ReturnType<typeof findFollowUp>>) => boolean;
    /** Refuses the change (throws) given the follow-up as it stands, inside the transaction. */
    check?: (tx: Transaction, before: NonNullable<ReturnType<typeof findFollowUp>>) => void;
  },
) {
  return db.transaction(
    (tx) => {
      const before = findFollowUp(tx, viewer, id);
      if (!before) throw new NotFound('This follow-up does not exist or you cannot see it.');
      if (before.version !== version) throw stale();
      if (isNoChange?.(before)) return { version };
      check?.(tx, before);
      const changed = tx
        .update(followUps)
        .set({ ...set, version: sql`${followUps.version} + 1`, updatedAt: new Date() })
        .where(and(eq(followUps.id, id), eq(followUps.version, version)))
        .run().changes;
      if (changed === 0) throw stale();
      const entries = event(before);
      if (entries.length)
        tx.insert(followUpEvents)
          .values(entries.map((entry) => ({ followUpId: id, actorId: viewer.id, ...entry })))
          .run();
      recordAuditEvent(tx, {
        actorId: viewer.id,
        action: `follow-up.${entries[0]?.kind ?? 'update'}`,
        entityType: 'follow_up',
        entityId: id,
        changes: diff(before, set),
      });
      return { version: version + 1 };
    },
    { behavior: 'immediate' },
  );
}

export function changeFollowUpStatus({
  viewer,
  id,
  version,
  status,
  reason,
  note,
  db = getDb(),
}: { viewer: Viewer; id: number; version: number; status: FollowUpStatus; reason?: string | null; note?: string | null } & WithDb) {
  return changeFollowUp(db, {
    viewer,
    id,
    version,
    set: { status, cancelReason: status === 'cancelled' ? (reason ?? null) : null },
    event: (before) => [{ kind: 'status', fromValue: before.status, toValue: status, note: status === 'cancelled' ? reason : note }],
  });
}

export function addFollowUpNote({
  viewer,
  id,
  note,
  andThen,
  db = getDb(),
}: { viewer: Viewer; id: number; note: string; andThen?: (tx: Transaction) => void } & WithDb) {
  db.transaction(
    (tx) => {
      const before = findFollowUp(tx, viewer, id);
      if (!before) throw new NotFound('This follow-up does not exist or you cannot see it.');
      // A note counts as an update: it takes the follow-up off the "stale" list.
      tx.update(followUps).set({ updatedAt: new Date() }).where(eq(followUps.id, id)).run();
      tx.insert(followUpEvents).values({ followUpId: id, actorId: viewer.id, kind: 'note', note }).run();
      recordAuditEvent(tx, { actorId: viewer.id, action: 'follow-up.note', entityType: 'follow_up', entityId: id, changes: { note: [null, note] } });
      andThen?.(tx);
    },
    { behavior: 'immediate' },
  );
}

export function changeFollowUpDueDate({
  viewer,
  id,
  version,
  dueDate,
  db = getDb(),
}: { viewer: Viewer; id: number; version: number; dueDate: string | null } & WithDb) {
  return changeFollowUp(db, { viewer, id, version, set: { dueDate }, event: (before) => [{ kind: 'due-date', fromValue: before.dueDate, toValue: dueDate }] });
}

export function reassignFollowUp({
  viewer,
  id,
  version,
  ownerId: givenOwnerId,
  ownerPostId: givenPostId = null,
  db = getDb(),
}: { viewer: Viewer; id: number; version: number; ownerId: number | null; ownerPostId?: number | null } & WithDb) {
  const { ownerId, ownerPostId } = resolveOwner(db, { ownerId: givenOwnerId, ownerPostId: givenPostId });
  return changeFollowUp(db, {
    viewer,
    id,
    version,
    set: { ownerId, ownerPostId },
    isNoChange: (before) => before.ownerId === ownerId && before.ownerPostId === ownerPostId,
    check: (tx, before) => checkOwner(tx, ownerId, before.meetingId),
    event: (before) => [
      {
        kind: 'owner',
        fromValue: before.ownerName,
        toValue: ownerId ? (db.select({ name: users.name }).from(users).where(eq(users.id, ownerId)).get()?.name ?? null) : null,
      },
    ],
  });
}

/** For the calendar feed: the user's open follow-ups that have a due date, as that user may see them. */
export function listCalendarFollowUps({ viewer, db = getDb() }: { viewer: Viewer } & WithDb) {
  return db
    .select({
      id: followUps.id,
      title: followUps.title,
      details: followUps.details,
      dueDate: followUps.dueDate,
      countryCode: followUps.countryCode,
      updatedAt: followUps.updatedAt,
    })
    .from(followUps)
    .where(and(eq(followUps.ownerId, viewer.id), ACTIVE, sql`${followUps.dueDate} is not null`, visibleFollowUps(viewer)))
    .orderBy(asc(followUps.dueDate))
    .all() as { id: number; title: string; details: string | null; dueDate: string; countryCode: string; updatedAt: Date }[];
}
