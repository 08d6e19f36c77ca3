/** Roles are cumulative: each one can do everything the roles before it can. */
export const roles = ['officer', 'manager', 'admin'] as const;
export type Role = (typeof roles)[number];

export function roleRank(role: Role): number {
  return roles.indexOf(role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}
