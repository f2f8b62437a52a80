export { createAccountantExportService } from './accountant-export.service.js';
export { einvoicingRoutes } from './einvoicing.routes.js';
export { createInboxService, type InboxService } from './inbox.service.js';
export { createPeppolService, type PeppolService } from './peppol.service.js';
export { createPurchasesService, type PurchasesService } from './purchases.service.js';
export { purchaseRoutes } from './purchases.routes.js';
export { webhookRoutes } from './webhook.routes.js';
