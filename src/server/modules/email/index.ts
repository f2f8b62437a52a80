import type { Deps } from '../../deps.js';
import { createEmailComposer, type ComposeServices } from './email-compose.js';
import {
  createEmailSendingService,
  type DocumentLinks,
  type EmailSendingService,
} from './email-sending.service.js';
import { createEmailSettingsService } from './email-settings.service.js';
import { createMailboxService } from './mailbox.service.js';

export { emailRoutes } from './email.routes.js';
export {
  EMAIL_SEND_JOB,
  type DocumentLinks,
  type EmailSendingService,
  type PaymentEmail,
  type SendDocumentEmailOptions,
} from './email-sending.service.js';
export type { PaymentOutcome } from './payment-mail.js';
export type { EmailSettingsService } from './email-settings.service.js';
export type { MailboxService } from './mailbox.service.js';

/**
 * The e-mail module: settings and texts, sending documents (`sending.sendDocumentEmail` is what
 * other modules call, inside their transaction), and the built-in mailbox.
 */
export function createEmailServices(
  deps: Deps,
  services: ComposeServices & { links?: DocumentLinks },
): {
  settings: ReturnType<typeof createEmailSettingsService>;
  sending: EmailSendingService;
  mailbox: ReturnType<typeof createMailboxService>;
} {
  const composer = createEmailComposer(deps, services);
  return {
    settings: createEmailSettingsService(deps, composer),
    sending: createEmailSendingService(deps, {
      documents: services.documents,
      composer,
      ...(services.links && { links: services.links }),
    }),
    mailbox: createMailboxService(deps),
  };
}
