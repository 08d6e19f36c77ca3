'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Opens the app's links (`Link`, marked `data-nav`) with the client router, as Next.js's Link
 * does: no new document, the layout kept. One listener for the whole page instead of a component
 * per link (decision 0019). What a browser does better is left to it: a click with a modifier key
 * or another button (new tab, new window), a link to another site, to a download or to another
 * window, and a link to a place on the same page.
 */
export function ClientNavigation() {
  const router = useRouter();
  useEffect(() => {
    const open = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[data-nav]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download') || (link.target && link.target !== '_self')) return;
      if (link.origin !== window.location.origin) return;
      if (link.hash && link.pathname === window.location.pathname && link.search === window.location.search) return;
      event.preventDefault();
      router.push(link.pathname + link.search + link.hash);
    };
    document.addEventListener('click', open);
    return () => document.removeEventListener('click', open);
  }, [router]);
  return null;
}
