import 'server-only';
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { Conflict, NotFound } from '../lib/errors';
import { nameSearchKey, nameSearchMatch, nameSearchTerms } from '../lib/names';
import type { ContactInput } from '../lib/schemas/meetings';
import { diff, recordAuditEvent } from './audit';
import { getDb } from './client';
import type { Database, Executor } from './connection';
import { insertOrganisation } from './organisations';
import { resolveOwner } from './post-holders';
import { contacts, meetingContacts, organisations } from './schema';

type WithDb = { db?: Database };

const columns = {
  id: contacts.id,
  name: contacts.name,
  title: contacts.title,
  organisationId: contacts.organisationId,
  organisationName: organisations.name,
  countryCode: contacts.countryCode,
  email: contacts.email,
  phone: contacts.phone,
  alternativeNames: contacts.alternativeNames,
  ownerId: contacts.ownerId,
  ownerName: sql<string | null>`(select u.name from users u where u.id = "contacts"."owner_id")`,
  ownerPostId: contacts.ownerPostId,
  ownerPostTitle: sql<string | null>`(select p.title from posts p where p.id = "contacts"."owner_post_id")`,
  version: contacts.version,
};

export type Contact = {
  id: number;
  name: string;
  title: string | null;
  organisationId: number | null;
  organisationName: string | null;
  countryCode: string | null;
  email: string | null;
  phone: string | null;
  alternativeNames: string | null;
  ownerId: number | null;
  ownerName: string | null;
  ownerPostId: number | null;
  ownerPostTitle: string | null;
  version: number;
};

/** Every word of the query must start some word of the contact's names, spelling-tolerantly. */
export function contactNameMatches(query: string) {
  const match = nameSearchMatch(query);
  if (!match) return undefined;
  // Read from the full-text index of the keys (migration 0009), not by scanning every contact.
  return sql`${contacts.id} in (select rowid from contacts_search where contacts_search match ${match})`;
}

export function listContacts({
  query = '',
  organisationId,
  limit = 50,
  offset = 0,
  db = getDb(),
}: { query?: string; organisationId?: number; limit?: number; offset?: number } & WithDb) {
  const where = and(contactNameMatches(query), organisationId ? eq(contacts.organisationId, organisationId) : undefined);
  const rows = db
    .select(columns)
    .from(contacts)
    .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
    .where(where)
    .orderBy(asc(contacts.name), asc(contacts.id))
    .limit(limit)
    .offset(offset)
    .all();
  const total = db.select({ n: count() }).from(contacts).where(where).get()?.n ?? 0;
  return { rows, total };
}

/**
 * Look-up as you type, and the duplicate check when adding a contact: contacts matching every word.
 * With `several`, the words may name different people ("Cooreman Vassilenko", "Cooreman, Geert"):
 * contacts matching any word, those matching the most first, then taking turns between the words so
 * that each name typed shows even when another has many namesakes.
 */
export function searchContacts({ query, limit = 8, several = false, db = getDb() }: { query: string; limit?: number; several?: boolean } & WithDb): Contact[] {
  if (several) return searchSeveralNames({ query, limit, db });
  const where = contactNameMatches(query);
  if (!where) return [];
  return db
    .select(columns)
    .from(contacts)
    .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
    .where(where)
    .orderBy(asc(contacts.name))
    .limit(limit)
    .all();
}

function searchSeveralNames({ query, limit, db }: { query: string; limit: number; db: Database }): Contact[] {
  const terms = nameSearchTerms(query);
  if (terms.length === 0) return [];
  // Each term's matches are read from the index once per query (a non-correlated IN list).
  const matching = terms.map((term) => sql`(${contacts.id} in (select rowid from contacts_search where contacts_search match ${term}))`);
  const hits = sql.join(matching, sql` + `);
  const firstTerm = sql`case ${sql.join(
    matching.map((match, index) => sql`when ${match} then ${index}`),
    sql` `,
  )} end`;
  return db
    .select(columns)
    .from(contacts)
    .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
    .where(sql`${contacts.id} in (select rowid from contacts_search where contacts_search match ${terms.join(' OR ')})`)
    .orderBy(desc(hits), sql`row_number() over (partition by ${hits}, ${firstTerm} order by ${contacts.name}, ${contacts.id})`, firstTerm)
    .limit(limit)
    .all();
}

export function getContact({ id, db = getDb() }: { id: number } & WithDb): Contact {
  const contact = db.select(columns).from(contacts).leftJoin(organisations, eq(organisations.id, contacts.organisationId)).where(eq(contacts.id, id)).get();
  if (!contact) throw new NotFound('This contact does not exist.');
  return contact;
}

/** Contact ids among `ids` that do not exist. */
export function unknownContactIds(executor: Executor, ids: number[]): number[] {
  if (ids.length === 0) return [];
  const found = new Set(
    executor
      .select({ id: contacts.id })
      .from(contacts)
      .where(inArray(contacts.id, ids))
      .all()
      .map((row) => row.id),
  );
  return ids.filter((id) => !found.has(id));
}

/** The organisation a contact form chose: an existing one, a new one created now, or none. */
function resolveOrganisation(tx: Executor, actorId: number, input: ContactInput): number | null {
  if (input.newOrganisationName && input.newOrganisationKind) {
    return insertOrganisation(tx, actorId, { name: input.newOrganisationName, kind: input.newOrganisationKind, countryCode: input.countryCode }).id;
  }
  if (input.organisationId) {
    const exists = tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.organisationId)).get();
    if (!exists) throw new NotFound('The chosen organisation no longer exists.');
    return input.organisationId;
  }
  return null;
}

function contactValues(tx: Executor, input: ContactInput, organisationId: number | null) {
  const owner =
    input.ownerId === undefined && input.ownerPostId === undefined ? {} : resolveOwner(tx, { ownerId: input.ownerId ?? null, ownerPostId: input.ownerPostId });
  return {
    ...owner,
    name: input.name,
    title: input.title,
    organisationId,
    countryCode: input.countryCode,
    email: input.email,
    phone: input.phone,
    alternativeNames: input.alternativeNames,
    searchKey: nameSearchKey(input.name, ...(input.alternativeNames?.split('\n') ?? [])),
  };
}

export function createContact({ actorId, input, db = getDb() }: { actorId: number; input: ContactInput } & WithDb): Contact {
  const id = db.transaction(
    (tx) => {
      const organisationId = resolveOrganisation(tx, actorId, input);
      const created = tx
        .insert(contacts)
        .values({ ...contactValues(tx, input, organisationId), createdById: actorId })
        .returning({ id: contacts.id })
        .get();
      recordAuditEvent(tx, {
        actorId,
        action: 'contact.create',
        entityType: 'contact',
        entityId: created.id,
        changes: { name: [null, input.name], organisationId: [null, organisationId] },
      });
      return created.id;
    },
    { behavior: 'immediate' },
  );
  return getContact({ id, db });
}

export function updateContact({ actorId, id, version, input, db = getDb() }: { actorId: number; id: number; version: number; input: ContactInput } & WithDb) {
  db.transaction(
    (tx) => {
      const before = tx.select().from(contacts).where(eq(contacts.id, id)).get();
      if (!before) throw new NotFound('This contact does not exist.');
      const organisationId = resolveOrganisation(tx, actorId, input);
      const values = contactValues(tx, input, organisationId);
      const changed = tx
        .update(contacts)
        .set({ ...values, version: sql`${contacts.version} + 1`, updatedAt: new Date() })
        .where(and(eq(contacts.id, id), eq(contacts.version, version)))
        .run().changes;
      if (changed === 0)
        throw new Conflict(
          'Someone else changed this contact since you opened it. Your changes are still in the form: reload to see theirs, then apply yours again.',
        );
      const { searchKey: _searchKey, ...visible } = values;
      recordAuditEvent(tx, { actorId, action: 'contact.update', entityType: 'contact', entityId: id, changes: diff(before, visible) });
    },
    { behavior: 'immediate' },
  );
  return getContact({ id, db });
}

/**
 * Merges a duplicate into the contact kept: every meeting link moves over (none lost, none
 * doubled), the duplicate's spellings become alternative names, blank fields are filled from it,
 * and the duplicate is removed. The audit log records both sides.
 */
export function mergeContacts({ actorId, keepId, duplicateId, db = getDb() }: { actorId: number; keepId: number; duplicateId: number } & WithDb): Contact {
  db.transaction(
    (tx) => {
      const keep = tx.select().from(contacts).where(eq(contacts.id, keepId)).get();
      const duplicate = tx.select().from(contacts).where(eq(contacts.id, duplicateId)).get();
      if (!keep || !duplicate) throw new NotFound('One of the two contacts no longer exists.');

      const moved = tx.run(sql`insert or ignore into ${meetingContacts} (meeting_id, contact_id)
        select meeting_id, ${keepId} from ${meetingContacts} where contact_id = ${duplicateId}`).changes;
      tx.delete(meetingContacts).where(eq(meetingContacts.contactId, duplicateId)).run();

      const spellings = [...(keep.alternativeNames?.split('\n') ?? []), duplicate.name, ...(duplicate.alternativeNames?.split('\n') ?? [])]
        .map((name) => name.trim())
        .filter((name, index, all) => name && name !== keep.name && all.indexOf(name) === index);
      const merged = {
        title: keep.title ?? duplicate.title,
        organisationId: keep.organisationId ?? duplicate.organisationId,
        countryCode: keep.countryCode ?? duplicate.countryCode,
        email: keep.email ?? duplicate.email,
        phone: keep.phone ?? duplicate.phone,
        alternativeNames: spellings.join('\n') || null,
      };
      tx.update(contacts)
        .set({ ...merged, searchKey: nameSearchKey(keep.name, ...spellings), version: sql`${contacts.version} + 1`, updatedAt: new Date() })
        .where(eq(contacts.id, keepId))
        .run();
      tx.delete(contacts).where(eq(contacts.id, duplicateId)).run();
      recordAuditEvent(tx, {
        actorId,
        action: 'contact.merge',
        entityType: 'contact',
        entityId: keepId,
        changes: { ...diff(keep, merged), mergedContact: [{ id: duplicate.id, name: duplicate.name }, null], meetingLinksMoved: [0, moved] },
      });
      recordAuditEvent(tx, { actorId, action: 'contact.merged-away', entityType: 'contact', entityId: duplicateId, changes: { mergedInto: [null, keepId] } });
    },
    { behavior: 'immediate' },
  );
  return getContact({ id: keepId, db });
}
