import { z } from 'zod';
import type { Organization, RecordId } from './access-matrix-world.js';

/** What a URL is made from: the registered path and its path parameters' schema. */
export interface RoutePath {
  url: string;
  params?: unknown;
}

/** The record each path parameter names, taken from `world`: by name, else by the URL's resource. */
export function recordsFor(
  route: RoutePath,
  world: Organization,
): Record<string, RecordId | string> {
  const names = [...route.url.matchAll(/:(\w+)/g)].map((match) => match[1] as string);
  const shape =
    route.params instanceof z.ZodObject ? (route.params.shape as Record<string, z.ZodType>) : {};
  const resource = /^\/api\/v1\/(?:me\/)?([\w-]+)/.exec(route.url)?.[1] ?? '';
  const values: Record<string, RecordId | string> = {};
  for (const name of names) {
    const schema = shape[name];
    if (schema instanceof z.ZodEnum) values[name] = String(schema.options[0]);
    else if (schema instanceof z.ZodUUID || name === 'id' || name.endsWith('Id'))
      values[name] = world.ids[name] ?? world.ids[resource] ?? (world.ids.customers as RecordId);
    else if (name === 'index') values[name] = '0';
    else values[name] = 'x'.repeat(43);
  }
  return values;
}

export function urlFor(route: RoutePath, records: Record<string, RecordId | string>): string {
  return route.url
    .replace(/:(\w+)/g, (_, name: string) => {
      const value = records[name];
      return encodeURIComponent(typeof value === 'string' ? value : (value?.id ?? 'x'));
    })
    .replace(/\*$/, 'x');
}
