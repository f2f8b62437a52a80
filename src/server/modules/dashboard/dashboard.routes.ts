import { dashboardSummarySchema } from '../../../contract/index.js';
import { authOf } from '../../platform/auth/actor.js';
import { errorResponses as errors, type Api } from '../../platform/route-types.js';
import type { DashboardService } from './dashboard.service.js';

// Every member has a dashboard; the service leaves out the sections of modules they lack.
const config = { access: 'member' } as const;

export function dashboardRoutes(app: Api, deps: { dashboard: DashboardService }): void {
  app.get('/api/v1/dashboard/summary', {
    config,
    schema: {
      tags: ['dashboard'],
      summary: "Receivables, turnover, drafts and waiting quotes, limited to the reader's modules",
      response: { 200: dashboardSummarySchema, ...errors },
    },
    handler: async (request) => deps.dashboard.summary(authOf(request)),
  });
}
