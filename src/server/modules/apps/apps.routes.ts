import type { appRoutes } from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import type { Handlers } from '../../platform/mount-routes.js';
import type { AppsService } from './apps.service.js';

/** The handlers of `appRoutes` (src/contract/routes/apps.ts). */
export function appHandlers(deps: { apps: AppsService }): Handlers<typeof appRoutes> {
  return {
    list: async (request) => deps.apps.list(authOf(request).organizationId),
    setEnabled: async (request) =>
      deps.apps.setEnabled(actorOf(request), request.params.app, request.body.enabled),
  };
}
