import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Conflict } from '../lib/errors';
import { createTestDatabase } from './test-database';
import { DEFAULT_MISSION_NAME, getMissionSettings, updateMissionSettings } from './settings';
import { createFirstAdmin } from './users';

let testDb: ReturnType<typeof createTestDatabase>;
let adminId: number;
beforeEach(() => {
  testDb = createTestDatabase();
  adminId = createFirstAdmin({ db: testDb.db, account: { name: 'Ada', email: 'ada@mission.test', passwordHash: 'x' } }).id;
});
afterEach(() => testDb.close());

describe('mission settings', () => {
  it('start with a default name, then keep what the admin saves', () => {
    expect(getMissionSettings({ db: testDb.db })).toMatchObject({ missionName: DEFAULT_MISSION_NAME, version: 0 });
    updateMissionSettings({ db: testDb.db, actorId: adminId, missionName: 'Embassy in Brussels', version: 0 });
    expect(getMissionSettings({ db: testDb.db })).toMatchObject({ missionName: 'Embassy in Brussels', version: 1 });
  });

  it('refuse a save based on a version someone else already replaced, keeping their change', () => {
    updateMissionSettings({ db: testDb.db, actorId: adminId, missionName: 'First', version: 0 });
    // Two admins opened the form at version 1; the first save wins, the second is refused.
    updateMissionSettings({ db: testDb.db, actorId: adminId, missionName: 'Second', version: 1 });
    expect(() => updateMissionSettings({ db: testDb.db, actorId: adminId, missionName: 'Third', version: 1 })).toThrow(Conflict);
    expect(() => updateMissionSettings({ db: testDb.db, actorId: adminId, missionName: 'Late first', version: 0 })).toThrow(Conflict);
    expect(getMissionSettings({ db: testDb.db })).toMatchObject({ missionName: 'Second', version: 2 });
  });
});
