'use client';

import { usePathname } from 'next/navigation';
import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react';
import { Link } from '@/components/ui/link';

type Props = {
  missionName: string;
  navigation: { href: string; label: string }[];
  /** `role` as the line reads: "Role: Officer". */
  user: { name: string; email: string; role: string };
  /** Its words, in the reader's language (a server component translates them: no catalogue is shipped). */
  labels: { mainNavigation: string; menu: string; accountMenuFor: string; account: string; help: string };
  /** The sign-out form; passed in because it posts to a route's server action. */
  signOut: ReactNode;
};

/** The entry the current page belongs to: the longest matching path, so /follow-ups/review is Review, not Follow-ups. */
function currentEntry(pathname: string, navigation: Props['navigation']) {
  const matches = navigation.filter((item) => pathname === item.href || (item.href !== '/' && pathname.startsWith(`${item.href}/`)));
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

/**
 * Every page's header. A client component fed plain values: as a server component its element
 * tree was sent with every page in the RSC payload, 4 kB that each view paid to write and read
 * back (decision 0009). Below `sm` the links sit behind a "Menu" button, since eleven of them
 * do not fit a phone's width; from `sm` up they are one row, and the button is hidden.
 */
export function AppHeader({ missionName, navigation, user, labels, signOut }: Props) {
  const pathname = usePathname();
  const current = currentEntry(pathname, navigation);
  // The menu is open on the page it was opened on: any navigation, Back included, closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const menuOpen = openOn === pathname;
  const menuButton = useRef<HTMLButtonElement>(null);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuOpen) return;
    setOpenOn(null);
    menuButton.current?.focus();
  };
  // The account menu is a <details>: Escape closes it, and focus goes back to its summary.
  const closeAccountMenuOnEscape = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !event.currentTarget.open) return;
    event.currentTarget.open = false;
    event.currentTarget.querySelector('summary')?.focus();
  };
  return (
    <header className="on-navy relative bg-brand-900 text-white print:hidden">
      <div className="mx-auto flex max-w-6xl items-center gap-x-3 gap-y-2 px-4 py-3 sm:flex-wrap sm:gap-x-6">
        <Link href="/" className="min-w-0 flex-1 truncate text-lg font-semibold sm:flex-none">
          {missionName}
        </Link>
        <details className="group relative order-3 sm:ml-auto" onKeyDown={closeAccountMenuOnEscape}>
          <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md px-2 hover:bg-white/10">
            <span className="sr-only">{labels.accountMenuFor}</span>
            <span className="max-w-24 truncate text-sm sm:max-w-40">{user.name}</span>
            <span aria-hidden="true">▾</span>
          </summary>
          <div className="absolute right-0 z-20 mt-2 w-64 max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white p-4 text-slate-900 shadow-lg on-white">
            <p className="truncate font-medium">{user.name}</p>
            <p className="truncate text-sm text-slate-600">{user.email}</p>
            <p className="mt-1 text-sm text-slate-600">{user.role}</p>
            <Link href="/account" className="mt-2 flex min-h-11 items-center text-sm font-medium text-brand-700 underline">
              {labels.account}
            </Link>
            <Link href="/help" className="flex min-h-11 items-center text-sm font-medium text-brand-700 underline">
              {labels.help}
            </Link>
            <div className="mt-3 border-t border-slate-200 pt-3">{signOut}</div>
          </div>
        </details>
        <nav aria-label={labels.mainNavigation} className="order-2" onKeyDown={closeOnEscape}>
          <button
            ref={menuButton}
            type="button"
            aria-expanded={menuOpen}
            aria-controls="main-navigation-links"
            onClick={() => setOpenOn(menuOpen ? null : pathname)}
            className="flex min-h-11 items-center gap-2 rounded-md border border-white/30 px-3 text-sm font-medium hover:bg-white/10 sm:hidden"
          >
            {labels.menu} <span aria-hidden="true">{menuOpen ? '✕' : '☰'}</span>
          </button>
          {/* On a phone, a panel under the header when open; from sm up, the row itself. */}
          <ul
            id="main-navigation-links"
            className={`${menuOpen ? 'flex' : 'hidden'} absolute inset-x-0 top-full z-30 flex-col gap-1 bg-brand-900 px-4 pb-3 shadow-lg sm:static sm:flex sm:flex-row sm:flex-wrap sm:p-0 sm:shadow-none`}
            onClick={(event) => {
              if (event.target instanceof Element && event.target.closest('a')) setOpenOn(null);
            }}
          >
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
