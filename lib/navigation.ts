import type { Permission } from './policy';

/** The main navigation; each entry shows only to users whose role grants its permission. `label` is its key in the catalogues' `nav`. */
export const navigation: { href: string; label: string; permission: Permission | null }[] = [
  { href: '/', label: 'home', permission: null },
  { href: '/dashboard', label: 'dashboard', permission: 'dashboard:view' },
  { href: '/meetings', label: 'meetings', permission: 'meeting:view' },
  { href: '/follow-ups', label: 'followUps', permission: 'follow-up:view' },
  { href: '/follow-ups/review', label: 'review', permission: 'follow-up:review' },
  { href: '/contacts', label: 'contacts', permission: 'contact:view' },
  { href: '/organisations', label: 'organisations', permission: 'contact:view' },
  { href: '/posts', label: 'posts', permission: 'post:view' },
  { href: '/admin/accounts', label: 'accounts', permission: 'account:list' },
  { href: '/admin/reference', label: 'reference', permission: 'reference:edit' },
  { href: '/admin/settings', label: 'settings', permission: 'settings:edit' },
  { href: '/admin/audit', label: 'audit', permission: 'audit:read' },
];
