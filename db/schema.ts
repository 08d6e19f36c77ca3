import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { roles } from '../lib/roles';

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
    /** Copied into the JWT at sign-in; bumping it ends every session of the account at its next request. */
    sessionVersion: integer('session_version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    // Sign-in looks accounts up by e-mail; one account per address.
    uniqueIndex('users_email_unique').on(t.email),
    // "Is this the last active admin?" counts by role and status.
    index('users_role_active_idx').on(t.role, t.active),
  ],
);

/** One row (id = 1): the mission's own settings, edited by admins. */
export const missionSettings = sqliteTable(
  'mission_settings',
  {
    id: integer('id').primaryKey(),
    missionName: text('mission_name').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
      .notNull()
      .$defaultFn(() => new Date()),
  },
  (t) => [check('mission_settings_single_row', sql`${t.id} = 1`)],
);

/** Append-only: who did what to which record, when, and the fields that changed. */
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
  },
  (t) => [
    // The history of one record, newest first.
    index('audit_events_entity_idx').on(t.entityType, t.entityId, t.at),
    // The admin's audit log, newest first, optionally by actor.
    index('audit_events_at_idx').on(t.at),
    index('audit_events_actor_idx').on(t.actorId, t.at),
  ],
);

export type User = typeof users.$inferSelect;
