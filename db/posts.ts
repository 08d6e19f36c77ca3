import 'server-only';
import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { addDays } from '../lib/dates';
import { Conflict, NotFound, RuleViolation } from '../lib/errors';
import type { CommitmentSide } from '../lib/follow-ups';
import { type HandoverItemKind, ownerLabel } from '../lib/posts';
import { assertCan, can, canSeeHandover, canTakePartInHandover, type Viewer } from '../lib/policy';
import { Forbidden } from '../lib/errors';
import type { HandOverInput, PostInput } from '../lib/schemas/posts';
import { diff, recordAuditEvent } from './audit';
import { getDb } from './client';
import type { Database, Executor } from './connection';
import { ownersWhoCannotSee } from './meetings';
import { missionToday } from './settings';
import {
  contacts,
  followUpEvents,
  followUps,
  handoverItems,
  type HandoverCounts,
  handovers,
  type HandoverTally,
  isActive,
  meetingAttendees,
  meetings,
  organisations,
  postAreas,
  postCountries,
  postHolders,
  posts,
  users,
} from './schema';
import { visibleFollowUps } from './visibility';
import { currentHolding, heldOn } from './post-holders';

type WithDb = { db?: Database };
/** Reads that also run inside a write's transaction. */
type WithExecutor = { db?: Executor };

export type Holder = { userId: number; name: string; active: boolean; fromDate: string; toDate: string | null; interim: boolean };
export type Post = {
  id: number;
  title: string;
  /** The title in French, when it is written otherwise. */
  titleFr: string | null;
  section: string | null;
  version: number;
  countryCodes: string[];
  areaIds: number[];
  /** Who holds it today; null while it is vacant. */
  holder: Holder | null;
};

const holderColumns = {
  userId: postHolders.userId,
  name: users.name,
  active: users.active,
  fromDate: postHolders.fromDate,
  toDate: postHolders.toDate,
  interim: postHolders.interim,
};

export function listPosts({ viewer, db = getDb() }: { viewer: Viewer } & WithExecutor): Post[] {
  assertCan(viewer, 'post:view');
  const rows = db.select().from(posts).orderBy(asc(posts.title)).all();
  const countries = db.select().from(postCountries).orderBy(asc(postCountries.countryCode)).all();
  const areas = db.select().from(postAreas).all();
  const holders = db
    .select({ postId: postHolders.postId, ...holderColumns })
    .from(postHolders)
    .innerJoin(users, eq(users.id, postHolders.userId))
    .where(isNull(postHolders.toDate))
    .all();
  return rows.map((post) => {
    const holder = holders.find((h) => h.postId === post.id);
    return {
      id: post.id,
      title: post.title,
      titleFr: post.titleFr,
      section: post.section,
      version: post.version,
      countryCodes: countries.filter((c) => c.postId === post.id).map((c) => c.countryCode),
      areaIds: areas.filter((a) => a.postId === post.id).map((a) => a.areaId),
      holder: holder
        ? { userId: holder.userId, name: holder.name, active: holder.active, fromDate: holder.fromDate, toDate: null, interim: holder.interim }
        : null,
    };
  });
}

export function getPost({ viewer, id, db = getDb() }: { viewer: Viewer; id: number } & WithExecutor) {
  const post = listPosts({ viewer, db }).find((p) => p.id === id);
  if (!post) throw new NotFound('This post does not exist.');
  const holders = db
    .select(holderColumns)
    .from(postHolders)
    .innerJoin(users, eq(users.id, postHolders.userId))
    .where(eq(postHolders.postId, id))
    .orderBy(desc(postHolders.fromDate), desc(postHolders.id))
    .all();
  const handoverRows = db
    .select({
      id: handovers.id,
      effectiveDate: handovers.effectiveDate,
      fromUserId: handovers.fromUserId,
      toUserId: handovers.toUserId,
      interim: handovers.interim,
    })
    .from(handovers)
    .where(eq(handovers.postId, id))
    .orderBy(desc(handovers.effectiveDate), desc(handovers.id))
    .all();
  return { ...post, holders, handovers: handoverRows.filter((h) => canSeeHandover(viewer, h)) };
}

/**
 * The posts a record can be given to, those with a holder, labelled with their holder. `post` names a
 * post in the reader's language (server/format.ts `f.post`); without it, by the title as stored.
 */
export function ownablePosts({ viewer, post: name, db = getDb() }: { viewer: Viewer; post?: (title: string) => string } & WithExecutor) {
  if (!can(viewer, 'post:view')) return [];
  return listPosts({ viewer, db }).flatMap((post) =>
    post.holder ? [{ id: post.id, label: ownerLabel({ ownerName: post.holder.name, ownerPostTitle: post.title }, name)! }] : [],
  );
}

/** The posts `userId` holds on `day`, by title. */
export function postsHeldBy({ userId, day, db = getDb() }: { userId: number; day: string } & WithDb) {
  return db
    .select({ id: posts.id, title: posts.title, interim: postHolders.interim })
    .from(postHolders)
    .innerJoin(posts, eq(posts.id, postHolders.postId))
    .where(and(eq(postHolders.userId, userId), heldOn(day)))
    .orderBy(asc(posts.title))
    .all();
}

function checkReferences(tx: Executor, input: PostInput) {
  const duplicate = tx
    .select({ id: posts.id })
    .from(posts)
    .where(and(sql`lower(${posts.title}) = lower(${input.title})`, input.postId ? sql`${posts.id} != ${input.postId}` : undefined))
    .get();
  if (duplicate) throw new Conflict('Another post has this title.', { title: ['Another post has this title.'] });
}

function writeCoverage(tx: Executor, postId: number, input: PostInput) {
  tx.delete(postCountries).where(eq(postCountries.postId, postId)).run();
  tx.delete(postAreas).where(eq(postAreas.postId, postId)).run();
  if (input.countryCodes.length)
    tx.insert(postCountries)
      .values(input.countryCodes.map((countryCode) => ({ postId, countryCode })))
      .run();
  if (input.areaIds.length)
    tx.insert(postAreas)
      .values(input.areaIds.map((areaId) => ({ postId, areaId })))
      .run();
}

/** Creates a post (no `postId`) or saves one still at `version`. */
export function savePost({ viewer, input, db = getDb() }: { viewer: Viewer; input: PostInput } & WithDb): number {
  assertCan(viewer, 'post:manage');
  return db.transaction(
    (tx) => {
      checkReferences(tx, input);
      // A blank French title is none: the title is then written the same in both languages.
      const fields = { title: input.title, titleFr: input.titleFr?.trim() || null, section: input.section };
      const coverage = { countryCodes: input.countryCodes.join(', '), areaIds: input.areaIds.join(', ') };
      if (!input.postId) {
        const { id } = tx.insert(posts).values(fields).returning({ id: posts.id }).get();
        writeCoverage(tx, id, input);
        recordAuditEvent(tx, { actorId: viewer.id, action: 'post.create', entityType: 'post', entityId: id, changes: diff({}, { ...fields, ...coverage }) });
        return id;
      }
      const before = getPost({ viewer, id: input.postId, db: tx });
      const changed = tx
        .update(posts)
        .set({ ...fields, version: sql`${posts.version} + 1`, updatedAt: new Date() })
        .where(and(eq(posts.id, input.postId), eq(posts.version, input.version ?? 0)))
        .run().changes;
      if (!changed) throw new Conflict('Someone else changed this post after you loaded it. Reload to see it, then try again.');
      writeCoverage(tx, input.postId, input);
      recordAuditEvent(tx, {
        actorId: viewer.id,
        action: 'post.update',
        entityType: 'post',
        entityId: input.postId,
        changes: diff(
          {
            title: before.title,
            titleFr: before.titleFr,
            section: before.section,
            countryCodes: before.countryCodes.join(', '),
            areaIds: before.areaIds.join(', '),
          },
          { ...fields, ...coverage },
        ),
      });
      return input.postId;
    },
    { behavior: 'immediate' },
  );
}

/** Open follow-ups, contacts and meetings attended, of a post and of people: what a handover must not lose. */
function tally(db: Executor, postId: number, userIds: number[]): Record<string, HandoverTally> {
  const count = (table: typeof followUps | typeof contacts | typeof meetingAttendees, where: SQL | undefined) => {
    const query = db.select({ n: sql<number>`count(*)` }).from(table);
    // A meeting counts while it is not deleted; a follow-up while it is active.
    const joined = table === meetingAttendees ? query.innerJoin(meetings, and(eq(meetings.id, meetingAttendees.meetingId), isNull(meetings.deletedAt))) : query;
    return joined.where(table === followUps ? and(where, isActive(followUps.status)) : where).get()?.n ?? 0;
  };
  const of = (owner: { followUps: SQL; contacts: SQL; meetings: SQL }): HandoverTally => ({
    followUps: count(followUps, owner.followUps),
    contacts: count(contacts, owner.contacts),
    meetings: count(meetingAttendees, owner.meetings),
  });
  const result: Record<string, HandoverTally> = {
    post: of({ followUps: eq(followUps.ownerPostId, postId), contacts: eq(contacts.ownerPostId, postId), meetings: eq(meetingAttendees.postId, postId) }),
  };
  for (const userId of userIds) {
    result[`user:${userId}`] = of({
      followUps: eq(followUps.ownerId, userId),
      contacts: eq(contacts.ownerId, userId),
      meetings: eq(meetingAttendees.userId, userId),
    });
  }
  return result;
}

const followUpItemColumns = {
  id: followUps.id,
  title: followUps.title,
  countryCode: followUps.countryCode,
  committedBy: followUps.committedBy,
  dueDate: followUps.dueDate,
  status: followUps.status,
  meetingId: followUps.meetingId,
};
const contactItemColumns = { id: contacts.id, name: contacts.name, title: contacts.title, organisation: organisations.name, countryCode: contacts.countryCode };

/**
 * What handing `postId` over would move: the post's open follow-ups and contacts (they go with it),
 * and its holder's own (listed, to be reassigned in the same step), with the counts they make.
 */
export function handoverPreview({ viewer, postId, db = getDb() }: { viewer: Viewer; postId: number } & WithDb) {
  assertCan(viewer, 'post:hand-over');
  const post = getPost({ viewer, id: postId, db });
  const holderId = post.holder?.userId ?? null;
  const ofPost = {
    followUps: db
      .select(followUpItemColumns)
      .from(followUps)
      .where(and(eq(followUps.ownerPostId, postId), isActive(followUps.status)))
      .orderBy(asc(followUps.dueDate), asc(followUps.id))
      .all(),
    contacts: db
      .select(contactItemColumns)
      .from(contacts)
      .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
      .where(eq(contacts.ownerPostId, postId))
      .orderBy(asc(contacts.name))
      .all(),
  };
  const ofHolder =
    holderId === null
      ? { followUps: [], contacts: [] }
      : {
          followUps: db
            .select(followUpItemColumns)
            .from(followUps)
            .where(and(eq(followUps.ownerId, holderId), isNull(followUps.ownerPostId), isActive(followUps.status), visibleFollowUps(viewer)))
            .orderBy(asc(followUps.dueDate), asc(followUps.id))
            .all(),
          contacts: db
            .select(contactItemColumns)
            .from(contacts)
            .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
            .where(and(eq(contacts.ownerId, holderId), isNull(contacts.ownerPostId)))
            .orderBy(asc(contacts.name))
            .all(),
        };
  return { post, ofPost, ofHolder, counts: tally(db, postId, holderId === null ? [] : [holderId]) };
}

/**
 * Hands `postId` to its successor from `effectiveDate`, in one transaction: the holding changes, the
 * post's open follow-ups and contacts go to the successor, the leaving holder's own that were chosen
 * become the post's and go too, each recorded as an item of the handover, with the counts of
 * everything before and after and an audit event. Refused, with nothing changed, if the successor
 * could not see a follow-up that would become theirs.
 */
export function handOverPost({ viewer, input, db = getDb() }: { viewer: Viewer; input: HandOverInput } & WithDb): number {
  assertCan(viewer, 'post:hand-over');
  const today = missionToday({ db });
  return db.transaction(
    (tx) => {
      const post = tx.select({ id: posts.id, title: posts.title }).from(posts).where(eq(posts.id, input.postId)).get();
      if (!post) throw new NotFound('This post does not exist.');
      const current = currentHolding(tx, input.postId);
      const fromUserId = current?.userId ?? null;
      const successor = tx.select({ id: users.id, name: users.name, active: users.active }).from(users).where(eq(users.id, input.toUserId)).get();
      if (!successor?.active)
        throw new RuleViolation('Choose the successor among the active colleagues.', { toUserId: ['Choose the successor among the active colleagues.'] });
      if (successor.id === fromUserId)
        throw new RuleViolation(`${successor.name} already holds this post.`, { toUserId: [`${successor.name} already holds this post.`] });
      if (input.effectiveDate > today) {
        throw new RuleViolation('A handover takes effect today or on a past day: record it when it happens.', {
          effectiveDate: ['Choose today or a past day.'],
        });
      }
      if (current && input.effectiveDate <= current.fromDate) {
        const message = `${current.name} holds the post from ${current.fromDate}: the handover must come after that day.`;
        throw new RuleViolation(message, { effectiveDate: [message] });
      }
      const people = [...new Set([fromUserId, successor.id].filter((id): id is number => id !== null))];
      const before = tally(tx, input.postId, people);

      const personal = (ids: number[], table: typeof followUps | typeof contacts) =>
        fromUserId === null || !ids.length
          ? []
          : tx
              .select({ id: table.id })
              .from(table)
              .where(
                and(
                  inArray(table.id, ids),
                  eq(table.ownerId, fromUserId),
                  isNull(table.ownerPostId),
                  table === followUps ? isActive(followUps.status) : undefined,
                ),
              )
              .all()
              .map((row) => row.id);
      const chosenFollowUps = personal(input.followUpIds, followUps);
      const chosenContacts = personal(input.contactIds, contacts);
      if (chosenFollowUps.length !== input.followUpIds.length || chosenContacts.length !== input.contactIds.length) {
        throw new Conflict(`Some of the items listed are no longer ${current?.name ?? 'the holder'}'s own. Reload the preview, then try again.`);
      }
      const postFollowUps = tx
        .select({ id: followUps.id, meetingId: followUps.meetingId, ownerName: sql<string | null>`(select name from users where id = ${followUps.ownerId})` })
        .from(followUps)
        .where(and(eq(followUps.ownerPostId, input.postId), isActive(followUps.status)))
        .all();
      const moving = [...postFollowUps.map((f) => ({ ...f, withPost: true })), ...chosenFollowUps.map((id) => ({ id, withPost: false }))];
      const unseeable = moving.flatMap((item) => {
        const meetingId = tx.select({ meetingId: followUps.meetingId }).from(followUps).where(eq(followUps.id, item.id)).get()?.meetingId;
        return meetingId && ownersWhoCannotSee(tx, meetingId, [successor.id]).length ? [item.id] : [];
      });
      if (unseeable.length) {
        const numbers = unseeable.map((id) => `#${id}`).join(', ');
        const message =
          unseeable.length === 1
            ? `${successor.name} may not see the restricted meeting of follow-up ${numbers}. Have its author add them to the meeting, or reassign it first.`
            : `${successor.name} may not see the restricted meeting of follow-ups ${numbers}. Have its author add them to the meeting, or reassign them first.`;
        throw new RuleViolation(message, { toUserId: [message] });
      }

      if (current)
        tx.update(postHolders)
          .set({ toDate: addDays(input.effectiveDate, -1) })
          .where(eq(postHolders.id, current.id))
          .run();
      tx.insert(postHolders).values({ postId: input.postId, userId: successor.id, fromDate: input.effectiveDate, interim: input.interim }).run();
      const { id: handoverId } = tx
        .insert(handovers)
        .values({
          postId: input.postId,
          fromUserId,
          toUserId: successor.id,
          effectiveDate: input.effectiveDate,
          interim: input.interim,
          counts: { before, after: {} },
          createdById: viewer.id,
        })
        .returning({ id: handovers.id })
        .get();

      const now = new Date();
      for (const item of moving) {
        tx.update(followUps)
          .set({ ownerId: successor.id, ownerPostId: input.postId, version: sql`${followUps.version} + 1`, updatedAt: now })
          .where(eq(followUps.id, item.id))
          .run();
        tx.insert(followUpEvents)
          .values({
            followUpId: item.id,
            actorId: viewer.id,
            kind: 'owner',
            fromValue: current?.name ?? null,
            toValue: successor.name,
            note: `Handover of the post ${post.title}`,
          })
          .run();
      }
      const postContacts = tx.select({ id: contacts.id }).from(contacts).where(eq(contacts.ownerPostId, input.postId)).all();
      const movingContacts = [...postContacts.map((c) => ({ id: c.id, withPost: true })), ...chosenContacts.map((id) => ({ id, withPost: false }))];
      for (const item of movingContacts) {
        tx.update(contacts)
          .set({ ownerId: successor.id, ownerPostId: input.postId, version: sql`${contacts.version} + 1`, updatedAt: now })
          .where(eq(contacts.id, item.id))
          .run();
      }
      const items = [
        ...moving.map((item) => ({ handoverId, kind: 'follow-up' as HandoverItemKind, recordId: item.id, withPost: item.withPost })),
        ...movingContacts.map((item) => ({ handoverId, kind: 'contact' as HandoverItemKind, recordId: item.id, withPost: item.withPost })),
      ];
      if (items.length) tx.insert(handoverItems).values(items).run();

      const after = tally(tx, input.postId, people);
      const counts: HandoverCounts = { before, after };
      tx.update(handovers).set({ counts }).where(eq(handovers.id, handoverId)).run();
      recordAuditEvent(tx, {
        actorId: viewer.id,
        action: 'post.hand-over',
        entityType: 'post',
        entityId: input.postId,
        changes: {
          holder: [current?.name ?? null, successor.name],
          effectiveDate: [null, input.effectiveDate],
          handoverId: [null, handoverId],
          followUpsMoved: [null, moving.map((m) => m.id).join(', ')],
          contactsMoved: [null, movingContacts.map((c) => c.id).join(', ')],
        },
      });
      return handoverId;
    },
    { behavior: 'immediate' },
  );
}

function findHandover(db: Executor, id: number) {
  return db
    .select({
      id: handovers.id,
      postId: handovers.postId,
      postTitle: posts.title,
      fromUserId: handovers.fromUserId,
      fromName: sql<string | null>`(select name from users where id = ${handovers.fromUserId})`,
      toUserId: handovers.toUserId,
      toName: sql<string>`(select name from users where id = ${handovers.toUserId})`,
      effectiveDate: handovers.effectiveDate,
      interim: handovers.interim,
      generalNote: handovers.generalNote,
      counts: handovers.counts,
      createdAt: handovers.createdAt,
    })
    .from(handovers)
    .innerJoin(posts, eq(posts.id, handovers.postId))
    .where(eq(handovers.id, id))
    .get();
}

export type HandoverItem = {
  id: number;
  kind: HandoverItemKind;
  recordId: number;
  withPost: boolean;
  note: string | null;
  acknowledgedAt: Date | null;
  /** Null when the viewer may not see the record (a follow-up of a restricted meeting). */
  label: string | null;
  /** A contact's title and organisation. */
  detail: string | null;
  /** A follow-up's country and side. */
  countryCode: string | null;
  committedBy: CommitmentSide | null;
  dueDate: string | null;
  status: string | null;
};

function itemsOf(db: Executor, viewer: Viewer, handoverId: number): HandoverItem[] {
  const rows = db.select().from(handoverItems).where(eq(handoverItems.handoverId, handoverId)).orderBy(asc(handoverItems.id)).all();
  const followUpIds = rows.filter((r) => r.kind === 'follow-up').map((r) => r.recordId);
  const contactIds = rows.filter((r) => r.kind === 'contact').map((r) => r.recordId);
  const seenFollowUps = followUpIds.length
    ? db
        .select(followUpItemColumns)
        .from(followUps)
        .where(and(inArray(followUps.id, followUpIds), visibleFollowUps(viewer)))
        .all()
    : [];
  const seenContacts = contactIds.length
    ? db
        .select(contactItemColumns)
        .from(contacts)
        .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
        .where(inArray(contacts.id, contactIds))
        .all()
    : [];
  return rows.map((row) => {
    const base = { id: row.id, kind: row.kind, recordId: row.recordId, withPost: row.withPost, note: row.note, acknowledgedAt: row.acknowledgedAt };
    if (row.kind === 'follow-up') {
      const f = seenFollowUps.find((x) => x.id === row.recordId);
      return {
        ...base,
        label: f?.title ?? null,
        detail: null,
        countryCode: f?.countryCode ?? null,
        committedBy: f?.committedBy ?? null,
        dueDate: f?.dueDate ?? null,
        status: f?.status ?? null,
      };
    }
    const c = seenContacts.find((x) => x.id === row.recordId);
    return {
      ...base,
      label: c?.name ?? null,
      detail: c ? [c.title, c.organisation].filter(Boolean).join(', ') || null : null,
      countryCode: null,
      committedBy: null,
      dueDate: null,
      status: null,
    };
  });
}

export type Handover = NonNullable<ReturnType<typeof findHandover>> & { items: HandoverItem[] };

/** A handover, for its two holders and managers; "not found" for anyone else. */
export function getHandover({ viewer, id, db = getDb() }: { viewer: Viewer; id: number } & WithDb): Handover {
  const handover = findHandover(db, id);
  if (!handover || !canSeeHandover(viewer, handover)) throw new NotFound('This handover does not exist or you cannot see it.');
  return { ...handover, items: itemsOf(db, viewer, id) };
}

/** Handovers to the viewer with items still to acknowledge, and handovers from the viewer with no general note yet: what home shows. */
export function handoversAwaiting({ viewer, db = getDb() }: { viewer: Viewer } & WithDb) {
  const toAcknowledge = db
    .select({ id: handovers.id })
    .from(handovers)
    .where(
      and(
        eq(handovers.toUserId, viewer.id),
        sql`exists (select 1 from handover_items hi where hi.handover_id = ${handovers.id} and hi.acknowledged_at is null)`,
      ),
    )
    .orderBy(desc(handovers.id))
    .all()
    .map((row) => getHandover({ viewer, id: row.id, db }));
  const toWrite = db
    .select({ id: handovers.id, postTitle: posts.title, toName: sql<string>`(select name from users where id = ${handovers.toUserId})` })
    .from(handovers)
    .innerJoin(posts, eq(posts.id, handovers.postId))
    .where(and(eq(handovers.fromUserId, viewer.id), isNull(handovers.generalNote)))
    .orderBy(desc(handovers.id))
    .all();
  return { toAcknowledge, toWrite };
}

/** The leaving holder's notes: a general one and one per item. Each save replaces what was there. */
export function writeHandoverNotes({
  viewer,
  handoverId,
  generalNote,
  itemNotes,
  db = getDb(),
}: { viewer: Viewer; handoverId: number; generalNote: string | null; itemNotes: Record<number, string | null> } & WithDb) {
  db.transaction(
    (tx) => {
      const handover = findHandover(tx, handoverId);
      if (!handover || !canSeeHandover(viewer, handover)) throw new NotFound('This handover does not exist or you cannot see it.');
      if (!canTakePartInHandover(viewer, handover, 'notes')) throw new Forbidden('Only the leaving holder and managers can write the notes of a handover.');
      const changes: Record<string, [unknown, unknown]> = {};
      if (handover.generalNote !== generalNote) {
        tx.update(handovers).set({ generalNote }).where(eq(handovers.id, handoverId)).run();
        changes.generalNote = [handover.generalNote, generalNote];
      }
      const items = tx.select().from(handoverItems).where(eq(handoverItems.handoverId, handoverId)).all();
      for (const [itemId, note] of Object.entries(itemNotes)) {
        const item = items.find((i) => i.id === Number(itemId));
        if (!item) throw new NotFound('This item is not part of the handover.');
        if (item.note === note) continue;
        tx.update(handoverItems).set({ note }).where(eq(handoverItems.id, item.id)).run();
        changes[`${item.kind} ${item.recordId}`] = [item.note, note];
      }
      if (Object.keys(changes).length)
        recordAuditEvent(tx, { actorId: viewer.id, action: 'handover.notes', entityType: 'handover', entityId: handoverId, changes });
    },
    { behavior: 'immediate' },
  );
}

/** The successor confirms they have taken these items over. */
export function acknowledgeHandoverItems({ viewer, handoverId, itemIds, db = getDb() }: { viewer: Viewer; handoverId: number; itemIds: number[] } & WithDb) {
  return db.transaction(
    (tx) => {
      const handover = findHandover(tx, handoverId);
      if (!handover || !canSeeHandover(viewer, handover)) throw new NotFound('This handover does not exist or you cannot see it.');
      if (!canTakePartInHandover(viewer, handover, 'acknowledge')) throw new Forbidden('Only the successor can acknowledge the items of a handover.');
      const pending = tx
        .select({ id: handoverItems.id, kind: handoverItems.kind, recordId: handoverItems.recordId })
        .from(handoverItems)
        .where(and(eq(handoverItems.handoverId, handoverId), inArray(handoverItems.id, itemIds.length ? itemIds : [0]), isNull(handoverItems.acknowledgedAt)))
        .all();
      if (!pending.length) return 0;
      tx.update(handoverItems)
        .set({ acknowledgedAt: new Date() })
        .where(
          inArray(
            handoverItems.id,
            pending.map((p) => p.id),
          ),
        )
        .run();
      recordAuditEvent(tx, {
        actorId: viewer.id,
        action: 'handover.acknowledge',
        entityType: 'handover',
        entityId: handoverId,
        changes: { acknowledged: [null, pending.map((p) => `${p.kind} ${p.recordId}`).join(', ')] },
      });
      return pending.length;
    },
    { behavior: 'immediate' },
  );
}
