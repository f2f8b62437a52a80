/** A user's search text as a LIKE pattern: lower case, with LIKE's own wildcards escaped. */
export function likePattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `field:asc|desc` from a validated list query. */
export function parseSort<F extends string>(sort: string): { field: F; direction: 'asc' | 'desc' } {
  const [field, direction] = sort.split(':') as [F, 'asc' | 'desc'];
  return { field, direction };
}
