import type { dashboardRoutes } from '../../../contract/index.js';
import { authOf } from '../../platform/auth/actor.js';
import type { Handlers } from '../../platform/mount-routes.js';
import type { DashboardService } from './dashboard.service.js';

/** The handlers of `dashboardRoutes` (src/contract/routes/dashboard.ts). */
export function dashboardHandlers(deps: {
  dashboard: DashboardService;
}): Handlers<typeof dashboardRoutes> {
  return {
    summary: async (request) => deps.dashboard.summary(authOf(request)),
  };
}
