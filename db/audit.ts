import { and, asc, desc, eq, gt, inArray, lt, notInArray, type SQL, sql } from 'drizzle-orm';
import { currentRequestOrigin, type RequestOrigin } from '../lib/request-origin';
import { type SecurityAction, securityActions } from '../lib/security-events';
import { getDb } from './client';
import type { Database, Executor } from './connection';
import { auditEvents, users } from './schema';

export type AuditEntry = {
  actorId: number | null;
  action: string;
  entityType: string;
  entityId: number | string;
  changes?: Record<string, [unknown, unknown]>;
  /** Where the request came from; by default the origin the action or route wrapper set. */
  origin?: RequestOrigin;
};

/** Writes one audit event; called inside the transaction of the change it records. */
export function recordAuditEvent(executor: Executor, { origin = currentRequestOrigin(), ...entry }: AuditEntry): void {
  executor
    .insert(auditEvents)
    .values({
      ...entry,
      entityId: String(entry.entityId),
      changes: entry.changes ?? null,
      clientAddress: origin?.clientAddress ?? null,
      userAgent: origin?.userAgent ?? null,
    })
    .run();
}

/**
 * A security event on its own, outside any change: a sign-in failed, a request refused. The target
 * is the account concerned, or what was asked for (a permission, an e-mail nobody holds).
 */
export function recordSecurityEvent(entry: Omit<AuditEntry, 'action'> & { action: SecurityAction }, db: Database = getDb()): void {
  recordAuditEvent(db, entry);
}

/** The fields whose value differs, as { field: [before, after] }. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [field, value] of Object.entries(after)) {
    if (value !== undefined && before[field] !== value) changes[field] = [before[field], value];
  }
  return changes;
}

export type AuditFilters = {
  actorId?: number;
  entityType?: string;
  entityId?: string;
  action?: string;
  kind?: 'security' | 'changes';
  clientAddress?: string;
  from?: string;
  to?: string;
};

/** The audit log, newest first, 100 at a time (keyset on id). Read-only: nothing in the app edits it. */
export function listAuditEvents({
  filters = {},
  before,
  limit = 100,
  db = getDb(),
}: {
  filters?: AuditFilters;
  before?: number;
  limit?: number;
  db?: Database;
}) {
  const conditions: (SQL | undefined)[] = [
    filters.actorId ? eq(auditEvents.actorId, filters.actorId) : undefined,
    filters.entityType ? eq(auditEvents.entityType, filters.entityType) : undefined,
    filters.entityId ? eq(auditEvents.entityId, filters.entityId) : undefined,
    filters.action ? eq(auditEvents.action, filters.action) : undefined,
    filters.kind === 'security' ? inArray(auditEvents.action, [...securityActions]) : undefined,
    filters.kind === 'changes' ? notInArray(auditEvents.action, [...securityActions]) : undefined,
    filters.clientAddress ? eq(auditEvents.clientAddress, filters.clientAddress) : undefined,
    filters.from ? sql`${auditEvents.at} >= ${Date.parse(`${filters.from}T00:00:00Z`)}` : undefined,
    filters.to ? sql`${auditEvents.at} < ${Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000}` : undefined,
    before ? lt(auditEvents.id, before) : undefined,
  ];
  const rows = db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actorName: users.name,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      changes: auditEvents.changes,
      clientAddress: auditEvents.clientAddress,
      userAgent: auditEvents.userAgent,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(limit + 1)
    .all();
  return { events: rows.slice(0, limit), next: rows.length > limit ? rows[limit - 1]!.id : undefined };
}

export function listAuditActions({ db = getDb() }: { db?: Database } = {}): string[] {
  return db
    .selectDistinct({ action: auditEvents.action })
    .from(auditEvents)
    .orderBy(auditEvents.action)
    .all()
    .map((row) => row.action);
}

/**
 * The log as JSON lines, oldest first, from the event after `afterId`: one object per line with
 * the event's id, ISO time, actor (id and e-mail), action, record, changes, client address and
 * browser. A log shipper remembers the last id it read and asks for what follows (README, "Shipping
 * the audit log").
 */
export function* auditEventsAsJsonLines({ afterId = 0, db = getDb() }: { afterId?: number; db?: Database } = {}): Generator<string> {
  const batch = 1_000;
  for (let last = afterId; ;) {
    const rows = db
      .select({ event: auditEvents, actorEmail: users.email })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(gt(auditEvents.id, last))
      .orderBy(asc(auditEvents.id))
      .limit(batch)
      .all();
    for (const { event, actorEmail } of rows) {
      yield `${JSON.stringify({
        id: event.id,
        at: event.at.toISOString(),
        actor: event.actorId === null ? null : { id: event.actorId, email: actorEmail },
        action: event.action,
        security: (securityActions as readonly string[]).includes(event.action),
        record: { type: event.entityType, id: event.entityId },
        changes: event.changes,
        clientAddress: event.clientAddress,
        userAgent: event.userAgent,
      })}\n`;
    }
    if (rows.length < batch) return;
    last = rows.at(-1)!.event.id;
  }
}
