'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useRef, useTransition } from 'react';
import { clientNavigationTarget } from '@/lib/client-navigation';

/**
 * Opens the app's links (`Link`, marked `data-nav`) with the client router, as Next.js's Link
 * does: no new document, the layout kept. One listener for the whole page instead of a component
 * per link (decision 0009). React's own handlers are on the document too and were added first, so
 * a link's onClick runs before this and can prevent it.
 */
export function ClientNavigation() {
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  useEffect(() => {
    const open = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[data-nav]') : null;
      if (!(link instanceof HTMLAnchorElement)) return;
      const target = clientNavigationTarget(
        event,
        { origin: link.origin, pathname: link.pathname, search: link.search, hash: link.hash, target: link.target, download: link.hasAttribute('download') },
        window.location,
      );
      if (target === null) return;
      event.preventDefault();
      startNavigation(() => router.push(target));
    };
    document.addEventListener('click', open);
    return () => document.removeEventListener('click', open);
  }, [router]);
  useEffect(() => {
    // Until now buttons showed they were not ready (globals.css): their handlers are attached.
    document.documentElement.dataset.hydrated = '';
  }, []);
  useEffect(() => {
    document.querySelector('main')?.setAttribute('aria-busy', String(navigating));
  }, [navigating]);
  useFocusOnNewPage();
  // Shown from the click until the new page is drawn: the old page stays, so something must say the tap was taken.
  return navigating ? <div className="navigation-progress" data-testid="navigation-progress" aria-hidden="true" /> : null;
}

/**
 * After moving to another page without a new document, the control that was used (a link in the
 * old page, a Save button) is gone and focus would fall to the page body: it goes to the new page's
 * heading instead, where a screen reader announces it and Tab continues. A page that placed focus
 * itself (a field with autoFocus) keeps it.
 */
function useFocusOnNewPage() {
  const pathname = usePathname();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    if (document.activeElement && document.activeElement !== document.body) return;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }, [pathname]);
}
