import { jobRunResultSchema } from '../../../contract/index.js';
import { authOf } from '../../platform/auth/actor.js';
import { Forbidden } from '../../platform/errors.js';
import { errorResponses as errors, type Api } from '../../platform/route-types.js';
import type { SubscriptionsService } from './subscriptions.service.js';

/**
 * "Run now" of the hourly subscription run, unchanged: it moves to the jobs module's route
 * table (issue 12), which then replaces this file.
 */
export function subscriptionRunNowRoute(
  app: Api,
  deps: { subscriptions: SubscriptionsService },
): void {
  app.post('/api/v1/subscriptions/run', {
    config: { access: 'invoices' },
    schema: {
      tags: ['subscriptions'],
      summary:
        'Run the hourly subscription run now for the company (owners): every period due is invoiced, once',
      response: { 200: jobRunResultSchema, ...errors },
    },
    handler: async (request) => {
      const auth = authOf(request);
      if (auth.role !== 'owner') throw Forbidden('error.ownerOnly');
      return deps.subscriptions.runOrganization(auth.organizationId);
    },
  });
}
