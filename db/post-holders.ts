import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { RuleViolation } from '../lib/errors';
import type { Executor } from './connection';
import { postHolders, posts, users } from './schema';

/**
 * Who holds a post on a day, for the modules that give records to posts (follow-ups, contacts,
 * meetings' attendees). Kept apart from db/posts.ts, which reads those modules in turn.
 */

/** Held on `day`: begun on or before it, not ended before it. */
export const heldOn = (day: string) => and(lte(postHolders.fromDate, day), or(isNull(postHolders.toDate), gte(postHolders.toDate, day)));

export function currentHolding(db: Executor, postId: number) {
  return db
    .select({ id: postHolders.id, userId: postHolders.userId, name: users.name, fromDate: postHolders.fromDate })
    .from(postHolders)
    .innerJoin(users, eq(users.id, postHolders.userId))
    .where(and(eq(postHolders.postId, postId), isNull(postHolders.toDate)))
    .get();
}

/**
 * The post each attendee held on the meeting's day: one covering a country of the meeting if they
 * held several, else the first by title. What a meeting records beside who was there.
 */
export function attendeePosts(db: Executor, { userIds, day, countryCodes }: { userIds: number[]; day: string; countryCodes: string[] }): Map<number, number> {
  if (!userIds.length) return new Map();
  const held = db
    .select({
      userId: postHolders.userId,
      postId: postHolders.postId,
      covers: sql<number>`exists (select 1 from post_countries pc where pc.post_id = ${postHolders.postId} and pc.country_code in ${countryCodes.length ? countryCodes : ['']})`,
    })
    .from(postHolders)
    .innerJoin(posts, eq(posts.id, postHolders.postId))
    .where(and(inArray(postHolders.userId, userIds), heldOn(day)))
    .orderBy(asc(posts.title))
    .all()
    .sort((a, b) => b.covers - a.covers);
  const chosen = new Map<number, number>();
  for (const row of held) if (!chosen.has(row.userId)) chosen.set(row.userId, row.postId);
  return chosen;
}

/**
 * The owner a record gets: a person, or a post and its holder today (each handover moves it on).
 * A vacant post cannot own what nobody would see to.
 */
export function resolveOwner(db: Executor, { ownerId, ownerPostId }: { ownerId: number | null; ownerPostId?: number | null }, field = 'ownerPostId') {
  if (!ownerPostId) return { ownerId, ownerPostId: null };
  const post = db.select({ id: posts.id, title: posts.title }).from(posts).where(eq(posts.id, ownerPostId)).get();
  if (!post) throw new RuleViolation('This post does not exist.', { [field]: ['This post does not exist.'] });
  const holding = currentHolding(db, ownerPostId);
  if (!holding) {
    const message = `The post ${post.title} is vacant: give it a holder first, or choose a person.`;
    throw new RuleViolation(message, { [field]: [message] });
  }
  return { ownerId: holding.userId, ownerPostId };
}
