import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDirectory } from '../../scripts/precompress-web.js';
import { createTestApp, type TestApp } from './test-app.js';

/**
 * The built web app as the server sends it: compressed copies written by the build step, index.html
 * with an ETag, hashed assets cached for good and the favicon revalidated; API JSON compressed on
 * the fly. The web root is a small one made here, precompressed by the build's own code.
 */
let t: TestApp;
let webRoot: string;
const asset = '/assets/index-Bq3xT9aZ.js';
const html =
  '<!doctype html>\n<html lang="fr">\n  <head>\n    <meta charset="UTF-8" />\n' +
  '    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />\n    <title>Facto</title>\n' +
  `    <script type="module" crossorigin src="${asset}"></script>\n` +
  Array.from(
    { length: 20 },
    (_, i) => `    <link rel="modulepreload" crossorigin href="/assets/chunk-${i}-Xy12Ab34.js">\n`,
  ).join('') +
  '  </head>\n  <body>\n    <div id="root"></div>\n  </body>\n</html>\n';
const script = Array.from(
  { length: 400 },
  (_, i) => `export function label${i}(t){return t("nav.item${i}",{count:${i}})}\n`,
).join('');
const favicon =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">' +
  '<rect width="64" height="64" rx="14" fill="#5b5bd6"/>' +
  '<path d="M22 16h22v7H30v7h12v7H30v11h-8z" fill="#fff"/></svg>\n';

beforeAll(async () => {
  webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'facto-web-'));
  fs.mkdirSync(path.join(webRoot, 'assets'));
  fs.writeFileSync(path.join(webRoot, 'index.html'), html);
  fs.writeFileSync(path.join(webRoot, asset), script);
  fs.writeFileSync(path.join(webRoot, 'favicon.svg'), favicon);
  await precompressDirectory(webRoot);
  t = await createTestApp({ webRoot });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(webRoot, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });

function decode(encoding: 'br' | 'gzip', body: Buffer): string {
  return (encoding === 'br' ? zlib.brotliDecompressSync(body) : zlib.gunzipSync(body)).toString();
}

describe('compression by Accept-Encoding', () => {
  for (const encoding of ['br', 'gzip'] as const) {
    it(`index.html, a hashed script and the OpenAPI document in ${encoding}`, async () => {
      const cases: [url: string, plain: string][] = [
        ['/invoices', html],
        ['/index.html', html],
        [asset, script],
        ['/api/openapi.json', (await get('/api/openapi.json')).body],
      ];
      for (const [url, plain] of cases) {
        const response = await get(url, { 'accept-encoding': encoding });
        expect(response.statusCode, url).toBe(200);
        expect(response.headers['content-encoding'], url).toBe(encoding);
        expect(response.headers.vary, url).toContain('accept-encoding');
        expect(response.rawPayload.length, url).toBeLessThan(Buffer.byteLength(plain));
        expect(decode(encoding, response.rawPayload), url).toBe(plain);
      }
    });
  }

  it('sends the plain bytes to a client that accepts no compression', async () => {
    for (const [url, plain] of [
      ['/invoices', html],
      [asset, script],
    ]) {
      const response = await get(url ?? '');
      expect(response.headers['content-encoding'], url).toBeUndefined();
      expect(response.body, url).toBe(plain);
    }
    const openapi = await get('/api/openapi.json');
    expect(openapi.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(openapi.body)).toMatchObject({ openapi: expect.any(String) });
  });

  it('prefers brotli, and honours a refused encoding (q=0)', async () => {
    const both = await get('/login', { 'accept-encoding': 'gzip, deflate, br' });
    expect(both.headers['content-encoding']).toBe('br');
    const noBrotli = await get('/login', { 'accept-encoding': 'br;q=0, gzip' });
    expect(noBrotli.headers['content-encoding']).toBe('gzip');
    expect(decode('gzip', noBrotli.rawPayload)).toBe(html);
  });

  it('leaves small API answers uncompressed', async () => {
    const response = await get('/api/v1/auth/csrf', { 'accept-encoding': 'br' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
  });
});

describe('caching', () => {
  it('index.html: no-cache with an ETag of its content, and 304 when it is unchanged', async () => {
    const first = await get('/invoices', { 'accept-encoding': 'br' });
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    // The same page under any client-side route, and as /index.html: one ETag.
    expect((await get('/customers/42')).headers.etag).toBe(etag);
    expect((await get('/index.html')).headers.etag).toBe(etag);

    const again = await get('/login', { 'if-none-match': String(etag), 'accept-encoding': 'br' });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['cache-control']).toBe('no-cache');

    const stale = await get('/login', { 'if-none-match': '"an-older-build"' });
    expect(stale.statusCode).toBe(200);
    expect(stale.body).toBe(html);
  });

  it('hashed assets are immutable; the un-hashed favicon is revalidated', async () => {
    const hashed = await get(asset, { 'accept-encoding': 'br' });
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await get('/favicon.svg', { 'accept-encoding': 'br' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    expect(icon.headers['cache-control']).toBe('no-cache');
    const etag = icon.headers.etag;
    expect(etag).toEqual(expect.any(String));
    const again = await get('/favicon.svg', {
      'accept-encoding': 'br',
      'if-none-match': String(etag),
    });
    expect(again.statusCode).toBe(304);
  });

  it('an unknown asset or API path is still a 404, not the page', async () => {
    const asset404 = await get('/assets/missing-Zz99Zz99.js');
    expect(asset404.statusCode).toBe(404);
    const api404 = await get('/api/v1/nothing-here');
    expect(api404.statusCode).toBe(404);
    expect(api404.json()).toMatchObject({ error: { code: 'notFound' } });
  });
});
