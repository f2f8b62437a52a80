import type { DocumentType, EmailMessage } from '../../../contract/index.js';
import { withTenant } from '../../db/tenant.js';
import type { Deps } from '../../deps.js';
import { documentOfType } from './document-mail.service.js';
import type { EmailComposer } from './email-compose.js';
import { toEmailMessage } from './email-messages.js';
import { listDocumentMessages, type EmailMessageRow } from './email.repository.js';

/** A document's e-mails, as its page lists them. */
export function createEmailHistoryService({ db }: Deps, composer: EmailComposer) {
  /**
   * A message not sent yet keeps its subject as typed (tags are filled when it leaves): the
   * history shows it as it will go out, never `%number%`.
   */
  async function withRenderedSubjects(
    organizationId: string,
    documentId: string,
    rows: EmailMessageRow[],
  ): Promise<EmailMessage[]> {
    const pending = (row: EmailMessageRow) => row.status !== 'sent' && row.subject.includes('%');
    const ctx = rows.some(pending)
      ? await composer.context(organizationId, documentId).catch(() => null)
      : null;
    return rows.map((row) => {
      const message = toEmailMessage(row);
      if (!pending(row)) return message;
      const { link = null, ...extra } = row.extra_tags as Record<string, string>;
      const subject = ctx
        ? composer.render(ctx, { subject: row.subject, body: '' }, link, extra).subject
        : row.subject.replace(/%[A-Za-z_][A-Za-z0-9_]*%/g, '…');
      return { ...message, subject };
    });
  }

  return {
    /** Every e-mail of a document, newest first. */
    async list(organizationId: string, type: DocumentType, id: string): Promise<EmailMessage[]> {
      const rows = await withTenant(db, organizationId, async (trx) => {
        await documentOfType(trx, organizationId, type, id);
        return listDocumentMessages(trx, organizationId, id);
      });
      // After the transaction: the composer reads the document in its own (one connection on PGlite).
      return withRenderedSubjects(organizationId, id, rows);
    },
  };
}

export type EmailHistoryService = ReturnType<typeof createEmailHistoryService>;
