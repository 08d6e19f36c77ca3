/** What of a click decides whether the app's client router may take it over. */
export type Click = { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; defaultPrevented: boolean };
/** What of the clicked link, and of the page it is on, decides it (as `HTMLAnchorElement` and `Location` spell them). */
export type Place = { origin: string; pathname: string; search: string; hash: string };
export type Anchor = Place & { target: string; download: boolean };

/**
 * The address the client router should open for a click on one of the app's links, or null when
 * the browser does better: a click with a modifier key or another button (a new tab or window), one
 * some handler already took, a link to another site, a download, a link to another window, or to a
 * place on the same page. The app sets no `basePath`; with one, it would have to come off the
 * pathname here, since the router adds it.
 */
export function clientNavigationTarget(click: Click, link: Anchor, page: Place): string | null {
  if (click.defaultPrevented || click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return null;
  if (link.download || (link.target !== '' && link.target !== '_self') || link.origin !== page.origin) return null;
  if (link.hash !== '' && link.pathname === page.pathname && link.search === page.search) return null;
  return link.pathname + link.search + link.hash;
}
