import type { purchaseRoutes } from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import type { Handlers } from '../../platform/mount-routes.js';
import type { PurchasesService } from './purchases.service.js';

/** The handlers of `purchaseRoutes` (src/contract/routes/purchases.ts). */
export function purchaseHandlers(deps: {
  purchases: PurchasesService;
}): Handlers<typeof purchaseRoutes> {
  const { purchases } = deps;
  return {
    list: async (request) => purchases.list(authOf(request).organizationId, request.query),
    get: async (request) => purchases.get(authOf(request).organizationId, request.params.id),
    markPaid: async (request) =>
      purchases.markPaid(actorOf(request), request.params.id, request.body.date),
    markUnpaid: async (request) => purchases.markUnpaid(actorOf(request), request.params.id),
  };
}
