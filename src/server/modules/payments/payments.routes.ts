import type { paymentRoutes } from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import type { Handlers } from '../../platform/mount-routes.js';
import type { InvoicePaymentsService } from './invoice-payments.service.js';
import type { PaymentAccountsService } from './payment-accounts.service.js';

/** The handlers of `paymentRoutes` (src/contract/routes/payments.ts). */
export function paymentHandlers(deps: {
  accounts: PaymentAccountsService;
  payments: InvoicePaymentsService;
}): Handlers<typeof paymentRoutes> {
  const { accounts, payments } = deps;
  return {
    listAccounts: async (request) => accounts.list(authOf(request).organizationId),
    createAccount: async (request) => accounts.create(actorOf(request), request.body),
    updateAccount: async (request) =>
      accounts.update(actorOf(request), request.params.id, request.body),
    removeAccount: async (request) => accounts.remove(actorOf(request), request.params.id),

    record: async (request) => payments.record(actorOf(request), request.params.id, request.body),
    markPaid: async (request) =>
      payments.markPaid(actorOf(request), request.params.id, request.body),
    remove: async (request) =>
      payments.remove(actorOf(request), request.params.id, request.params.paymentId),
    balance: async (request) =>
      payments.balance(authOf(request).organizationId, request.query.customerId),
  };
}
