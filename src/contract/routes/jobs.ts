import { z } from 'zod';
import { uuidSchema } from '../common.js';
import { jobSchema } from '../jobs.js';

import { defineRoutes } from './define.js';

/** The organization's background jobs, for those who hold the settings. */
export const jobRoutes = defineRoutes('jobs', {
  list: {
    method: 'GET',
    path: '/jobs',
    access: 'settings',
    summary: 'The latest background jobs of the company (pending, failed with reason, done)',
    response: z.array(jobSchema),
  },
  retry: {
    method: 'POST',
    path: '/jobs/:id/retry',
    access: 'settings',
    summary: 'Try a failed job again',
    params: z.strictObject({ id: uuidSchema }),
  },
});
