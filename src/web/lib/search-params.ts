import type { SearchParser, SearchSerializer } from '@tanstack/react-router';

/**
 * Plain `?q=42&page=2` URLs instead of the router's JSON encoding (which would quote a search
 * for "42" as `%2242%22`). Every value is a string; each route's search schema coerces it.
 */
export const parseSearch: SearchParser = (searchStr) =>
  Object.fromEntries(new URLSearchParams(searchStr));

export const stringifySearch: SearchSerializer = (search) => {
  const query = toQueryString(search);
  return query ? `?${query}` : '';
};

/** Query string from a params object, leaving out empty and absent values. */
export function toQueryString(params: Record<string, unknown>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      query.set(key, String(value));
    }
  }
  return query.toString();
}
