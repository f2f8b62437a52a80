import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { OPTIONAL_APPS } from '../apps.js';
import { allRoutes } from './all-routes.js';

const routes = allRoutes();

describe('the route table', () => {
  it('declares the whole API once: no method and URL twice', () => {
    const keys = routes.map(({ route, url }) => `${route.method} ${url}`);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
    expect(routes.length).toBeGreaterThanOrEqual(170);
  });

  it("names every path parameter in the route's params schema, and nothing more", () => {
    const wrong = routes.filter(({ route }) => {
      const inPath = [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1]).sort();
      const inSchema = route.params ? Object.keys(route.params.shape).sort() : [];
      return JSON.stringify(inPath) !== JSON.stringify(inSchema);
    });
    expect(wrong.map(({ name }) => name)).toEqual([]);
  });

  it('gives every route a summary, a tag, and one kind of answer', () => {
    for (const { name, route } of routes) {
      expect(route.summary.length, name).toBeGreaterThan(10);
      expect(route.tags?.length, name).toBe(1);
      // A file route answers a file, not JSON; a 204 has no body.
      expect(Boolean(route.file && route.response), name).toBe(false);
      if (route.status === 204) expect(route.response, name).toBeUndefined();
      if (route.status === 201) expect(route.method, name).not.toBe('GET');
    }
  });

  it('keeps GET free of bodies and owner-only routes behind a sign-in', () => {
    for (const { name, route } of routes) {
      if (route.method === 'GET') expect(route.body, name).toBeUndefined();
      if (route.ownerOnly) expect(['public', 'account'], name).not.toContain(route.access);
      if (route.signed) expect(route.access, name).toBe('public');
    }
  });

  it('gives every optional app its routes, and no public route an app', () => {
    for (const app of OPTIONAL_APPS)
      expect(
        routes.some(({ route }) => route.app === app),
        app,
      ).toBe(true);
    expect(routes.filter(({ route }) => route.app && route.access === 'public')).toEqual([]);
  });

  it('takes uploads as multipart and everything else as a schema', () => {
    for (const { name, route } of routes) {
      if (route.multipart) expect(route.body, name).toBeUndefined();
      if (route.body) expect(route.body instanceof z.ZodType, name).toBe(true);
    }
  });
});
