export { createAccountantExportService } from './accountant-export.service.js';
export { accountantExportHandlers, inboxHandlers, peppolHandlers } from './einvoicing.routes.js';
export { createInboxService, type InboxService } from './inbox.service.js';
export { createPeppolService, type PeppolService } from './peppol.service.js';
export { createPurchasesService, type PurchasesService } from './purchases.service.js';
export { purchaseHandlers } from './purchases.routes.js';
export { createPeppolWebhookService } from './webhook.service.js';
export { mountPeppolWebhook } from './webhook.routes.js';
