import { describe, expect, it } from 'vitest';
import { Forbidden } from './errors';
import { type Actor, assertCan, can, canOnRecord, type Permission, permissions } from './policy';

// The expected grid, written out by hand: a change to the policy must change this table too.
const expected: Record<Permission, { officer: boolean; manager: boolean; admin: boolean }> = {
  'account:list': { officer: false, manager: false, admin: true },
  'account:create': { officer: false, manager: false, admin: true },
  'account:change-role': { officer: false, manager: false, admin: true },
  'account:deactivate': { officer: false, manager: false, admin: true },
  'account:reset-password': { officer: false, manager: false, admin: true },
  'account:end-sessions': { officer: false, manager: false, admin: true },
  'account:reset-second-factor': { officer: false, manager: false, admin: true },
  'settings:edit': { officer: false, manager: false, admin: true },
  'reference:edit': { officer: false, manager: false, admin: true },
  'audit:read': { officer: false, manager: false, admin: true },
  'meeting:view': { officer: true, manager: true, admin: true },
  'meeting:view-restricted:any': { officer: false, manager: true, admin: true },
  'meeting:create': { officer: true, manager: true, admin: true },
  'meeting:edit:own': { officer: true, manager: true, admin: true },
  'meeting:edit:any': { officer: false, manager: true, admin: true },
  'meeting:delete': { officer: false, manager: true, admin: true },
  'meeting:export': { officer: true, manager: true, admin: true },
  'contact:view': { officer: true, manager: true, admin: true },
  'contact:create': { officer: true, manager: true, admin: true },
  'contact:edit': { officer: true, manager: true, admin: true },
  'contact:merge': { officer: false, manager: true, admin: true },
  'follow-up:view': { officer: true, manager: true, admin: true },
  'follow-up:create': { officer: true, manager: true, admin: true },
  'follow-up:update:own': { officer: true, manager: true, admin: true },
  'follow-up:update:any': { officer: false, manager: true, admin: true },
  'follow-up:reassign': { officer: false, manager: true, admin: true },
  'follow-up:review': { officer: false, manager: true, admin: true },
  'follow-up:export': { officer: true, manager: true, admin: true },
  'calendar:own': { officer: true, manager: true, admin: true },
  'draft:keep': { officer: true, manager: true, admin: true },
  'dashboard:view': { officer: true, manager: true, admin: true },
};

// Own/any: who may edit a meeting they did (own) or did not (other) create or attend.
const expectedMeetingEdit = {
  officer: { own: true, other: false },
  manager: { own: true, other: true },
  admin: { own: true, other: true },
};

const actor = (role: Actor['role'], active = true): Actor => ({ id: 1, role, active });

describe('policy', () => {
  it('has exactly the permissions of the expected grid', () => {
    expect(Object.keys(permissions).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [permission, byRole] of Object.entries(expected) as [Permission, typeof expected[Permission]][]) {
    for (const role of ['officer', 'manager', 'admin'] as const) {
      it(`${role} ${byRole[role] ? 'may' : 'may not'} ${permission}`, () => {
        expect(can(actor(role), permission)).toBe(byRole[role]);
        if (byRole[role]) expect(() => assertCan(actor(role), permission)).not.toThrow();
        else expect(() => assertCan(actor(role), permission)).toThrow(Forbidden);
      });
    }
    it(`nobody deactivated or signed out may ${permission}`, () => {
      expect(can(actor('admin', false), permission)).toBe(false);
      expect(can(null, permission)).toBe(false);
      expect(can(undefined, permission)).toBe(false);
    });
  }

  for (const [role, byOwnership] of Object.entries(expectedMeetingEdit)) {
    it(`${role} editing a meeting: own ${byOwnership.own}, other ${byOwnership.other}`, () => {
      expect(canOnRecord(actor(role as Actor['role']), 'meeting:edit', true)).toBe(byOwnership.own);
      expect(canOnRecord(actor(role as Actor['role']), 'meeting:edit', false)).toBe(byOwnership.other);
      expect(canOnRecord(actor(role as Actor['role'], false), 'meeting:edit', true)).toBe(false);
      // Follow-ups follow the same own/any split: owner or creator, or a manager.
      expect(canOnRecord(actor(role as Actor['role']), 'follow-up:update', true)).toBe(byOwnership.own);
      expect(canOnRecord(actor(role as Actor['role']), 'follow-up:update', false)).toBe(byOwnership.other);
    });
  }
});
