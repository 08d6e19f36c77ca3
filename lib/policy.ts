import { Forbidden } from './errors';
import { type Role, roleRank } from './roles';

/**
 * The one table of who may do what. Every server action, route handler and data query asks this
 * module; the navigation and the admin page read it too. A permission missing a row is a type error.
 */
export const permissions = {
  'account:list': { minRole: 'admin', description: 'See every account, its role and status' },
  'account:create': { minRole: 'admin', description: 'Create an account' },
  'account:change-role': { minRole: 'admin', description: "Change an account's role" },
  'account:deactivate': { minRole: 'admin', description: 'Deactivate or reactivate an account' },
  'account:reset-password': { minRole: 'admin', description: "Reset another account's password" },
  'settings:edit': { minRole: 'admin', description: 'Edit the mission settings (name)' },
} as const satisfies Record<string, { minRole: Role; description: string }>;

export type Permission = keyof typeof permissions;

/** The part of a user the policy needs. Always the fresh database row, never the JWT. */
export type Actor = { id: number; role: Role; active: boolean };

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  if (!actor || !actor.active) return false;
  return roleRank(actor.role) >= roleRank(permissions[permission].minRole);
}

export function assertCan(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!can(actor, permission)) throw new Forbidden();
}
