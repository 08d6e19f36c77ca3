import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Conflict } from '../lib/errors';
import { isSetupComplete } from '../lib/setup-checklist';
import { listAuditEvents } from './audit';
import { createCooperationArea, listCooperationAreas, listFocusCountryCodes, markAreasReviewed, setFocusCountry, updateCooperationArea } from './reference';
import { createTestDatabase } from './test-database';
import { DEFAULT_MISSION_NAME, getMissionSettings, getSetupFacts, updateMissionSettings } from './settings';
import { createAccount, createFirstAdmin, setAccountActive } from './users';

let testDb: ReturnType<typeof createTestDatabase>;
let adminId: number;
beforeEach(() => {
  testDb = createTestDatabase();
  adminId = createFirstAdmin({ db: testDb.db, account: { name: 'Ada', email: 'ada@mission.test', passwordHash: 'x' } }).id;
});
afterEach(() => testDb.close());

const db = () => testDb.db;
const auditOf = (action: string) => listAuditEvents({ db: db(), filters: { action } }).events;

describe('mission settings', () => {
  it('start with a default name and UTC, then keep what the admin saves', () => {
    const limits = { sessionHours: 12, idleMinutes: 30, secondFactorForEveryone: false };
    expect(getMissionSettings({ db: db() })).toEqual({
      missionName: DEFAULT_MISSION_NAME,
      ourCountryCode: null,
      hostCountryCode: null,
      timeZone: 'UTC',
      ...limits,
      version: 0,
    });
    updateMissionSettings({
      db: db(),
      actorId: adminId,
      missionName: 'Embassy in Brussels',
      ourCountryCode: 'KZ',
      hostCountryCode: null,
      timeZone: 'Europe/Brussels',
      version: 0,
    });
    expect(getMissionSettings({ db: db() })).toEqual({
      missionName: 'Embassy in Brussels',
      ourCountryCode: 'KZ',
      hostCountryCode: null,
      timeZone: 'Europe/Brussels',
      ...limits,
      version: 1,
    });
  });

  it('refuse a save based on a version someone else already replaced, keeping their change', () => {
    updateMissionSettings({ db: db(), actorId: adminId, missionName: 'First', version: 0 });
    // Two admins opened the form at version 1; the first save wins, the second is refused.
    updateMissionSettings({ db: db(), actorId: adminId, missionName: 'Second', timeZone: 'Asia/Almaty', version: 1 });
    expect(() => updateMissionSettings({ db: db(), actorId: adminId, missionName: 'Third', timeZone: 'UTC', version: 1 })).toThrow(Conflict);
    expect(() => updateMissionSettings({ db: db(), actorId: adminId, missionName: 'Late first', version: 0 })).toThrow(Conflict);
    expect(getMissionSettings({ db: db() })).toMatchObject({ missionName: 'Second', timeZone: 'Asia/Almaty', version: 2 });
  });

  it('audit exactly the fields that changed', () => {
    updateMissionSettings({ db: db(), actorId: adminId, missionName: 'Embassy', ourCountryCode: 'KZ', timeZone: 'UTC', version: 0 });
    updateMissionSettings({ db: db(), actorId: adminId, missionName: 'Embassy', ourCountryCode: 'KZ', timeZone: 'Europe/Brussels', version: 1 });
    expect(auditOf('settings.update').map((event) => event.changes)).toEqual([
      { timeZone: ['UTC', 'Europe/Brussels'] },
      { missionName: [DEFAULT_MISSION_NAME, 'Embassy'], ourCountryCode: [null, 'KZ'] },
    ]);
  });

  it('make a new host country one of the focus countries, audited, and leave it to the admin afterwards', () => {
    setFocusCountry({ db: db(), actorId: adminId, code: 'LU', focus: true });
    updateMissionSettings({ db: db(), actorId: adminId, hostCountryCode: 'BE', version: 0 });
    expect(listFocusCountryCodes({ db: db() }).sort()).toEqual(['BE', 'LU']);
    expect(
      auditOf('country.focus')
        .map((event) => event.entityId)
        .sort(),
    ).toEqual(['BE', 'LU']);

    // Removed on purpose: a later save that keeps the same host does not bring it back.
    setFocusCountry({ db: db(), actorId: adminId, code: 'BE', focus: false });
    updateMissionSettings({ db: db(), actorId: adminId, missionName: 'Embassy', hostCountryCode: 'BE', version: 1 });
    expect(listFocusCountryCodes({ db: db() })).toEqual(['LU']);
  });

  it('roll the focus country back with the settings when the save is refused', () => {
    updateMissionSettings({ db: db(), actorId: adminId, missionName: 'First', version: 0 });
    expect(() => updateMissionSettings({ db: db(), actorId: adminId, hostCountryCode: 'BE', version: 0 })).toThrow(Conflict);
    expect(listFocusCountryCodes({ db: db() })).toEqual([]);
  });
});

describe('setup facts', () => {
  it('follow the data through every step of a fresh install', () => {
    expect(getSetupFacts({ db: db() })).toEqual({
      missionName: DEFAULT_MISSION_NAME,
      ourCountryCode: null,
      hostCountryCode: null,
      focusCountryCount: 0,
      areasReviewed: false,
      activeAccountCount: 1,
    });
    updateMissionSettings({
      db: db(),
      actorId: adminId,
      missionName: 'Embassy of Kazakhstan in Brussels',
      ourCountryCode: 'KZ',
      hostCountryCode: 'BE',
      timeZone: 'Europe/Brussels',
      version: 0,
    });
    const colleague = createAccount({ db: db(), actorId: adminId, account: { name: 'Olga', email: 'olga@mission.test', role: 'officer', passwordHash: 'x' } });
    expect(getSetupFacts({ db: db() })).toMatchObject({ focusCountryCount: 1, activeAccountCount: 2, areasReviewed: false });
    expect(isSetupComplete(getSetupFacts({ db: db() }))).toBe(false);

    markAreasReviewed({ db: db(), actorId: adminId });
    expect(isSetupComplete(getSetupFacts({ db: db() }))).toBe(true);
    // A deactivated colleague no longer counts.
    setAccountActive({ db: db(), actorId: adminId, userId: colleague.id, active: false });
    expect(getSetupFacts({ db: db() }).activeAccountCount).toBe(1);
  });

  it('count adding or renaming an area as reviewing the list, stamped once; retiring one does not count', () => {
    const [first] = listCooperationAreas({ db: db() });
    updateCooperationArea({ db: db(), actorId: adminId, areaId: first!.id, changes: { active: false } });
    expect(getSetupFacts({ db: db() }).areasReviewed).toBe(false);

    updateCooperationArea({ db: db(), actorId: adminId, areaId: first!.id, changes: { name: 'Digital economy' } });
    expect(getSetupFacts({ db: db() }).areasReviewed).toBe(true);
    createCooperationArea({ db: db(), actorId: adminId, name: 'Space' });
    expect(auditOf('settings.areas-reviewed')).toHaveLength(1);

    // Before any settings were saved: the review makes the row at version 0, so the settings form's first save still fits.
    expect(getMissionSettings({ db: db() }).version).toBe(0);
    updateMissionSettings({ db: db(), actorId: adminId, missionName: 'Embassy', version: 0 });
    expect(getSetupFacts({ db: db() })).toMatchObject({ missionName: 'Embassy', areasReviewed: true });
  });

  it('mark the list reviewed by the button without making an open settings form stale', () => {
    updateMissionSettings({ db: db(), actorId: adminId, missionName: 'Embassy', version: 0 });
    markAreasReviewed({ db: db(), actorId: adminId });
    expect(getSetupFacts({ db: db() }).areasReviewed).toBe(true);
    expect(() => updateMissionSettings({ db: db(), actorId: adminId, missionName: 'Embassy renamed', version: 1 })).not.toThrow();
  });
});
