import { PagerLinks } from '@/components/list-controls-client';

// Client components (their words come from CommonWordsProvider), kept importable from here.
export { FilterSelect, NameSearch } from '@/components/list-controls-client';

/** Previous / next links for an offset-paginated list. */
export function Pager({ page, hasNext, href }: { page: number; hasNext: boolean; href: (page: number) => string }) {
  return <PagerLinks previous={page > 1 ? href(page - 1) : undefined} next={hasNext ? href(page + 1) : undefined} />;
}
