import type { subscriptionRoutes } from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import type { Handlers } from '../../platform/mount-routes.js';
import type { SubscriptionsService } from './subscriptions.service.js';

/** The handlers of `subscriptionRoutes` (src/contract/routes/subscriptions.ts). */
export function subscriptionHandlers(deps: {
  subscriptions: SubscriptionsService;
}): Handlers<typeof subscriptionRoutes> {
  const { subscriptions } = deps;
  return {
    runDue: async (request) => subscriptions.runOrganization(authOf(request).organizationId),
    list: async (request) => subscriptions.list(authOf(request).organizationId, request.query),

    create: async (request) => subscriptions.create(actorOf(request), request.body),

    get: async (request) => subscriptions.get(authOf(request).organizationId, request.params.id),

    update: async (request) =>
      subscriptions.update(actorOf(request), request.params.id, request.body),

    remove: async (request) => subscriptions.remove(actorOf(request), request.params.id),

    invoices: async (request) =>
      subscriptions.invoices(authOf(request).organizationId, request.params.id, request.query),

    pause: async (request) => subscriptions.pause(actorOf(request), request.params.id),

    resume: async (request) => subscriptions.resume(actorOf(request), request.params.id),

    runNow: async (request) => subscriptions.runNow(actorOf(request), request.params.id),
  };
}
