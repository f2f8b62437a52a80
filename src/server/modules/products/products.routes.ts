import type { productRoutes } from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import type { Handlers } from '../../platform/mount-routes.js';
import type { ProductsService } from './products.service.js';

/** The handlers of `productRoutes` (src/contract/routes/products.ts). */
export function productHandlers(deps: {
  products: ProductsService;
}): Handlers<typeof productRoutes> {
  return {
    list: async (request) => deps.products.list(authOf(request).organizationId, request.query),
    create: async (request) => deps.products.create(actorOf(request), request.body),
    updatePrices: async (request) => deps.products.updatePrices(actorOf(request), request.body),
    get: async (request) => deps.products.get(authOf(request).organizationId, request.params.id),
    update: async (request) =>
      deps.products.update(actorOf(request), request.params.id, request.body),
    remove: async (request) => deps.products.remove(actorOf(request), request.params.id),
    listGroups: async (request) => deps.products.listGroups(authOf(request).organizationId),
    createGroup: async (request) => deps.products.saveGroup(actorOf(request), null, request.body),
    updateGroup: async (request) =>
      deps.products.saveGroup(actorOf(request), request.params.id, request.body),
    removeGroup: async (request) => deps.products.removeGroup(actorOf(request), request.params.id),
  };
}
