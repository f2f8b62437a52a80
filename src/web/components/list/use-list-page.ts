import { useNavigate } from '@tanstack/react-router';

/** What every list keeps in the URL: at least the page. */
export interface PagedSearch {
  page?: number;
}

/** The route a list page reads its search from (`getRouteApi('/app/…')`). */
interface ListRoute<S> {
  useSearch: () => S;
}

interface ListPageOptions<S> {
  /** Keys that are not filters (an open message): changing them keeps the page. */
  keepPage?: readonly (keyof S)[];
}

export interface ListPage<S> {
  /** The list's state as the route validated it from the URL. */
  search: S;
  /** Merges a change into the URL. */
  onChange: (patch: Partial<S>) => void;
}

/**
 * A list's filters, sort and page live in the URL, so a search can be bookmarked, shared and
 * restored with Back. Any change but a page change starts again from page 1; typing in the
 * search box (`q`) replaces the history entry instead of adding one per pause.
 */
export function useListPage<S extends PagedSearch>(
  route: ListRoute<S>,
  { keepPage = [] }: ListPageOptions<S> = {},
): ListPage<S> {
  const search = route.useSearch();
  const navigate = useNavigate();
  const onChange = (patch: Partial<S>) => {
    const keys = Object.keys(patch) as (keyof S)[];
    const restart = keys.some((key) => key !== 'page' && !keepPage.includes(key));
    const next = (previous: Record<string, unknown>) => ({
      ...previous,
      ...(restart ? { page: undefined } : {}),
      ...patch,
    });
    // The router types search per route; this hook serves any list route, whose own
    // validateSearch checks what lands in the URL.
    void navigate({ to: '.', search: next as never, replace: 'q' in patch });
  };
  return { search, onChange };
}
