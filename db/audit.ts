import { and, desc, eq, lt, type SQL, sql } from 'drizzle-orm';
import { getDb } from './client';
import type { Database, Executor } from './connection';
import { auditEvents, users } from './schema';

export type AuditEntry = {
  actorId: number | null;
  action: string;
  entityType: string;
  entityId: number | string;
  changes?: Record<string, [unknown, unknown]>;
};

/** Writes one audit event; called inside the transaction of the change it records. */
export function recordAuditEvent(executor: Executor, entry: AuditEntry): void {
  executor
    .insert(auditEvents)
    .values({ ...entry, entityId: String(entry.entityId), changes: entry.changes ?? null })
    .run();
}

/** The fields whose value differs, as { field: [before, after] }. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [field, value] of Object.entries(after)) {
    if (value !== undefined && before[field] !== value) changes[field] = [before[field], value];
  }
  return changes;
}

export type AuditFilters = { actorId?: number; entityType?: string; entityId?: string; action?: string; from?: string; to?: string };

/** The audit log, newest first, 100 at a time (keyset on id). Read-only: nothing in the app edits it. */
export function listAuditEvents({ filters = {}, before, limit = 100, db = getDb() }: { filters?: AuditFilters; before?: number; limit?: number; db?: Database }) {
  const conditions: (SQL | undefined)[] = [
    filters.actorId ? eq(auditEvents.actorId, filters.actorId) : undefined,
    filters.entityType ? eq(auditEvents.entityType, filters.entityType) : undefined,
    filters.entityId ? eq(auditEvents.entityId, filters.entityId) : undefined,
    filters.action ? eq(auditEvents.action, filters.action) : undefined,
    filters.from ? sql`${auditEvents.at} >= ${Date.parse(`${filters.from}T00:00:00Z`)}` : undefined,
    filters.to ? sql`${auditEvents.at} < ${Date.parse(`${filters.to}T00:00:00Z`) + 86_400_000}` : undefined,
    before ? lt(auditEvents.id, before) : undefined,
  ];
  const rows = db
    .select({ id: auditEvents.id, at: auditEvents.at, actorName: users.name, action: auditEvents.action, entityType: auditEvents.entityType, entityId: auditEvents.entityId, changes: auditEvents.changes })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditEvents.id))
    .limit(limit + 1)
    .all();
  return { events: rows.slice(0, limit), next: rows.length > limit ? rows[limit - 1]!.id : undefined };
}

export function listAuditActions({ db = getDb() }: { db?: Database } = {}): string[] {
  return db.selectDistinct({ action: auditEvents.action }).from(auditEvents).orderBy(auditEvents.action).all().map((row) => row.action);
}
