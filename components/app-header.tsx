'use client';

import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { Link } from '@/components/ui/link';
import { roleLabels, type Role } from '@/lib/roles';

type Props = {
  missionName: string;
  navigation: { href: string; label: string }[];
  user: { name: string; email: string; role: Role };
  /** The sign-out form; passed in because it posts to a route's server action. */
  signOut: ReactNode;
};

/** The entry the current page belongs to: the longest matching path, so /follow-ups/review is Review, not Follow-ups. */
function currentEntry(pathname: string, navigation: Props['navigation']) {
  const matches = navigation.filter((item) => pathname === item.href || (item.href !== '/' && pathname.startsWith(`${item.href}/`)));
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

/**
 * Every page's header. A client component fed plain values, although nothing in it needs the
 * browser but the current-page mark: as a server component its element tree was sent with every
 * page in the RSC payload, 4 kB that each view paid to write and read back (decision 0011).
 */
export function AppHeader({ missionName, navigation, user, signOut }: Props) {
  const current = currentEntry(usePathname(), navigation);
  return (
    <header className="bg-brand-900 text-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="min-w-0 flex-1 truncate text-lg font-semibold sm:flex-none">
          {missionName}
        </Link>
        <details className="group relative order-2 sm:order-3 sm:ml-auto">
          <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md px-2 hover:bg-white/10">
            <span className="sr-only">Account menu for </span>
            <span className="max-w-40 truncate text-sm">{user.name}</span>
            <span aria-hidden="true">▾</span>
          </summary>
          <div className="absolute right-0 z-20 mt-2 w-64 rounded-lg border border-slate-200 bg-white p-4 text-slate-900 shadow-lg">
            <p className="truncate font-medium">{user.name}</p>
            <p className="truncate text-sm text-slate-600">{user.email}</p>
            <p className="mt-1 text-sm text-slate-600">Role: {roleLabels[user.role]}</p>
            <Link href="/help" className="mt-2 inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline">
              Help: what your role allows
            </Link>
            <div className="mt-3 border-t border-slate-200 pt-3">{signOut}</div>
          </div>
        </details>
        <nav aria-label="Main" className="order-3 w-full sm:order-2 sm:w-auto">
          {/* One scrollable line on a phone rather than three wrapped ones. */}
          <ul className="-mx-2 flex gap-1 overflow-x-auto sm:mx-0 sm:flex-wrap">
            {navigation.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={item.href === current ? 'page' : undefined}
                  className="flex min-h-11 items-center whitespace-nowrap rounded-md px-3 text-sm font-medium hover:bg-white/10 aria-[current=page]:bg-white/15 aria-[current=page]:underline aria-[current=page]:underline-offset-4"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
