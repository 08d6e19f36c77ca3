import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { Conflict, NotFound } from '../lib/errors';
import { DEFAULT_MISSION_NAME } from '../lib/setup-checklist';
import { diff, recordAuditEvent } from './audit';
import { getDb } from './client';
import { type Database, type Executor, isSqliteError, preparedOnce } from './connection';
import { cooperationAreas, focusCountries, missionSettings } from './schema';

type WithDb = { db?: Database };

export type CooperationArea = { id: number; name: string; nameFr: string | null; active: boolean };

export function listCooperationAreas({ includeRetired = false, db = getDb() }: { includeRetired?: boolean } & WithDb = {}): CooperationArea[] {
  const query = db
    .select({ id: cooperationAreas.id, name: cooperationAreas.name, nameFr: cooperationAreas.nameFr, active: cooperationAreas.active })
    .from(cooperationAreas);
  return (includeRetired ? query : query.where(eq(cooperationAreas.active, true))).orderBy(asc(cooperationAreas.name)).all();
}

const duplicateArea = () => new Conflict('An area with this name already exists.', { name: ['An area with this name already exists.'] });

export function createCooperationArea({
  actorId,
  name,
  nameFr = null,
  db = getDb(),
}: { actorId: number; name: string; nameFr?: string | null } & WithDb): CooperationArea {
  try {
    return db.transaction(
      (tx) => {
        const area = tx.insert(cooperationAreas).values({ name, nameFr }).returning().get();
        recordAuditEvent(tx, {
          actorId,
          action: 'area.create',
          entityType: 'cooperation_area',
          entityId: area.id,
          changes: { name: [null, name], ...(nameFr ? { nameFr: [null, nameFr] } : {}) },
        });
        recordAreasReviewed(tx, { actorId, onlyIfNotYet: true });
        return area;
      },
      { behavior: 'immediate' },
    );
  } catch (error) {
    if (isSqliteError(error, 'SQLITE_CONSTRAINT_UNIQUE')) throw duplicateArea();
    throw error;
  }
}

export function updateCooperationArea({
  actorId,
  areaId,
  changes,
  db = getDb(),
}: { actorId: number; areaId: number; changes: Partial<{ name: string; nameFr: string | null; active: boolean }> } & WithDb): CooperationArea {
  try {
    return db.transaction(
      (tx) => {
        const before = tx.select().from(cooperationAreas).where(eq(cooperationAreas.id, areaId)).get();
        if (!before) throw new NotFound('This cooperation area does not exist.');
        const area = tx.update(cooperationAreas).set(changes).where(eq(cooperationAreas.id, areaId)).returning().get();
        recordAuditEvent(tx, { actorId, action: 'area.update', entityType: 'cooperation_area', entityId: areaId, changes: diff(before, changes) });
        if (changes.name !== undefined && changes.name !== before.name) recordAreasReviewed(tx, { actorId, onlyIfNotYet: true });
        return area;
      },
      { behavior: 'immediate' },
    );
  } catch (error) {
    if (isSqliteError(error, 'SQLITE_CONSTRAINT_UNIQUE')) throw duplicateArea();
    throw error;
  }
}

// Read by the dashboard and every filter form.
const focusCountriesQuery = preparedOnce((db) => db.select({ code: focusCountries.code }).from(focusCountries).prepare());

export function listFocusCountryCodes({ db = getDb() }: WithDb = {}): string[] {
  return focusCountriesQuery(db)
    .all()
    .map((row) => row.code);
}

export function setFocusCountry({ actorId, code, focus, db = getDb() }: { actorId: number; code: string; focus: boolean } & WithDb): void {
  db.transaction((tx) => writeFocusCountry(tx, { actorId, code, focus }), { behavior: 'immediate' });
}

/** Inside the caller's transaction (setting the host country adds it); audited only when it changes something. */
export function writeFocusCountry(tx: Executor, { actorId, code, focus }: { actorId: number; code: string; focus: boolean }): void {
  const changed = focus
    ? tx.insert(focusCountries).values({ code }).onConflictDoNothing().run().changes
    : tx.delete(focusCountries).where(eq(focusCountries.code, code)).run().changes;
  if (changed > 0) {
    recordAuditEvent(tx, {
      actorId,
      action: focus ? 'country.focus' : 'country.unfocus',
      entityType: 'country',
      entityId: code,
      changes: { focus: [!focus, focus] },
    });
  }
}

/** When the cooperation-area list was last confirmed or first edited, or null. */
export function getAreasReviewedAt({ db = getDb() }: WithDb = {}): Date | null {
  return db.select({ at: missionSettings.areasReviewedAt }).from(missionSettings).get()?.at ?? null;
}

/** An admin confirms the cooperation-area list fits the mission (the first-run checklist's "The list is right"). */
export function markAreasReviewed({ actorId, db = getDb() }: { actorId: number } & WithDb): void {
  db.transaction((tx) => recordAreasReviewed(tx, { actorId, onlyIfNotYet: false }), { behavior: 'immediate' });
}

/**
 * Stamps the area list as reviewed. Adding or renaming an area is a review too, but only the first
 * one is stamped: later edits would fill the audit log with stamps that say nothing new.
 */
function recordAreasReviewed(tx: Executor, { actorId, onlyIfNotYet }: { actorId: number; onlyIfNotYet: boolean }): void {
  const before = tx.select({ areasReviewedAt: missionSettings.areasReviewedAt }).from(missionSettings).get();
  if (onlyIfNotYet && before?.areasReviewedAt) return;
  const at = new Date();
  // Not a settings edit: the version stays, so an admin's open settings form is not made stale.
  // A mission whose settings were never saved gets its row here, still at version 0 ("never saved").
  if (before) tx.update(missionSettings).set({ areasReviewedAt: at }).run();
  else tx.insert(missionSettings).values({ id: 1, missionName: DEFAULT_MISSION_NAME, areasReviewedAt: at, version: 0 }).run();
  recordAuditEvent(tx, {
    actorId,
    action: 'settings.areas-reviewed',
    entityType: 'mission_settings',
    entityId: 1,
    changes: { areasReviewedAt: [before?.areasReviewedAt ?? null, at] },
  });
}

/** Area ids among `ids` that do not exist or are retired: a meeting may only use active areas. */
export function unknownAreaIds(executor: Executor, ids: number[]): number[] {
  if (ids.length === 0) return [];
  const found = new Set(
    executor
      .select({ id: cooperationAreas.id })
      .from(cooperationAreas)
      .where(sql`${cooperationAreas.id} in ${ids} and ${cooperationAreas.active} = 1`)
      .all()
      .map((row) => row.id),
  );
  return ids.filter((id) => !found.has(id));
}
