import { jobRunResultSchema } from '../../../contract/index.js';
import { authOf } from '../../platform/auth/actor.js';
import { Forbidden } from '../../platform/errors.js';
import { errorResponses as errors, type Api } from '../../platform/route-types.js';
import type { RemindersService } from './reminders.service.js';

/**
 * "Run now" of the daily reminder run, unchanged: it moves to the jobs module's route table
 * (issue 12), which then replaces this file.
 */
export function reminderRunNowRoute(app: Api, deps: { reminders: RemindersService }): void {
  app.post('/api/v1/reminder-settings/run', {
    config: { access: 'invoices' },
    schema: {
      tags: ['reminders'],
      summary:
        "Run today's reminder run now for the company (owners); what the daily run already made is not made again",
      response: { 200: jobRunResultSchema, ...errors },
    },
    handler: async (request) => {
      const auth = authOf(request);
      if (auth.role !== 'owner') throw Forbidden('error.ownerOnly');
      const created = await deps.reminders.runOrganization(auth.organizationId);
      return { created, failed: 0 };
    },
  });
}
