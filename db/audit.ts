import { auditEvents } from './schema';
import type { Executor } from './connection';

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
