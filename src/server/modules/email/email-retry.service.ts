import type { DocumentType, EmailMessage } from '../../../contract/index.js';
import { withTenant } from '../../db/tenant.js';
import type { Actor, Deps } from '../../deps.js';
import { writeAudit } from '../../platform/audit.js';
import { InvalidState, NotFound } from '../../platform/errors.js';
import { documentOfType } from './document-mail.service.js';
import { enqueueSend, toEmailMessage } from './email-messages.js';
import { findMessage, requeueFailed } from './email.repository.js';

/** "Send again" on a failed e-mail of a document. */
export function createEmailRetryService({ db, clock, jobs }: Deps) {
  return {
    /** A failed message goes out again (same row, same Message-ID). */
    retry: (actor: Actor, type: DocumentType, id: string, emailId: string): Promise<EmailMessage> =>
      withTenant(db, actor.organizationId, async (trx) => {
        await documentOfType(trx, actor.organizationId, type, id);
        const now = clock.now();
        const row = await requeueFailed(trx, actor.organizationId, id, emailId, now);
        if (!row) {
          const exists = await findMessage(trx, actor.organizationId, emailId);
          if (!exists || exists.document_id !== id) throw NotFound();
          throw InvalidState('error.emailNotRetryable');
        }
        await enqueueSend(jobs, trx, { organizationId: actor.organizationId, messageId: emailId });
        await writeAudit(trx, {
          organizationId: actor.organizationId,
          userId: actor.userId,
          action: 'document.emailRetried',
          entityType: 'document',
          entityId: id,
          data: { messageId: emailId },
          ip: actor.ip,
          at: now,
        });
        return toEmailMessage(row);
      }),
  };
}

export type EmailRetryService = ReturnType<typeof createEmailRetryService>;
