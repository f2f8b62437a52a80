import { z } from 'zod';
import type { Database } from '../../db/database.js';
import type { Api } from '../../platform/route-types.js';
import { pingDatabase } from './health.repository.js';

/** Liveness (the process answers) and readiness (the database answers). */
export function healthRoutes(app: Api, deps: { db: Database; isClosing: () => boolean }): void {
  app.get('/healthz', {
    schema: { tags: ['health'], response: { 200: z.object({ status: z.literal('ok') }) } },
    handler: async () => ({ status: 'ok' as const }),
  });

  app.get('/readyz', {
    schema: {
      tags: ['health'],
      response: { 200: z.object({ status: z.string() }), 503: z.object({ status: z.string() }) },
    },
    // Readiness is not an error: load balancers read its 503, so it is answered here directly.
    /* eslint-disable no-restricted-syntax */
    handler: async (_request, reply) => {
      if (deps.isClosing()) return reply.code(503).send({ status: 'closing' });
      try {
        await pingDatabase(deps.db);
        return { status: 'ready' };
      } catch {
        return reply.code(503).send({ status: 'database unavailable' });
      }
    },
    /* eslint-enable no-restricted-syntax */
  });
}
