import { describe, expect, it } from 'vitest';
import { allRoutes } from '../../src/contract/routes/all-routes.js';
import { buildApp } from '../../src/server/app.js';
import { createLocalStorage } from '../../src/server/platform/storage/local-storage.js';
import { useTestApp } from './test-app.js';

const t = useTestApp();

describe('API conventions', () => {
  it('serves an OpenAPI 3.1 document generated from the contract schemas', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/api/v1/auth/signup',
      '/api/v1/auth/login',
      '/api/v1/auth/logout',
      '/api/v1/me',
      '/api/v1/organization',
      '/api/v1/organization/logo',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    const signup = doc.paths['/api/v1/auth/signup'].post;
    expect(JSON.stringify(signup.requestBody)).toContain('#/components/schemas/SignupRequest');
    expect(doc.components.schemas.SignupRequest.properties).toHaveProperty('enterpriseNumber');
    expect(doc.components.schemas.Organization.properties).toHaveProperty('bankAccounts');
  });

  it('lists 429 with the error body exactly on the routes declared throttled', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    }>();
    const throttled = allRoutes()
      .filter(({ route }) => route.throttled)
      .map(({ route, url }) => `${route.method} ${url}`)
      .sort();
    expect(throttled).toEqual([
      'POST /api/public/documents/:token/unlock',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/password-reset',
      'POST /api/v1/auth/password-reset/confirm',
      'POST /api/v1/auth/two-factor',
      'POST /api/v1/me/password',
      'POST /api/v1/me/phone',
      'POST /api/v1/me/two-factor/disable',
      'POST /api/v1/me/two-factor/recovery-codes',
    ]);
    const listed = Object.entries(doc.paths)
      .flatMap(([path, operations]) =>
        Object.entries(operations)
          .filter(([, operation]) => '429' in operation.responses)
          .map(([method, { responses }]) => {
            // The same error body as every other error answer of the route.
            expect(responses['429'], `${method} ${path}`).toEqual(responses['400']);
            return `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
          }),
      )
      .sort();
    expect(listed).toEqual(throttled);
  });

  it('serves exactly the routes the contract declares, each with its declared access', () => {
    const served = t.app.routeTable
      .filter(
        (route) =>
          route.url.startsWith('/api/') &&
          route.method !== 'HEAD' &&
          !route.url.startsWith('/api/docs') &&
          route.url !== '/api/openapi.json',
      )
      .map((route) => `${route.method} ${route.url} ${JSON.stringify(route.access)}`)
      .sort();
    const declared = allRoutes()
      .map(({ route, url }) => `${route.method} ${url} ${JSON.stringify(route.access)}`)
      .sort();
    expect(served).toEqual(declared);
  });

  it('serves the interactive documentation page', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });

  it('answers liveness and readiness', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({
      status: 'ok',
    });
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({
      status: 'ready',
    });
  });

  it('puts a request id on every response and honours a sane incoming one', async () => {
    const own = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(own.headers['x-request-id']).toBe('abc-123');
    const generated = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'bad id\n' },
    });
    expect(generated.headers['x-request-id']).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
  });

  it('sends security headers: a full policy for pages, no-store for API data', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
    const api = await t.app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(api.headers['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(api.headers['cache-control']).toBe('no-store');
    expect(api.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses to start when an API route does not declare who may call it', async () => {
    const app = await buildApp({
      config: t.config,
      db: t.database.db,
      storage: createLocalStorage(t.filesDir),
    });
    expect(() => app.get('/api/v1/forgotten', async () => 'oops')).toThrow(
      /does not declare its access/,
    );
    await app.close();
  });
});
