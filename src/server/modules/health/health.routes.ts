import { sql } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.js';
import type { Api } from '../../platform/route-types.js';

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
    handler: async (_request, reply) => {
      if (deps.isClosing()) return reply.code(503).send({ status: 'closing' });
      try {
        await sql`select 1`.execute(deps.db);
        return { status: 'ready' };
      } catch {
        return reply.code(503).send({ status: 'database unavailable' });
      }
    },
  });
}
