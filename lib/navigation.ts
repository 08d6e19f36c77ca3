import type { Permission } from './policy';

/** The main navigation; each entry shows only to users whose role grants its permission. */
export const navigation: { href: string; label: string; permission: Permission | null }[] = [
  { href: '/', label: 'Home', permission: null },
  { href: '/admin/accounts', label: 'Accounts', permission: 'account:list' },
  { href: '/admin/settings', label: 'Settings', permission: 'settings:edit' },
];
