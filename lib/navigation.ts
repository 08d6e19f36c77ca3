import type { Permission } from './policy';

/** The main navigation; each entry shows only to users whose role grants its permission. */
export const navigation: { href: string; label: string; permission: Permission | null }[] = [
  { href: '/', label: 'Home', permission: null },
  { href: '/dashboard', label: 'Dashboard', permission: 'dashboard:view' },
  { href: '/meetings', label: 'Meetings', permission: 'meeting:view' },
  { href: '/follow-ups', label: 'Follow-ups', permission: 'follow-up:view' },
  { href: '/follow-ups/review', label: 'Review', permission: 'follow-up:review' },
  { href: '/contacts', label: 'Contacts', permission: 'contact:view' },
  { href: '/organisations', label: 'Organisations', permission: 'contact:view' },
  { href: '/posts', label: 'Posts', permission: 'post:view' },
  { href: '/admin/accounts', label: 'Accounts', permission: 'account:list' },
  { href: '/admin/reference', label: 'Reference data', permission: 'reference:edit' },
  { href: '/admin/settings', label: 'Settings', permission: 'settings:edit' },
  { href: '/admin/audit', label: 'Audit log', permission: 'audit:read' },
];
