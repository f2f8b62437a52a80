import type { jobRoutes } from '../../../contract/index.js';
import { authOf } from '../../platform/auth/actor.js';
import type { Handlers } from '../../platform/mount-routes.js';
import type { JobsService } from './jobs.service.js';

/** The handlers of `jobRoutes` (src/contract/routes/jobs.ts). */
export function jobHandlers(deps: { jobs: JobsService }): Handlers<typeof jobRoutes> {
  return {
    list: async (request) => deps.jobs.list(authOf(request).organizationId),
    retry: async (request) => deps.jobs.retry(authOf(request).organizationId, request.params.id),
  };
}
