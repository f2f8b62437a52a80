import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { translate } from '../../contract/index.js';

/** Vite's output names: `assets/<name>-<hash>.<ext>`, new content means a new name. */
const HASHED_DIR = `assets${path.sep}`;
const FOREVER = 'public, max-age=31536000, immutable';
/** Cached, but asked again each time (a 304 when unchanged): index.html, the favicon. */
const REVALIDATE = 'no-cache';

/** index.html, kept in memory with its compressed variants and an ETag. */
interface Page {
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
  etag: string;
}

function loadPage(file: string): Page {
  const identity = fs.readFileSync(file);
  return {
    identity,
    br: zlib.brotliCompressSync(identity, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY },
    }),
    gzip: zlib.gzipSync(identity, { level: zlib.constants.Z_BEST_COMPRESSION }),
    etag: `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`,
  };
}

/** The encoding a request accepts, brotli first; q=0 refuses one. */
export function acceptedEncoding(header: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Set(
    (header ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase())
      .filter((part) => !/;\s*q=0(?:\.0*)?$/.test(part))
      .map((part) => part.split(';')[0]?.trim()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return null;
}

function sendPage(page: Page, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  void reply
    .header('cache-control', REVALIDATE)
    .header('etag', page.etag)
    .header('vary', 'accept-encoding');
  const known = request.headers['if-none-match'];
  if (known && known.split(',').some((tag) => tag.trim().replace(/^W\//, '') === page.etag))
    return reply.code(304).send();
  const encoding = acceptedEncoding(request.headers['accept-encoding']);
  void reply.type('text/html; charset=utf-8');
  if (!encoding) return reply.send(page.identity);
  return reply.header('content-encoding', encoding).send(page[encoding]);
}

/**
 * Serves the built single-page app. Hashed assets are cached for good; index.html and the other
 * un-hashed files are revalidated. Compressed copies written at build time go to browsers that
 * accept them. Unknown non-API GETs get index.html so client-side routes survive a reload;
 * unknown API paths keep their JSON 404.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  const index = path.join(webRoot, 'index.html');
  if (!fs.existsSync(index))
    throw new Error(`The web app is not built: ${index} is missing (run npm run build)`);
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    // index.html always goes through sendPage (ETag of its content, compressed in memory).
    allowedPath: (pathName) => pathName !== '/index.html',
    setHeaders: (reply, file) => {
      const hashed = path.relative(webRoot, file).startsWith(HASHED_DIR);
      void reply.header('cache-control', hashed ? FOREVER : REVALIDATE);
    },
  });
  const page = loadPage(index);
  installNotFound(app, (request) => {
    const pathname = request.url.split('?')[0] ?? '';
    return request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      (!path.extname(pathname) || pathname === '/index.html')
      ? page
      : null;
  });
}

/** JSON 404 for the API (and everything else without a web app); `page` may answer with HTML instead. */
export function installNotFound(
  app: FastifyInstance,
  page: (request: FastifyRequest) => Page | null = () => null,
): void {
  app.setNotFoundHandler((request, reply) => {
    const html = page(request);
    if (html) return sendPage(html, request, reply);
    return reply.code(404).send({
      error: { code: 'notFound', message: translate(request.language, 'error.notFound') },
    });
  });
}
