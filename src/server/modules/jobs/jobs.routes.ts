import { z } from 'zod';
import { jobSchema, uuidSchema } from '../../../contract/index.js';
import { authOf } from '../../platform/auth/actor.js';
import { NotFound } from '../../platform/errors.js';
import type { JobQueue } from '../../platform/jobs/job-queue.js';
import { errorResponses as errors, type Api } from '../../platform/route-types.js';

const config = { access: 'settings' } as const;

/** The organization's background jobs for its owners: what waits, what failed and why, retry. */
export function jobRoutes(app: Api, deps: { jobs: JobQueue }): void {
  app.get('/api/v1/jobs', {
    config,
    schema: {
      tags: ['jobs'],
      summary: 'The latest background jobs of the company (pending, failed with reason, done)',
      response: { 200: z.array(jobSchema), ...errors },
    },
    handler: async (request) => {
      const rows = await deps.jobs.listForOrganization(authOf(request).organizationId);
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        state: row.state,
        attempts: row.retryCount + (row.state === 'created' ? 0 : 1),
        maxAttempts: row.retryLimit + 1,
        error: row.error,
        createdAt: row.createdOn.toISOString(),
        runAt: row.startAfter.toISOString(),
        completedAt: row.completedOn?.toISOString() ?? null,
      }));
    },
  });

  app.post('/api/v1/jobs/:id/retry', {
    config,
    schema: {
      tags: ['jobs'],
      summary: 'Try a failed job again',
      params: z.strictObject({ id: uuidSchema }),
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      const retried = await deps.jobs.retryFailed(
        authOf(request).organizationId,
        request.params.id,
      );
      if (!retried) throw NotFound();
      return reply.code(204).send(null);
    },
  });
}
