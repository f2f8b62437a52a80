/**
 * The access matrix: every route of the app, read from the route table the auth layer keeps
 * (`app.routeTable`, filled by its `onRoute` hook), called by every kind of actor — anonymous,
 * the owner of another organization, an employee without modules, an employee with exactly one
 * module (each in turn), an accountant linked to no organization, an accountant linked to A
 * (also aimed at B's records), support staff while A's GDPR switch is off, and support staff in
 * a session in B (read-only).
 *
 * Organizations A and B hold one record of every kind, each with a unique marker (see
 * access-matrix-world.ts). A leak is any 5xx, any answer that carries a marker the actor may not
 * see (lists, notifications, exports included), any 2xx of a change the actor may not make, or
 * a declared module the actor lacks that does not answer 403. What a route requires comes from
 * its declared access; what a record requires comes from its marker: a new route is covered the
 * day it is registered, with no list to maintain. A route that forgets its access stops the app,
 * and one that declares too little is flagged (both shown at the bottom).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MODULES, OPTIONAL_APPS, type Module } from '../../src/contract/index.js';
import { buildApp } from '../../src/server/app.js';
import type { RouteAccess } from '../../src/server/platform/auth/auth-plugin.js';
import { modulesOf, type Access } from '../../src/server/platform/auth/permissions.js';
import { createLocalStorage } from '../../src/server/platform/storage/local-storage.js';
import { bodyFor, idKeysFor } from './access-matrix-body.js';
import { recordsFor, urlFor } from './route-urls.js';
import {
  actorsOf,
  seedOrganization,
  type Actor,
  type Marker,
  type Organization,
  type RecordId,
} from './access-matrix-world.js';
import type { Client } from './test-app.js';
import { createTestApp, uniqueEmail, type TestApp } from './test-app.js';

const SUPPORT_EMAILS = [uniqueEmail('matrix-support'), uniqueEmail('matrix-support-b')] as const;
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

let t: TestApp;
let a: Organization;
let b: Organization;
let actors: Actor[];
let snapshotBefore: string;

/** What owner A sees of A: must be the same after every actor called every route. */
async function snapshot(owner: Client): Promise<string> {
  const parts: string[] = [];
  for (const url of [
    '/api/v1/organization',
    '/api/v1/customers?pageSize=100',
    '/api/v1/products?pageSize=100',
    '/api/v1/invoices?pageSize=100',
    '/api/v1/quotes?pageSize=100',
    '/api/v1/credit-notes?pageSize=100',
    '/api/v1/subscriptions',
    '/api/v1/team/users',
    '/api/v1/settings/gdpr',
    '/api/v1/journals',
    '/api/v1/payment-accounts',
    '/api/v1/inbox',
    '/api/v1/purchase-invoices',
    '/api/v1/notifications',
    '/api/v1/layout',
  ]) {
    const response = await owner.get(url);
    expect(response.statusCode, url).toBe(200);
    parts.push(response.body.replace(/"lastLoginAt":"[^"]*"/g, ''));
  }
  return parts.join('\n');
}

beforeAll(async () => {
  t = await createTestApp({ supportEmails: [...SUPPORT_EMAILS] });
  const tag = Math.random().toString(36).slice(2, 10);
  a = await seedOrganization(t, 'A', tag);
  b = await seedOrganization(t, 'B', tag);
  actors = await actorsOf(t, a, b, MODULES, SUPPORT_EMAILS);
  snapshotBefore = await snapshot(a.owner);
}, 180_000);
afterAll(() => t.close());

/** The body a route is called with, and the seeded records its ids name. */
function requestBody(route: RouteAccess, world: Organization) {
  const records: RecordId[] = [];
  const body = bodyFor(route.body, (field) => {
    const key = idKeysFor(field).find((name) => world.ids[name]);
    const record = key ? world.ids[key] : undefined;
    if (!record) return randomUUID();
    records.push(record);
    return record.id;
  });
  return { body: JSON.stringify(body), records };
}

async function call(
  app: FastifyInstance,
  actor: Actor,
  method: string,
  url: string,
  body = '{}',
): Promise<LightMyRequestResponse> {
  const cookie = [...actor.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  const csrf = actor.cookies.get('facto_csrf');
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  const withBody = method === 'POST' || method === 'PUT' || method === 'PATCH';
  return app.inject({
    method: method as 'GET',
    url,
    headers: withBody ? { ...headers, 'content-type': 'application/json' } : headers,
    payload: withBody ? body : undefined,
    remoteAddress: '10.99.0.1',
  });
}

const holds = (actor: Actor, modules: readonly Module[]) =>
  actor.modules === 'all' || modules.every((module) => actor.modules.includes(module));

/** Whether the actor may see a record of this organization needing these modules. */
const maySee = (actor: Actor, thing: Pick<Marker, 'org' | 'modules' | 'ownerOnly'>) =>
  actor.org === thing.org && holds(actor, thing.modules) && (!thing.ownerOnly || actor.owner);

const isOpen = (access: Access) => access === 'public' || access === 'account';

/** What is wrong with one actor's answer on one route (nothing when all is well). */
function problemsWith(
  route: RouteAccess,
  actor: Actor,
  records: RecordId[],
  markers: readonly Marker[],
  response: LightMyRequestResponse,
): string[] {
  const status = response.statusCode;
  const where = `${actor.name} ${route.method} ${route.url} → ${status}`;
  const problems: string[] = [];
  const access: Access = route.access ?? 'public';
  const needs = modulesOf(access);
  if (status >= 500) problems.push(`${where}: server error ${response.body.slice(0, 200)}`);
  if (actor.name === 'anonymous' && access !== 'public' && status !== 401)
    problems.push(`${where}: expected 401`);
  if (actor.name !== 'anonymous' && actor.org === null && !isOpen(access) && status !== 403)
    problems.push(`${where}: expected 403 (no organization)`);
  if (actor.org !== null && !holds(actor, needs) && status !== 403)
    problems.push(`${where}: expected 403 (lacks ${needs.join(' + ')})`);
  if (actor.readOnly && !SAFE.has(route.method) && !isOpen(access) && status !== 403)
    problems.push(`${where}: expected 403 (read-only)`);
  const foreign = records.filter((record) => record.org !== actor.org);
  if (actor.org !== null && foreign.length > 0 && !isOpen(access)) {
    const inputRefused =
      [400, 413, 415].includes(status) &&
      (route.body !== undefined || route.querystring !== undefined || route.method !== 'GET');
    if (![403, 404].includes(status) && !inputRefused)
      problems.push(`${where}: expected 403/404 for another organization's record`);
  }
  const hidden = records.filter((record) => record.org === actor.org && !maySee(actor, record));
  if (!SAFE.has(route.method) && status < 300 && hidden.length > 0)
    problems.push(`${where}: changed a record it may not see (needs ${hidden[0]?.modules})`);
  const leaked = markers.filter(
    (marker) =>
      !maySee(actor, marker) && !actor.alsoSees?.(marker) && response.body.includes(marker.text),
  );
  for (const marker of leaked) problems.push(`${where}: answered ${marker.what} (${marker.text})`);
  return problems;
}

interface MatrixRun {
  problems: string[];
  calls: number;
  /** Every marker found in some answer, per actor. */
  seen: Map<string, Set<string>>;
}

/**
 * Calls every route as every actor, with the records of `target` in the URL. An actor's own
 * permitted changes (its own organization, a record it may see, a module it holds) are not made:
 * they are allowed, and would change the world under the next calls.
 */
async function runMatrix(
  app: FastifyInstance,
  routes: readonly RouteAccess[],
  who: readonly Actor[],
  target: Organization,
  markers: readonly Marker[],
): Promise<MatrixRun> {
  const run: MatrixRun = { problems: [], calls: 0, seen: new Map() };
  for (const route of routes) {
    if (route.method === 'HEAD' || route.method === 'OPTIONS') continue;
    const named = recordsFor(route, target);
    const request = requestBody(route, target);
    const records = [
      ...Object.values(named).filter((v): v is RecordId => typeof v !== 'string'),
      ...request.records,
    ];
    const url = urlFor(route, named);
    for (const actor of who) {
      // Logging out is tested elsewhere; here it would end the actor's session.
      if (route.url === '/api/v1/auth/logout' && actor.name !== 'anonymous') continue;
      const access: Access = route.access ?? 'public';
      const allowed =
        actor.org !== null &&
        holds(actor, modulesOf(access)) &&
        !(actor.readOnly && !SAFE.has(route.method));
      const aimsElsewhere = records.some((record) => !maySee(actor, record));
      if (!SAFE.has(route.method) && allowed && !aimsElsewhere) continue;
      const response = await call(app, actor, route.method, url, request.body);
      run.calls += 1;
      run.problems.push(...problemsWith(route, actor, records, markers, response));
      const seen = run.seen.get(actor.name) ?? new Set<string>();
      for (const marker of markers) if (response.body.includes(marker.text)) seen.add(marker.text);
      run.seen.set(actor.name, seen);
      if (actor.name !== 'anonymous' && !SAFE.has(route.method) && response.statusCode < 300) {
        const alive = await call(app, actor, 'GET', '/api/v1/me/account');
        if (alive.statusCode !== 200)
          run.problems.push(`${actor.name} ${route.method} ${route.url}: ended its session`);
      }
    }
  }
  return run;
}

describe('access matrix', () => {
  it('covers the whole route table', () => {
    const api = t.app.routeTable.filter((route) => route.url.startsWith('/api/v1'));
    expect(api.length).toBeGreaterThan(150);
    expect(api.filter((route) => route.access === null)).toEqual([]);
    // Every module has routes, so each one is exercised by the employees without it.
    for (const module of MODULES)
      expect(
        api.some((route) => modulesOf(route.access ?? 'public').includes(module)),
        module,
      ).toBe(true);
  });

  it('refuses every actor what it may not do, and answers no record it may not see', async () => {
    const started = Date.now();
    const markers = [...a.markers, ...b.markers];
    const onA = await runMatrix(t.app, t.app.routeTable, actors, a, markers);
    // The accountant of A aimed at B's records: refused, and nothing of B comes back.
    const accountant = actors.filter((actor) => actor.name === 'accountant of A');
    const aimedAtB = t.app.routeTable.filter(
      (route) =>
        Object.values(recordsFor(route, b)).some((v) => typeof v !== 'string') ||
        requestBody(route, b).records.length > 0,
    );
    const onB = await runMatrix(t.app, aimedAtB, accountant, b, markers);
    expect([...onA.problems, ...onB.problems]).toEqual([]);
    expect(onA.calls + onB.calls).toBeGreaterThan(2000);
    // The accountant of A sees every record of A somewhere (no test passes by refusing all).
    const seenByAccountant = onA.seen.get('accountant of A') ?? new Set();
    const forAccountant = a.markers.filter((marker) => !marker.ownerOnly);
    expect(forAccountant.filter((marker) => !seenByAccountant.has(marker.text))).toEqual([]);
    // Each single-module employee sees that module's records somewhere too.
    for (const module of MODULES) {
      const seen = onA.seen.get(`employee with ${module}`) ?? new Set();
      const own = forAccountant.filter((m) => m.modules.length === 1 && m.modules[0] === module);
      expect(
        own.filter((marker) => !seen.has(marker.text)).map((m) => m.text),
        module,
      ).toEqual([]);
    }
    // Nothing any actor sent changed organization A.
    expect(await snapshot(a.owner)).toBe(snapshotBefore);
    console.info(
      `access matrix: ${onA.calls + onB.calls} calls, ${actors.length} actors, ${Date.now() - started} ms`,
    );
  }, 400_000);

  it('answers appDisabled on every route of a switched-off app, and only there', async () => {
    // The actor "app switched off": the owner of B, once B switched every optional app off.
    const owner = actors.find((actor) => actor.name === 'owner of B') as Actor;
    for (const app of OPTIONAL_APPS) {
      const off = await call(t.app, owner, 'PUT', `/api/v1/apps/${app}`, '{"enabled":false}');
      expect(off.statusCode, app).toBe(200);
    }
    const api = t.app.routeTable.filter(
      (route) =>
        route.url.startsWith('/api/v1') &&
        route.method !== 'HEAD' &&
        !isOpen(route.access ?? 'public') &&
        route.url !== '/api/v1/auth/logout',
    );
    // Every optional app has routes, so switching it off is exercised.
    for (const app of OPTIONAL_APPS)
      expect(
        api.some((route) => route.app === app),
        app,
      ).toBe(true);
    const problems: string[] = [];
    for (const route of api) {
      // Routes of the base apps and the platform are only read: B's data must not change.
      if (!route.app && !SAFE.has(route.method)) continue;
      const url = urlFor(route, recordsFor(route, b));
      const response = await call(t.app, owner, route.method, url, requestBody(route, b).body);
      const code = response.statusCode === 403 ? response.json().error?.code : null;
      if (route.app && code !== 'appDisabled')
        problems.push(
          `${route.method} ${route.url} → ${response.statusCode}: expected appDisabled`,
        );
      if (!route.app && code === 'appDisabled')
        problems.push(`${route.method} ${route.url}: appDisabled outside an app`);
    }
    expect(problems).toEqual([]);
    for (const app of OPTIONAL_APPS)
      await call(t.app, owner, 'PUT', `/api/v1/apps/${app}`, '{"enabled":true}');
  }, 200_000);

  it('refuses to start when a route forgets to declare its access', async () => {
    const app = await buildApp({
      config: { ...t.config, jobsSchema: `${t.config.jobsSchema}_noaccess` },
      db: t.database.db,
      storage: createLocalStorage(t.filesDir),
      clock: t.clock,
    });
    try {
      const register = async () => {
        app.get('/api/v1/forgotten', async () => ({ secret: true }));
        await app.ready();
      };
      await expect(register()).rejects.toThrow(/does not declare its access/);
    } finally {
      await app.close().catch(() => undefined);
    }
  });

  it('refuses to start when a route declares a module that does not exist', async () => {
    for (const access of ['invoice', [], ['quotes', 'sales']]) {
      const app = await buildApp({
        config: { ...t.config, jobsSchema: `${t.config.jobsSchema}_typo` },
        db: t.database.db,
        storage: createLocalStorage(t.filesDir),
        clock: t.clock,
      });
      try {
        const register = async () => {
          // A misspelt module would otherwise require nothing at all.
          app.get('/api/v1/misspelt', { config: { access: access as Access } }, async () => ({}));
          await app.ready();
        };
        await expect(register()).rejects.toThrow(/declares an unknown access/);
      } finally {
        await app.close().catch(() => undefined);
      }
    }
  });

  it('flags a route that declares too little access', async () => {
    const app = await buildApp({
      config: { ...t.config, jobsSchema: `${t.config.jobsSchema}_leak` },
      db: t.database.db,
      storage: createLocalStorage(t.filesDir),
      clock: t.clock,
    });
    const marker = (what: string) => a.markers.find((m) => m.what === what) as Marker;
    try {
      // Declared "member" but ignores the caller's organization: the bug the matrix exists for.
      app.get(
        '/api/v1/throwaway/:id',
        { config: { access: 'member' }, schema: { params: z.object({ id: z.uuid() }) } },
        async () => ({ name: marker('customer').text }),
      );
      // Declared "invoices" but answers a quote: an employee with invoices only must not see it.
      app.get('/api/v1/throwaway-invoices', { config: { access: 'invoices' } }, async () => ({
        items: [marker('quote').text],
      }));
      // Declared as the set it reads, and kept to the caller's organization: passes.
      app.get(
        '/api/v1/throwaway-both',
        { config: { access: ['invoices', 'quotes'] } },
        async (request) => ({
          items:
            request.auth?.organizationId === a.id
              ? [marker('quote').text, marker('invoice').text]
              : [],
        }),
      );
      await app.ready();
      const throwaway = app.routeTable.filter((route) => route.url.startsWith('/api/v1/throwaway'));
      expect(throwaway).toHaveLength(6); // GET and HEAD of each
      const { problems } = await runMatrix(app, throwaway, actors, a, a.markers);
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /^owner of B GET \/api\/v1\/throwaway\/:id → 200: expected 403\/404/,
          ),
          expect.stringMatching(
            /^owner of B GET \/api\/v1\/throwaway\/:id → 200: answered customer/,
          ),
          expect.stringMatching(
            /^employee with invoices GET \/api\/v1\/throwaway-invoices → 200: answered quote/,
          ),
        ]),
      );
      expect(problems.some((p) => p.includes('throwaway-both'))).toBe(false);
    } finally {
      await app.close();
    }
  });
});
