import { dashboardSummarySchema } from '../dashboard.js';

import { defineRoutes } from './define.js';

/** Every member has a dashboard; the service leaves out the sections of modules they lack. */
export const dashboardRoutes = defineRoutes('dashboard', {
  summary: {
    method: 'GET',
    path: '/dashboard/summary',
    access: 'member',
    summary: "Receivables, turnover, drafts and waiting quotes, limited to the reader's modules",
    response: dashboardSummarySchema,
  },
});
