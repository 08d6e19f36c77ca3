import { describe, expect, it } from 'vitest';
import { Forbidden } from './errors';
import { type Actor, assertCan, can, type Permission, permissions } from './policy';

// The expected grid, written out by hand: a change to the policy must change this table too.
const expected: Record<Permission, { officer: boolean; manager: boolean; admin: boolean }> = {
  'account:list': { officer: false, manager: false, admin: true },
  'account:create': { officer: false, manager: false, admin: true },
  'account:change-role': { officer: false, manager: false, admin: true },
  'account:deactivate': { officer: false, manager: false, admin: true },
  'account:reset-password': { officer: false, manager: false, admin: true },
  'settings:edit': { officer: false, manager: false, admin: true },
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
});
