export type SortDirection = 'asc' | 'desc';

export interface Sort<F extends string> {
  field: F;
  direction: SortDirection;
}

/** `name:asc` → `{ field: 'name', direction: 'asc' }`, or the fallback for anything else. */
export function parseSort<F extends string>(
  value: string | undefined,
  fields: readonly F[],
  fallback: Sort<F>,
): Sort<F> {
  const [field, direction] = (value ?? '').split(':');
  const known = fields.find((candidate) => candidate === field);
  if (!known || (direction !== 'asc' && direction !== 'desc')) return fallback;
  return { field: known, direction };
}

export function formatSort<F extends string>(sort: Sort<F>): `${F}:${SortDirection}` {
  return `${sort.field}:${sort.direction}`;
}

/** Clicking a header sorts by it ascending, clicking it again reverses. */
export function toggleSort<F extends string>(current: Sort<F>, field: F): Sort<F> {
  if (current.field !== field) return { field, direction: 'asc' };
  return { field, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}
