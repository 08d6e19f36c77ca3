import { describe, expect, it } from 'vitest';
import { Forbidden } from './errors';
import {
  type Viewer,
  assertCan,
  can,
  canChangeAudience,
  canOnRecord,
  canSeeHandover,
  canSeeMeeting,
  canTakePartInHandover,
  mayOwnFollowUpOf,
  type Permission,
  permissions,
} from './policy';

// The expected grid, written out by hand: a change to the policy must change this table too.
const expected: Record<Permission, { officer: boolean; manager: boolean; admin: boolean }> = {
  'account:list': { officer: false, manager: false, admin: true },
  'account:create': { officer: false, manager: false, admin: true },
  'account:change-role': { officer: false, manager: false, admin: true },
  'account:deactivate': { officer: false, manager: false, admin: true },
  'account:reset-password': { officer: false, manager: false, admin: true },
  'account:end-sessions': { officer: false, manager: false, admin: true },
  'account:reset-second-factor': { officer: false, manager: false, admin: true },
  'account:clear-sign-in-locks': { officer: false, manager: false, admin: true },
  'settings:edit': { officer: false, manager: false, admin: true },
  'reference:edit': { officer: false, manager: false, admin: true },
  'audit:read': { officer: false, manager: false, admin: true },
  'meeting:view': { officer: true, manager: true, admin: true },
  'meeting:view-restricted:any': { officer: false, manager: true, admin: true },
  'meeting:create': { officer: true, manager: true, admin: true },
  'meeting:edit:own': { officer: true, manager: true, admin: true },
  'meeting:edit:any': { officer: false, manager: true, admin: true },
  'meeting:change-audience:own': { officer: true, manager: true, admin: true },
  'meeting:change-audience:any': { officer: false, manager: true, admin: true },
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
  'post:view': { officer: true, manager: true, admin: true },
  'post:manage': { officer: false, manager: false, admin: true },
  'post:hand-over': { officer: false, manager: true, admin: true },
  'handover:take-part': { officer: true, manager: true, admin: true },
  'dashboard:view': { officer: true, manager: true, admin: true },
};

// Own/any: who may edit a meeting they did (own) or did not (other) create or attend.
const expectedMeetingEdit = {
  officer: { own: true, other: false },
  manager: { own: true, other: true },
  admin: { own: true, other: true },
};

const actor = (role: Viewer['role'], active = true): Viewer => ({ id: 1, role, active });

describe('policy', () => {
  it('has exactly the permissions of the expected grid', () => {
    expect(Object.keys(permissions).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [permission, byRole] of Object.entries(expected) as [Permission, (typeof expected)[Permission]][]) {
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
      expect(canOnRecord(actor(role as Viewer['role']), 'meeting:edit', true)).toBe(byOwnership.own);
      expect(canOnRecord(actor(role as Viewer['role']), 'meeting:edit', false)).toBe(byOwnership.other);
      expect(canOnRecord(actor(role as Viewer['role'], false), 'meeting:edit', true)).toBe(false);
      // Follow-ups follow the same own/any split: owner or creator, or a manager.
      expect(canOnRecord(actor(role as Viewer['role']), 'follow-up:update', true)).toBe(byOwnership.own);
      expect(canOnRecord(actor(role as Viewer['role']), 'follow-up:update', false)).toBe(byOwnership.other);
    });
  }
});

describe('field-level rules on a restricted meeting', () => {
  // Officer 1 wrote it, officer 2 attended it, officer 3 neither; 4 is a manager.
  const restricted = { confidentiality: 'restricted' as const, createdById: 1, attendeeIds: [2] };
  const author = { id: 1, role: 'officer' as const, active: true };
  const attendee = { id: 2, role: 'officer' as const, active: true };
  const outsider = { id: 3, role: 'officer' as const, active: true };
  const manager = { id: 4, role: 'manager' as const, active: true };

  it('is seen by its author, its attendees and managers only; a normal meeting by everyone', () => {
    expect([author, attendee, outsider, manager].map((who) => canSeeMeeting(who, restricted))).toEqual([true, true, false, true]);
    expect(canSeeMeeting(outsider, { ...restricted, confidentiality: 'normal' })).toBe(true);
    expect(canSeeMeeting({ ...author, active: false }, restricted)).toBe(false);
  });

  it('may be made normal, or its attendees changed, by its author and managers, not by an attendee', () => {
    const widened = { confidentiality: 'normal' as const, attendeeIds: [2] };
    const reshaped = { confidentiality: 'restricted' as const, attendeeIds: [2, 3] };
    for (const after of [widened, reshaped, { confidentiality: 'restricted' as const, attendeeIds: [] }]) {
      expect([author, attendee, manager].map((who) => canChangeAudience(who, restricted, after))).toEqual([true, false, true]);
    }
    // The rest of the meeting stays the attendee's to edit: same audience, attendees in another order.
    expect(canChangeAudience(attendee, { ...restricted, attendeeIds: [2, 1] }, { confidentiality: 'restricted', attendeeIds: [1, 2] })).toBe(true);
    // A normal meeting's audience is anyone's who may edit it, restricting it included.
    expect(canChangeAudience(attendee, { ...restricted, confidentiality: 'normal' }, { confidentiality: 'restricted', attendeeIds: [] })).toBe(true);
  });

  it('has its follow-ups owned only by someone who may see it', () => {
    expect([author, attendee, outsider, manager].map((who) => mayOwnFollowUpOf(who, restricted))).toEqual([true, true, false, true]);
    expect(mayOwnFollowUpOf(outsider, null)).toBe(true);
  });
});

describe('a handover, between its leaving holder and its successor', () => {
  const leaving: Viewer = { id: 1, role: 'officer', active: true };
  const successor: Viewer = { id: 2, role: 'officer', active: true };
  const colleague: Viewer = { id: 3, role: 'officer', active: true };
  const manager: Viewer = { id: 4, role: 'manager', active: true };
  const handover = { fromUserId: 1, toUserId: 2 };
  const everyone = [leaving, successor, colleague, manager, { ...successor, active: false }];

  it('is seen by its two holders and managers only', () => {
    expect(everyone.map((who) => canSeeHandover(who, handover))).toEqual([true, true, false, true, false]);
  });
  it('has its notes written by the leaving holder or a manager', () => {
    expect(everyone.map((who) => canTakePartInHandover(who, handover, 'notes'))).toEqual([true, false, false, true, false]);
  });
  it('has its items acknowledged by the successor alone, not even a manager', () => {
    expect(everyone.map((who) => canTakePartInHandover(who, handover, 'acknowledge'))).toEqual([false, true, false, false, false]);
    expect(canTakePartInHandover(manager, { fromUserId: null, toUserId: 4 }, 'acknowledge')).toBe(true);
  });
});
