import 'server-only';
import { isNotNull } from 'drizzle-orm';
import { getDb } from './client';
import type { Database } from './connection';
import { cooperationAreas, posts } from './schema';

/**
 * The French of every cooperation area's name and post's title that is written otherwise, keyed by
 * the English (both are unique): pages receive names from many queries and translate them as they show them.
 */
export function namesInFrench({ db = getDb() }: { db?: Database } = {}): { areas: Map<string, string>; posts: Map<string, string> } {
  const areas = db
    .select({ name: cooperationAreas.name, french: cooperationAreas.nameFr })
    .from(cooperationAreas)
    .where(isNotNull(cooperationAreas.nameFr))
    .all();
  const titles = db.select({ name: posts.title, french: posts.titleFr }).from(posts).where(isNotNull(posts.titleFr)).all();
  return { areas: new Map(areas.map((row) => [row.name, row.french!])), posts: new Map(titles.map((row) => [row.name, row.french!])) };
}
