import * as routes from './index.js';
import type { RouteDefinition } from './define.js';

const isRoute = (value: unknown): value is RouteDefinition =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as RouteDefinition).method === 'string' &&
  typeof (value as RouteDefinition).path === 'string';

/** The tables of a value: a table, or tables per document kind (`documentRoutes.invoice`). */
function tablesOf(value: unknown): Record<string, RouteDefinition>[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries = Object.values(value);
  if (entries.length > 0 && entries.every(isRoute))
    return [value as Record<string, RouteDefinition>];
  return entries.flatMap((entry) => (typeof entry === 'object' ? tablesOf(entry) : []));
}

/** Every route the contract declares, with its full URL as the server registers it. */
export function allRoutes(): { name: string; url: string; route: RouteDefinition }[] {
  const seen = new Set<RouteDefinition>();
  const found: { name: string; url: string; route: RouteDefinition }[] = [];
  for (const [exported, value] of Object.entries(routes)) {
    for (const table of tablesOf(value)) {
      for (const [name, route] of Object.entries(table)) {
        if (seen.has(route)) continue;
        seen.add(route);
        found.push({
          name: `${exported}.${name}`,
          url: (route.base ?? '/api/v1') + route.path,
          route,
        });
      }
    }
  }
  return found;
}
