import type { customerRoutes } from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import type { Handlers } from '../../platform/mount-routes.js';
import type { CustomersService } from './customers.service.js';

/** The handlers of `customerRoutes` (src/contract/routes/customers.ts). */
export function customerHandlers(deps: {
  customers: CustomersService;
}): Handlers<typeof customerRoutes> {
  return {
    list: async (request) => deps.customers.list(authOf(request).organizationId, request.query),

    exportCsv: async (request, reply) => {
      const csv = await deps.customers.exportCsv(authOf(request).organizationId, {
        ...request.query,
        page: 1,
        pageSize: 100,
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="customers.csv"')
        .send(csv);
    },

    create: async (request) => deps.customers.create(actorOf(request), request.body),

    get: async (request) => deps.customers.get(authOf(request).organizationId, request.params.id),

    update: async (request) =>
      deps.customers.update(actorOf(request), request.params.id, request.body),

    archive: async (request) =>
      deps.customers.setArchived(actorOf(request), request.params.id, true),

    unarchive: async (request) =>
      deps.customers.setArchived(actorOf(request), request.params.id, false),

    remove: async (request) => deps.customers.remove(actorOf(request), request.params.id),
  };
}
