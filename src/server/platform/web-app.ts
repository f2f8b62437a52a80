import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { translate } from '../../contract/index.js';

/**
 * Serves the built single-page app. Unknown non-API GETs get index.html so client-side routes
 * survive a reload; unknown API paths keep their JSON 404.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  const index = path.join(webRoot, 'index.html');
  if (!fs.existsSync(index))
    throw new Error(`The web app is not built: ${index} is missing (run npm run build)`);
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: false,
    maxAge: '1y',
    immutable: true,
    setHeaders: (reply, file) => {
      if (file.endsWith('.html')) void reply.header('cache-control', 'no-cache');
    },
  });
  const html = fs.readFileSync(index);
  installNotFound(app, (request) =>
    request.method === 'GET' &&
    !request.url.startsWith('/api/') &&
    !path.extname(request.url.split('?')[0] ?? '')
      ? html
      : null,
  );
}

/** JSON 404 for the API (and everything else without a web app); `page` may answer with HTML instead. */
export function installNotFound(
  app: FastifyInstance,
  page: (request: FastifyRequest) => Buffer | null = () => null,
): void {
  app.setNotFoundHandler((request, reply) => {
    const html = page(request);
    if (html)
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
    return reply.code(404).send({
      error: { code: 'notFound', message: translate(request.language, 'error.notFound') },
    });
  });
}
