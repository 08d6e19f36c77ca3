import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { Conflict } from '../lib/errors';
import { diff, recordAuditEvent } from './audit';
import { getDb } from './client';
import { type Database, preparedOnce } from './connection';
import { missionSettings } from './schema';

export const DEFAULT_MISSION_NAME = 'Readout';

export type MissionSettings = { missionName: string; hostCountryCode: string | null; version: number };

// Read by every signed-in page's header.
const settingsQuery = preparedOnce((db) =>
  db.select({ missionName: missionSettings.missionName, hostCountryCode: missionSettings.hostCountryCode, version: missionSettings.version }).from(missionSettings).prepare(),
);

export function getMissionSettings({ db = getDb() }: { db?: Database } = {}): MissionSettings {
  const row = settingsQuery(db).get();
  return row ?? { missionName: DEFAULT_MISSION_NAME, hostCountryCode: null, version: 0 };
}

/** Saves the settings if nobody changed them since `version` was read; otherwise a Conflict. */
export function updateMissionSettings({
  actorId,
  missionName,
  version,
  db = getDb(),
}: { actorId: number; missionName: string; version: number; db?: Database }): MissionSettings {
  return db.transaction(
    (tx) => {
      const before = tx.select().from(missionSettings).get();
      const stale = () => new Conflict('Someone else changed the settings since you opened this page. Reload to see their change, then apply yours again.');
      if (!before) {
        // Version 0 means "never saved": the first save creates the row.
        if (version !== 0) throw stale();
        tx.insert(missionSettings).values({ id: 1, missionName }).run();
      } else {
        const changed = tx
          .update(missionSettings)
          .set({ missionName, version: sql`${missionSettings.version} + 1`, updatedAt: new Date() })
          .where(and(eq(missionSettings.id, 1), eq(missionSettings.version, version)))
          .run();
        if (changed.changes === 0) throw stale();
      }
      recordAuditEvent(tx, {
        actorId,
        action: 'settings.update',
        entityType: 'mission_settings',
        entityId: 1,
        changes: diff({ missionName: before?.missionName ?? DEFAULT_MISSION_NAME }, { missionName }),
      });
      return tx.select({ missionName: missionSettings.missionName, hostCountryCode: missionSettings.hostCountryCode, version: missionSettings.version }).from(missionSettings).get()!;
    },
    { behavior: 'immediate' },
  );
}
