export * from './define.js';
export { customerRoutes } from './customers.js';
export { appRoutes } from './apps.js';
export { productRoutes } from './products.js';
export { dashboardRoutes } from './dashboard.js';
export { jobRoutes } from './jobs.js';
export { notificationRoutes } from './notifications.js';
export { authRoutes, passwordResetRoutes } from './auth.js';
export { meRoutes } from './me.js';
export { organizationRoutes } from './organization.js';
export { securityRoutes } from './security.js';
export { documentRoutes, invoiceRoutes, journalRoutes, quoteRoutes } from './documents.js';
export { documentPdfRoutes, layoutRoutes } from './pdf.js';
export { documentLinkRoutes, linkSettingsRoutes, publicDocumentRoutes } from './links.js';
export {
  accountantExportRoutes,
  inboxRoutes,
  peppolRoutes,
  peppolWebhookRoutes,
} from './einvoicing.js';
export { paymentRoutes } from './payments.js';
export { purchaseRoutes } from './purchases.js';
export { documentEmailRouteTables, emailRoutes, type DocumentEmailRoutes } from './email.js';
export { teamRoutes } from './team.js';
export { reminderRoutes } from './reminders.js';
export { subscriptionRoutes } from './subscriptions.js';
