export * from './define.js';
export { customerRoutes } from './customers.js';
export {
  accountantExportRoutes,
  inboxRoutes,
  peppolRoutes,
  peppolWebhookRoutes,
} from './einvoicing.js';
export { paymentRoutes } from './payments.js';
export { purchaseRoutes } from './purchases.js';
