import type { meRoutes } from '../../../contract/index.js';
import { accountOf, actorOf, authOf, clientOf } from '../../platform/auth/actor.js';
import type { Handlers } from '../../platform/mount-routes.js';
import type { OrganizationsService } from '../organizations/index.js';
import type { MeService } from './me.service.js';

/** The handlers of `meRoutes` (src/contract/routes/me.ts). */
export function meHandlers(deps: {
  me: MeService;
  organizations: OrganizationsService;
}): Handlers<typeof meRoutes> {
  return {
    get: async (request) => deps.me.current(authOf(request)),

    update: async (request) => deps.me.update(actorOf(request), request.body),

    switchOrganization: async (request) => {
      const account = accountOf(request);
      return deps.me.switchOrganization(
        account.userId,
        account.sessionId,
        request.body.organizationId,
      );
    },

    // The new company, then the session moves to it: the answer is the caller seen from there.
    createOrganization: async (request) => {
      const actor = actorOf(request);
      const organizationId = await deps.organizations.createForOwner(
        actor.userId,
        request.body,
        clientOf(request),
      );
      return deps.me.switchOrganization(actor.userId, authOf(request).sessionId, organizationId);
    },
  };
}
