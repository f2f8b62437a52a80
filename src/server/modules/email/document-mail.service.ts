import type { z } from 'zod';
import type {
  DocumentType,
  EmailDraft,
  EmailMessage,
  EmailTemplateKind,
  sendEmailRequestSchema,
} from '../../../contract/index.js';
import { isTagName, unknownTags, type TagLanguage } from '../../../core/tags/index.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import type { Actor, Deps } from '../../deps.js';
import { writeAudit } from '../../platform/audit.js';
import { BadRequest, InvalidState, NotFound, Validation } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { DocumentsService } from '../documents/index.js';
import { STORED_TYPES } from './email-compose.js';
import { addresses, enqueueSend, toEmailMessage, type StoredAttachment } from './email-messages.js';
import { choiceOf, transportOf } from './email-routing.js';
import { findMailDocument, findSettings, findTemplate, insertMessage } from './email.repository.js';

type SendRequest = z.output<typeof sendEmailRequestSchema>;

/** The links module's function: the document's public URL, created in the caller's transaction. */
export interface DocumentLinks {
  documentLink(
    trx: Tx,
    organizationId: string,
    documentId: string,
    recipients: readonly string[],
  ): Promise<string>;
}

/** What other modules give to send a document by e-mail (see `sendDocumentEmail`). */
export interface SendDocumentEmailOptions {
  organizationId: string;
  documentId: string;
  /**
   * Which texts to use: the document's type, or `reminder` for an invoice's reminder; `payment`
   * (a "payment received" message) brings its own subject and body.
   */
  kind: EmailTemplateKind | 'payment';
  /** The payment a `payment` message is about: one message per payment. */
  paymentId?: string;
  /** Default: the customer's invoicing address on the document. */
  recipients?: readonly string[];
  /** Default: the company's default copies (Settings → E-mail). */
  cc?: readonly string[];
  bcc?: readonly string[];
  /** Default: the company's texts for `kind` in the document's language. May use tags. */
  subject?: string;
  body?: string;
  /** Attach the document's PDF (default true). */
  attachPdf?: boolean;
  /** Attach the UBL file (invoices and credit notes only; default false). */
  attachUbl?: boolean;
  /** More files, such as a reminder PDF. */
  extraAttachments?: readonly { filename: string; content: Buffer; contentType?: string }[];
  /** Values for tags, overriding the document's (e.g. `start`, `end` of a subscription). */
  tags?: Readonly<Record<string, string>>;
  /** Who asked, for the audit trail; null for automatic sending. */
  userId?: string | null;
  ip?: string | null;
}

const LINK_TAG = /%(link|payment_button|sign_button)%/;

const ublNotAvailable = () =>
  BadRequest('error.emailUblNotAvailable', {
    fields: { attachUbl: 'error.emailUblNotAvailable' },
  });

/** The document, of this type, as stored (404 when it is another type or gone). */
export async function documentOfType(
  trx: Tx,
  organizationId: string,
  type: DocumentType,
  id: string,
) {
  const row = await findMailDocument(trx, organizationId, id);
  if (!row || STORED_TYPES[row.document_type] !== type) throw NotFound();
  return row;
}

/**
 * Sending documents by e-mail: a row and its job in the caller's transaction; the job
 * (email.jobs.ts) builds the message and hands it over. Other modules (reminders, payments,
 * subscriptions) call `sendDocumentEmail` inside their own transaction.
 */
export function createDocumentMailService(
  deps: Deps,
  services: { documents: DocumentsService; links?: DocumentLinks },
) {
  const { db, clock, jobs, config, secrets, storage } = deps;

  /** Each value checked, the subject and body without unknown tags or line breaks. */
  function checkTexts(subject: string, body: string): void {
    const fields: Record<string, 'validation.unknownTag'> = {};
    if (unknownTags(subject).length) fields.subject = 'validation.unknownTag';
    if (unknownTags(body).length) fields.body = 'validation.unknownTag';
    if (Object.keys(fields).length) throw Validation(fields);
    if (/[\r\n]/.test(subject)) throw Validation({ subject: 'validation.controlCharacters' });
  }

  /** The caller's files, kept in storage until the message leaves. */
  async function storeExtras(
    organizationId: string,
    id: string,
    files: SendDocumentEmailOptions['extraAttachments'] = [],
  ): Promise<StoredAttachment[]> {
    const extras: StoredAttachment[] = [];
    for (const [index, file] of files.entries()) {
      const key = `email/${organizationId}/${id}/extra-${index}`;
      await storage.put(key, file.content);
      extras.push({
        filename: file.filename,
        contentType: file.contentType ?? 'application/pdf',
        size: file.content.length,
        key,
      });
    }
    return extras;
  }

  /**
   * Queues a document's e-mail in the caller's (tenant) transaction: the row and its job exist
   * only if the caller's change commits. Checks everything that can be checked now (finalised
   * document, addresses, tags); the job fills the tags and sends.
   */
  async function sendDocumentEmail(
    trx: Tx,
    options: SendDocumentEmailOptions,
  ): Promise<EmailMessage> {
    const { organizationId, documentId, kind } = options;
    const document = await findMailDocument(trx, organizationId, documentId);
    const type = document && STORED_TYPES[document.document_type];
    if (!document || !type || document.deleted_at) throw NotFound();
    if (document.status === 'draft') throw InvalidState('error.emailNotFinalized');
    const language = document.language as TagLanguage;
    const settings = await findSettings(trx, organizationId);
    const template =
      options.subject !== undefined && options.body !== undefined
        ? { subject: options.subject, body: options.body }
        : kind === 'payment'
          ? null
          : await findTemplate(trx, organizationId, kind, language);
    const subject = options.subject ?? template?.subject ?? '';
    const body = options.body ?? template?.body ?? '';
    checkTexts(subject, body);
    const customerEmail = (document.customer as { email?: string | null }).email ?? null;
    const to = addresses(options.recipients ?? (customerEmail ? [customerEmail] : []), 'to');
    if (to.length === 0) throw Validation({ to: 'validation.required' });
    const cc = addresses(options.cc ?? settings?.default_cc ?? [], 'cc');
    const bcc = addresses(options.bcc ?? settings?.default_bcc ?? [], 'bcc');
    if (options.attachUbl && type === 'quote') throw ublNotAvailable();
    const tags: Record<string, string> = {};
    for (const [name, value] of Object.entries(options.tags ?? {})) {
      if (!isTagName(name)) throw Validation({ tags: 'validation.unknownTag' });
      tags[name] = value;
    }
    if (services.links && !tags.link && LINK_TAG.test(`${subject}\n${body}`))
      tags.link = await services.links.documentLink(trx, organizationId, documentId, to);

    const id = newId();
    const extras = await storeExtras(organizationId, id, options.extraAttachments);
    const now = clock.now();
    const row = await insertMessage(trx, {
      organization_id: organizationId,
      id,
      document_id: documentId,
      kind,
      status: 'queued',
      language,
      recipients: to,
      cc,
      bcc,
      subject,
      body,
      attach_pdf: options.attachPdf ?? true,
      attach_ubl: options.attachUbl ?? false,
      extra_tags: JSON.stringify(tags),
      attachments: JSON.stringify(extras),
      payment_id: options.paymentId ?? null,
      created_by: options.userId ?? null,
      queued_at: now,
      updated_at: now,
    });
    await enqueueSend(jobs, trx, { organizationId, messageId: id });
    await writeAudit(trx, {
      organizationId,
      userId: options.userId ?? null,
      action: 'document.emailQueued',
      entityType: 'document',
      entityId: documentId,
      data: { messageId: id, kind, to },
      ip: options.ip ?? null,
      at: now,
    });
    return toEmailMessage(row);
  }

  return {
    sendDocumentEmail,

    /** What the "Send by e-mail" form starts with: the customer's address and the texts. */
    draft: (organizationId: string, type: DocumentType, id: string): Promise<EmailDraft> =>
      withTenant(db, organizationId, async (trx) => {
        const document = await documentOfType(trx, organizationId, type, id);
        if (document.deleted_at) throw NotFound();
        const language = document.language as TagLanguage;
        const [settings, template] = await Promise.all([
          findSettings(trx, organizationId),
          findTemplate(trx, organizationId, type, language),
        ]);
        const email = (document.customer as { email?: string | null }).email;
        return {
          kind: type,
          language,
          to: email ? [email] : [],
          cc: settings?.default_cc ?? [],
          bcc: settings?.default_bcc ?? [],
          subject: template.subject,
          body: template.body,
          canAttachUbl: type !== 'quote',
          transport: transportOf(choiceOf(settings, secrets), config),
        };
      }),

    /**
     * "Send by e-mail" on a document: a draft is finalised first when asked, then the message
     * is queued. Everything that can be refused is checked before the finalisation.
     */
    async send(
      actor: Actor,
      type: DocumentType,
      id: string,
      request: SendRequest,
      finalize: boolean,
    ): Promise<EmailMessage> {
      if (request.attachUbl && type === 'quote') throw ublNotAvailable();
      const document = await withTenant(db, actor.organizationId, (trx) =>
        documentOfType(trx, actor.organizationId, type, id),
      );
      if (document.deleted_at) throw NotFound();
      if (document.status === 'draft') {
        if (!finalize) throw InvalidState('error.emailNotFinalized');
        await services.documents.finalize(actor, type, id);
      }
      return withTenant(db, actor.organizationId, (trx) =>
        sendDocumentEmail(trx, {
          organizationId: actor.organizationId,
          documentId: id,
          kind: type,
          recipients: request.to,
          cc: request.cc,
          bcc: request.bcc,
          subject: request.subject,
          body: request.body,
          attachUbl: request.attachUbl,
          userId: actor.userId,
          ip: actor.ip,
        }),
      );
    },
  };
}

export type DocumentMailService = ReturnType<typeof createDocumentMailService>;
