import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { dayIn } from '../lib/dates';
import { Conflict } from '../lib/errors';
import { sessionLimitBounds } from '../lib/sessions';
import { DEFAULT_MISSION_NAME, type SetupFacts } from '../lib/setup-checklist';
import { diff, recordAuditEvent } from './audit';
import { getDb } from './client';
import { type Database, preparedOnce } from './connection';
import { writeFocusCountry } from './reference';
import { focusCountries, missionSettings, users } from './schema';

export { DEFAULT_MISSION_NAME };

export type MissionSettings = {
  missionName: string;
  ourCountryCode: string | null;
  hostCountryCode: string | null;
  timeZone: string;
  sessionHours: number;
  idleMinutes: number;
  secondFactorForEveryone: boolean;
  version: number;
};

/** What the settings form edits; a field left out keeps its value. */
export type MissionSettingsChanges = Partial<Omit<MissionSettings, 'version'>>;

const DEFAULT_SETTINGS: MissionSettings = {
  missionName: DEFAULT_MISSION_NAME,
  ourCountryCode: null,
  hostCountryCode: null,
  timeZone: 'UTC',
  sessionHours: sessionLimitBounds.sessionHours.default,
  idleMinutes: sessionLimitBounds.idleMinutes.default,
  secondFactorForEveryone: false,
  version: 0,
};

const columns = {
  missionName: missionSettings.missionName,
  ourCountryCode: missionSettings.ourCountryCode,
  hostCountryCode: missionSettings.hostCountryCode,
  timeZone: missionSettings.timeZone,
  sessionHours: missionSettings.sessionHours,
  idleMinutes: missionSettings.idleMinutes,
  secondFactorForEveryone: missionSettings.secondFactorForEveryone,
  version: missionSettings.version,
};

// Read by every signed-in page's header: one prepared single-row read.
const settingsQuery = preparedOnce((db) => db.select(columns).from(missionSettings).prepare());

export function getMissionSettings({ db = getDb() }: { db?: Database } = {}): MissionSettings {
  return settingsQuery(db).get() ?? DEFAULT_SETTINGS;
}

/** Today at the mission, in its time zone: the one "today" of every page, export and default date. */
export function missionToday({ db = getDb() }: { db?: Database } = {}): string {
  return dayIn(getMissionSettings({ db }).timeZone);
}

/**
 * Saves the settings if nobody changed them since `version` was read; otherwise a Conflict. A new
 * host country joins the accredited / focus countries in the same transaction.
 */
export function updateMissionSettings({
  actorId,
  version,
  db = getDb(),
  ...changes
}: { actorId: number; version: number; db?: Database } & MissionSettingsChanges): MissionSettings {
  return db.transaction(
    (tx) => {
      const before = tx.select(columns).from(missionSettings).get();
      const stale = () => new Conflict('Someone else changed the settings since you opened this page. Reload to see their change, then apply yours again.');
      if (!before) {
        // Version 0 means "never saved": the first save creates the row.
        if (version !== 0) throw stale();
        tx.insert(missionSettings)
          .values({ ...DEFAULT_SETTINGS, ...changes, id: 1, version: 1 })
          .run();
      } else {
        const changed = tx
          .update(missionSettings)
          .set({ ...changes, version: sql`${missionSettings.version} + 1`, updatedAt: new Date() })
          .where(and(eq(missionSettings.id, 1), eq(missionSettings.version, version)))
          .run();
        if (changed.changes === 0) throw stale();
      }
      const { version: _version, ...previous } = before ?? DEFAULT_SETTINGS;
      recordAuditEvent(tx, { actorId, action: 'settings.update', entityType: 'mission_settings', entityId: 1, changes: diff(previous, changes) });
      // Only when the host changes: an admin who later removes it from the focus countries is not overruled by an unrelated save.
      if (changes.hostCountryCode && changes.hostCountryCode !== previous.hostCountryCode) {
        writeFocusCountry(tx, { actorId, code: changes.hostCountryCode, focus: true });
      }
      return tx.select(columns).from(missionSettings).get()!;
    },
    { behavior: 'immediate' },
  );
}

/** What the first-run checklist (lib/setup-checklist.ts) is decided from, in one read. Asked for admins only. */
export function getSetupFacts({ db = getDb() }: { db?: Database } = {}): SetupFacts {
  const settings = getMissionSettings({ db });
  const counts = db.get<{ focusCountryCount: number; activeAccountCount: number; areasReviewedAt: number | null }>(sql`
    select
      (select count(*) from ${focusCountries}) as focusCountryCount,
      (select count(*) from ${users} where ${users.active} = 1) as activeAccountCount,
      (select ${missionSettings.areasReviewedAt} from ${missionSettings}) as areasReviewedAt`);
  return {
    missionName: settings.missionName,
    ourCountryCode: settings.ourCountryCode,
    hostCountryCode: settings.hostCountryCode,
    focusCountryCount: counts.focusCountryCount,
    activeAccountCount: counts.activeAccountCount,
    areasReviewed: counts.areasReviewedAt !== null,
  };
}
