import type {
  DocumentType,
  documentLinkRoutes,
  linkSettingsRoutes,
} from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import type { Handlers } from '../../platform/mount-routes.js';
import type { LinksService } from './links.service.js';

/** The handlers of `documentLinkRoutes[type]` (src/contract/routes/links.ts). */
export function documentLinkHandlers(
  type: DocumentType,
  deps: { links: LinksService },
): Handlers<(typeof documentLinkRoutes)[DocumentType]> {
  return {
    status: async (request) =>
      deps.links.status(authOf(request).organizationId, type, request.params.id),

    create: async (request, reply) => {
      const { created, link } = await deps.links.create(
        actorOf(request),
        type,
        request.params.id,
        request.body,
        `${request.protocol}://${request.host}`,
      );
      // The active link again: 200, not 201.
      return created ? link : reply.code(200).send(link);
    },

    revoke: async (request) => deps.links.revoke(actorOf(request), type, request.params.id),

    history: async (request) =>
      deps.links.history(authOf(request).organizationId, type, request.params.id),
  };
}

/** The handlers of `linkSettingsRoutes`. */
export function linkSettingsHandlers(deps: {
  links: LinksService;
}): Handlers<typeof linkSettingsRoutes> {
  return {
    get: async (request) => deps.links.settings(authOf(request).organizationId),
    update: async (request) => deps.links.saveSettings(actorOf(request), request.body),
  };
}
