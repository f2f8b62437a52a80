export {
  createInvoicePaymentsService,
  type InvoicePaymentsService,
} from './invoice-payments.service.js';
export {
  createCashBook,
  createPaymentAccountsService,
  type PaymentAccountsService,
} from './payment-accounts.service.js';
export { paymentHandlers } from './payments.routes.js';
export {
  listDocumentAccounts,
  syncDocumentAccounts,
  type DocumentAccountInput,
} from './accounts.repository.js';
