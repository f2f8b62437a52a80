import type { journalRoutes } from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import type { Handlers } from '../../platform/mount-routes.js';
import type { JournalsService } from './journals.service.js';

/** The handlers of `journalRoutes` (src/contract/routes/documents.ts). */
export function journalHandlers(deps: {
  journals: JournalsService;
}): Handlers<typeof journalRoutes> {
  return {
    list: async (request) => deps.journals.list(authOf(request).organizationId),
    create: async (request) => deps.journals.create(actorOf(request), request.body),
    update: async (request) =>
      deps.journals.update(actorOf(request), request.params.id, request.body),
  };
}
