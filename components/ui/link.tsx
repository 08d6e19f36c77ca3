import type { ComponentProps } from 'react';

type Props = Omit<ComponentProps<'a'>, 'href'> & { href: string };

/**
 * A link inside the app: a plain anchor that `ClientNavigation` opens without reloading the page
 * (the `data-nav` mark). Next.js's Link did the same and, with prefetching off (every page here is
 * dynamic), nothing more — yet each one ran hooks and callbacks on the server and in the
 * browser, 40–80 times per page (decision 0009). The one place the app makes such a link.
 */
export function Link(props: Props) {
  return <a data-nav="" {...props} />;
}
