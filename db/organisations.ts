import 'server-only';
import { and, asc, count, eq, inArray, like, sql } from 'drizzle-orm';
import { Conflict, NotFound } from '../lib/errors';
import type { OrganisationKind } from '../lib/organisations';
import { foldAccents, nearDuplicatesOf } from '../lib/names';
import { diff, recordAuditEvent } from './audit';
import { getDb } from './client';
import type { Database, Executor } from './connection';
import { organisations } from './schema';

type WithDb = { db?: Database };

export type OrganisationInput = { name: string; kind: OrganisationKind; countryCode: string | null };

const columns = {
  id: organisations.id,
  name: organisations.name,
  kind: organisations.kind,
  countryCode: organisations.countryCode,
  version: organisations.version,
};

/** A LIKE pattern over the folded name: "chambre" finds "Chambre de Commerce" and "CHAMBRÉ". */
function nameContains(query: string) {
  return `%${foldAccents(query.trim()).replace(/[%_\\]/g, '\\$&')}%`;
}

export function listOrganisations({ query = '', limit = 50, offset = 0, db = getDb() }: { query?: string; limit?: number; offset?: number } & WithDb) {
  const where = query.trim() ? sql`${organisations.searchName} like ${nameContains(query)} escape '\\'` : undefined;
  const rows = db
    .select({ ...columns, contactCount: sql<number>`(select count(*) from contacts c where c.organisation_id = "organisations"."id")` })
    .from(organisations)
    .where(where)
    .orderBy(asc(organisations.searchName), asc(organisations.id))
    .limit(limit)
    .offset(offset)
    .all();
  const total = db.select({ n: count() }).from(organisations).where(where).get()?.n ?? 0;
  return { rows, total };
}

export function getOrganisation({ id, db = getDb() }: { id: number } & WithDb) {
  const organisation = db.select(columns).from(organisations).where(eq(organisations.id, id)).get();
  if (!organisation) throw new NotFound('This organisation does not exist.');
  return organisation;
}

/** Inside a caller's transaction: creates an organisation (used by contact creation too). */
export function insertOrganisation(tx: Executor, actorId: number, input: OrganisationInput) {
  const organisation = tx
    .insert(organisations)
    .values({ ...input, searchName: foldAccents(input.name), createdById: actorId })
    .returning(columns)
    .get();
  recordAuditEvent(tx, {
    actorId,
    action: 'organisation.create',
    entityType: 'organisation',
    entityId: organisation.id,
    changes: { name: [null, input.name], kind: [null, input.kind], countryCode: [null, input.countryCode] },
  });
  return organisation;
}

export function createOrganisation({ actorId, input, db = getDb() }: { actorId: number; input: OrganisationInput } & WithDb) {
  return db.transaction((tx) => insertOrganisation(tx, actorId, input), { behavior: 'immediate' });
}

export function updateOrganisation({
  actorId,
  id,
  version,
  input,
  db = getDb(),
}: { actorId: number; id: number; version: number; input: OrganisationInput } & WithDb) {
  return db.transaction(
    (tx) => {
      const before = tx.select(columns).from(organisations).where(eq(organisations.id, id)).get();
      if (!before) throw new NotFound('This organisation does not exist.');
      const updated = tx
        .update(organisations)
        .set({ ...input, searchName: foldAccents(input.name), version: sql`${organisations.version} + 1`, updatedAt: new Date() })
        .where(and(eq(organisations.id, id), eq(organisations.version, version)))
        .returning(columns)
        .get();
      if (!updated)
        throw new Conflict(
          'Someone else changed this organisation since you opened it. Your changes are still in the form: reload to see theirs, then apply yours again.',
        );
      recordAuditEvent(tx, { actorId, action: 'organisation.update', entityType: 'organisation', entityId: id, changes: diff(before, input) });
      return updated;
    },
    { behavior: 'immediate' },
  );
}

/** For the organisation picker: the best few matches by name. */
export function searchOrganisations({ query, limit = 8, db = getDb() }: { query: string; limit?: number } & WithDb) {
  if (!query.trim()) return [];
  return db
    .select(columns)
    .from(organisations)
    .where(like(organisations.searchName, nameContains(query)))
    .orderBy(asc(organisations.searchName))
    .limit(limit)
    .all();
}

/**
 * For the organisation picker of a new contact: the organisations whose name contains what is
 * typed, then those it probably misspells ("Chambre de Comerce Luxembourg"), so that a new one is
 * not created twice. The misspellings are found by comparing with every organisation's folded
 * name in JavaScript: a mission has hundreds to a few thousand (2,000 in the bench mission, a
 * few milliseconds), and a misspelt word has no prefix for an index to find.
 */
export function searchOrganisationsAndNearDuplicates({ query, limit = 8, db = getDb() }: { query: string; limit?: number } & WithDb) {
  const found = searchOrganisations({ query, limit, db });
  if (found.length >= limit || !query.trim()) return found;
  const seen = new Set(found.map((organisation) => organisation.id));
  const isNearDuplicate = nearDuplicatesOf(query);
  const candidates = db.select({ id: organisations.id, searchName: organisations.searchName }).from(organisations).orderBy(asc(organisations.searchName)).all();
  const alike = candidates
    .filter((candidate) => !seen.has(candidate.id) && isNearDuplicate(candidate.searchName))
    .slice(0, limit - found.length)
    .map((candidate) => candidate.id);
  if (alike.length === 0) return found;
  const rows = db.select(columns).from(organisations).where(inArray(organisations.id, alike)).orderBy(asc(organisations.searchName)).all();
  return [...found, ...rows];
}
