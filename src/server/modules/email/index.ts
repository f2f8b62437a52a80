import type { Deps } from '../../deps.js';
import { createSmtpPools } from '../../platform/mailer/index.js';
import { createDocumentMailService, type DocumentLinks } from './document-mail.service.js';
import { createEmailComposer, type ComposeServices } from './email-compose.js';
import { createEmailDelivery } from './email-delivery.js';
import { createEmailHistoryService } from './email-history.service.js';
import { createEmailRetryService } from './email-retry.service.js';
import { createEmailSettingsService } from './email-settings.service.js';
import { registerEmailJobs } from './email.jobs.js';
import { createInvitationMailService } from './invitation-mail.service.js';
import { createMailboxService } from './mailbox.service.js';
import { createPaymentMailService } from './payment-mail.service.js';

export { emailHandlers, documentEmailHandlers } from './email.routes.js';
export {
  type DocumentLinks,
  type DocumentMailService,
  type SendDocumentEmailOptions,
} from './document-mail.service.js';
export { EMAIL_SEND_JOB } from './email-messages.js';
export type { InvitationEmail } from './invitation-mail.service.js';
export type { PaymentEmail } from './payment-mail.service.js';
export type { PaymentOutcome } from './payment-mail.js';
export type { EmailSettingsService } from './email-settings.service.js';
export type { MailboxService } from './mailbox.service.js';

/**
 * The e-mail module: settings and texts, sending documents (`sending.sendDocumentEmail` is what
 * other modules call, inside their transaction), and the built-in mailbox. Building this
 * registers the send job, so it comes before the job queue starts.
 */
export function createEmailServices(
  deps: Deps,
  services: ComposeServices & { links?: DocumentLinks },
) {
  const composer = createEmailComposer(deps, services);
  // Connections stay open between messages of a batch (one pool per server and credentials).
  const smtp = createSmtpPools(deps.config.smtpTimeoutMs);
  registerEmailJobs(deps, createEmailDelivery(deps, { composer, smtp }));
  const documentMail = createDocumentMailService(deps, {
    documents: services.documents,
    ...(services.links && { links: services.links }),
  });
  return {
    settings: createEmailSettingsService(deps, composer),
    sending: {
      ...documentMail,
      ...createPaymentMailService(documentMail),
      ...createInvitationMailService(deps),
      ...createEmailHistoryService(deps, composer),
      ...createEmailRetryService(deps),
      /** Closes the SMTP connections kept open (the app is shutting down). */
      close: () => smtp.close(),
    },
    mailbox: createMailboxService(deps),
  };
}

export type EmailServices = ReturnType<typeof createEmailServices>;
export type EmailSendingService = EmailServices['sending'];
