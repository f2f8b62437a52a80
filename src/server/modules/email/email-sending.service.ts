import type { z } from 'zod';
import {
  EMAIL_MAX_RECIPIENTS,
  emailAddressSchema,
  type DocumentType,
  type EmailDraft,
  type EmailMessage,
  type EmailTemplateKind,
  type Module,
  type sendEmailRequestSchema,
} from '../../../contract/index.js';
import { isTagName, unknownTags, type TagLanguage } from '../../../core/tags/index.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import type { Actor, Deps } from '../../deps.js';
import { writeAudit } from '../../platform/audit.js';
import { AppError, NotFound, Validation } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import {
  createSmtpPools,
  isSafeAddress,
  MailDeliveryError,
  type DeliveryResult,
  type MailAttachment,
} from '../../platform/mailer/index.js';
import type { DocumentsService } from '../documents/index.js';
import { notify } from '../notifications/index.js';
import { DOCUMENT_PATHS, STORED_TYPES, type EmailComposer } from './email-compose.js';
import { choiceOf, routeOf, transportOf } from './email-routing.js';
import {
  findAttachments,
  findMessage,
  findSettings,
  findTemplate,
  type EmailMessageRow,
} from './email.repository.js';

export const EMAIL_SEND_JOB = 'email.send';

/** A message claimed this long ago and never finished: its worker died mid-conversation. */
const STALE_SENDING_MS = 15 * 60_000;

type SendRequest = z.output<typeof sendEmailRequestSchema>;

interface SendJob {
  organizationId: string;
  messageId: string;
}

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
  /** Which texts to use: the document's type, or `reminder` for an invoice's reminder. */
  kind: EmailTemplateKind;
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

interface StoredAttachment {
  filename: string;
  contentType: string;
  size: number;
  /** In file storage (extra attachments until sent; everything of a mailbox message). */
  key?: string;
  /** The logo, shown in the HTML, not listed as an attachment. */
  inline?: string;
}

const TEMPLATE_MODULE: Record<string, Module> = {
  quote: 'quotes',
  invoice: 'invoices',
  creditNote: 'creditNotes',
  reminder: 'invoices',
  test: 'settings',
};

const LINK_TAG = /%(link|payment_button|sign_button)%/;

export function toEmailMessage(row: EmailMessageRow): EmailMessage {
  return {
    id: row.id,
    documentId: row.document_id,
    kind: row.kind as EmailMessage['kind'],
    status: row.status as EmailMessage['status'],
    transport: row.transport as EmailMessage['transport'],
    to: row.recipients,
    cc: row.cc,
    bcc: row.bcc,
    subject: row.subject,
    attachments: (row.attachments as unknown as StoredAttachment[])
      .filter((a) => !a.inline)
      .map((a) => ({ filename: a.filename, contentType: a.contentType, size: a.size })),
    attempts: row.attempts,
    error: row.error,
    serverMessageId: row.server_message_id,
    serverResponse: row.server_response,
    queuedAt: row.queued_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
  };
}

/** Whether this user may see messages of this kind (a quote's e-mails need the quotes module). */
export function kindsVisibleTo(role: string, modules: readonly string[]): string[] {
  return Object.entries(TEMPLATE_MODULE)
    .filter(([, module]) => role !== 'employee' || modules.includes(module))
    .map(([kind]) => kind);
}

const messageOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 500);

/**
 * Sending documents by e-mail: a row and its job in the caller's transaction, then a job that
 * builds the message (tags filled, PDF, UBL, automatic attachments, logo) and hands it to the
 * company's SMTP server, Facto's general sender, or the built-in mailbox. A message leaves once:
 * the job claims the row before talking to the server and uses the row id as Message-ID.
 */
export function createEmailSendingService(
  deps: Deps,
  services: { documents: DocumentsService; composer: EmailComposer; links?: DocumentLinks },
) {
  const { db, clock, jobs, config, secrets, storage } = deps;
  const { composer, documents } = services;
  // Connections stay open between messages of a batch (one pool per server and credentials).
  const smtp = createSmtpPools(config.smtpTimeoutMs);

  /** A list of addresses as the contract accepts them, or a field error. */
  function addresses(list: readonly string[], field: string): string[] {
    if (list.length > EMAIL_MAX_RECIPIENTS) throw Validation({ [field]: 'validation.invalid' });
    return list.map((value) => {
      const parsed = emailAddressSchema.safeParse(value);
      if (!parsed.success || !isSafeAddress(parsed.data))
        throw Validation({ [field]: 'validation.email' });
      return parsed.data;
    });
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
    const document = await trx
      .selectFrom('documents')
      .select(['document_type', 'status', 'language', 'customer', 'deleted_at'])
      .where('organization_id', '=', organizationId)
      .where('id', '=', documentId)
      .executeTakeFirst();
    const type = document && STORED_TYPES[document.document_type];
    if (!document || !type || document.deleted_at) throw NotFound();
    if (document.status === 'draft') throw new AppError(409, 'error.emailNotFinalized');
    const language = document.language as TagLanguage;
    const [settings, template] = await Promise.all([
      findSettings(trx, organizationId),
      findTemplate(trx, organizationId, kind, language),
    ]);
    const subject = options.subject ?? template.subject;
    const body = options.body ?? template.body;
    const fields: Record<string, 'validation.unknownTag'> = {};
    if (unknownTags(subject).length) fields.subject = 'validation.unknownTag';
    if (unknownTags(body).length) fields.body = 'validation.unknownTag';
    if (Object.keys(fields).length) throw Validation(fields);
    if (/[\r\n]/.test(subject)) throw Validation({ subject: 'validation.controlCharacters' });
    const customerEmail = (document.customer as { email?: string | null }).email ?? null;
    const to = addresses(options.recipients ?? (customerEmail ? [customerEmail] : []), 'to');
    if (to.length === 0) throw Validation({ to: 'validation.required' });
    const cc = addresses(options.cc ?? settings?.default_cc ?? [], 'cc');
    const bcc = addresses(options.bcc ?? settings?.default_bcc ?? [], 'bcc');
    if (options.attachUbl && type === 'quote')
      throw new AppError(
        400,
        'error.emailUblNotAvailable',
        {},
        { attachUbl: 'error.emailUblNotAvailable' },
      );
    const tags: Record<string, string> = {};
    for (const [name, value] of Object.entries(options.tags ?? {})) {
      if (!isTagName(name)) throw Validation({ tags: 'validation.unknownTag' });
      tags[name] = value;
    }
    if (services.links && !tags.link && LINK_TAG.test(`${subject}\n${body}`))
      tags.link = await services.links.documentLink(trx, organizationId, documentId, to);

    const id = newId();
    const extras: StoredAttachment[] = [];
    for (const [index, file] of (options.extraAttachments ?? []).entries()) {
      const key = `email/${organizationId}/${id}/extra-${index}`;
      await storage.put(key, file.content);
      extras.push({
        filename: file.filename,
        contentType: file.contentType ?? 'application/pdf',
        size: file.content.length,
        key,
      });
    }
    const now = clock.now();
    const row = await trx
      .insertInto('email_messages')
      .values({
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
        created_by: options.userId ?? null,
        queued_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await jobs.enqueue(trx, EMAIL_SEND_JOB, { organizationId, messageId: id } satisfies SendJob, {
      singletonKey: id,
    });
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

  /** The message, built from the row: tags filled, every attachment read. */
  async function build(row: EmailMessageRow) {
    if (!row.document_id) throw new MailDeliveryError('The message has no document', true);
    const ctx = await composer.context(row.organization_id, row.document_id);
    const { link = null, ...extra } = row.extra_tags as Record<string, string>;
    const rendered = composer.render(ctx, { subject: row.subject, body: row.body }, link, extra);
    const [automatic, settings] = await withTenant(db, row.organization_id, (trx) =>
      Promise.all([
        findAttachments(trx, row.organization_id, row.language as TagLanguage),
        findSettings(trx, row.organization_id),
      ]),
    );
    const attachments: MailAttachment[] = [
      ...(await composer.documentAttachments(ctx, { pdf: row.attach_pdf, ubl: row.attach_ubl })),
    ];
    for (const file of automatic) {
      const content = await storage.get(file.storage_key);
      if (!content) throw new MailDeliveryError(`Attachment ${file.filename} is missing`, true);
      attachments.push({ filename: file.filename, content, contentType: 'application/pdf' });
    }
    for (const file of row.attachments as unknown as StoredAttachment[]) {
      const content = file.key ? await storage.get(file.key) : null;
      if (!content) throw new MailDeliveryError(`Attachment ${file.filename} is missing`, true);
      attachments.push({ filename: file.filename, content, contentType: file.contentType });
    }
    const logo = composer.logoAttachment(ctx.logo);
    if (logo) attachments.push(logo);
    return { ctx, rendered, attachments, settings };
  }

  /** Keeps what would have been sent, attachments included, for the mailbox page. */
  async function keepInMailbox(
    organizationId: string,
    id: string,
    attachments: MailAttachment[],
  ): Promise<StoredAttachment[]> {
    const stored: StoredAttachment[] = [];
    for (const [index, file] of attachments.entries()) {
      const key = `mailbox/${organizationId}/${id}/${index}`;
      await storage.put(key, file.content);
      stored.push({
        filename: file.filename,
        contentType: file.contentType,
        size: file.content.length,
        key,
        ...(file.cid && { inline: file.cid }),
      });
    }
    return stored;
  }

  async function fail(trx: Tx, row: EmailMessageRow, error: string): Promise<void> {
    const now = clock.now();
    await trx
      .updateTable('email_messages')
      .set({ status: 'failed', error, claimed_at: null, updated_at: now })
      .where('organization_id', '=', row.organization_id)
      .where('id', '=', row.id)
      .execute();
    const document = row.document_id
      ? await trx
          .selectFrom('documents')
          .select(['number_formatted', 'document_type'])
          .where('organization_id', '=', row.organization_id)
          .where('id', '=', row.document_id)
          .executeTakeFirst()
      : undefined;
    const type = document && STORED_TYPES[document.document_type];
    await notify(
      trx,
      row.organization_id,
      'emailFailed',
      { number: document?.number_formatted ?? '', recipient: row.recipients.join(', '), error },
      {
        link: type && row.document_id ? `/${DOCUMENT_PATHS[type]}/${row.document_id}` : null,
        at: now,
      },
    );
  }

  jobs.define<SendJob>(
    EMAIL_SEND_JOB,
    // Up to ~1 hour of an SMTP server being down: 1, 2, 4, 8, 16 and 32 minutes apart.
    { retryLimit: 6, retryDelay: 60 },
    async ({ data, lastAttempt }) => {
      const { organizationId, messageId } = data;
      const now = clock.now();
      // Claimed before the SMTP conversation: a repeated job finds it claimed or done.
      const row = await withTenant(db, organizationId, (trx) =>
        trx
          .updateTable('email_messages')
          .set((eb) => ({
            status: 'sending',
            claimed_at: now,
            attempts: eb('attempts', '+', 1),
            updated_at: now,
          }))
          .where('organization_id', '=', organizationId)
          .where('id', '=', messageId)
          .where('status', '=', 'queued')
          .returningAll()
          .executeTakeFirst(),
      );
      if (!row) {
        const current = await withTenant(db, organizationId, (trx) =>
          findMessage(trx, organizationId, messageId),
        );
        if (current?.status !== 'sending') return; // sent, failed or gone: nothing to do
        const stale =
          !current.claimed_at || now.getTime() - current.claimed_at.getTime() > STALE_SENDING_MS;
        if (stale || lastAttempt) {
          // It may or may not have left: never guess, say so.
          await withTenant(db, organizationId, (trx) =>
            fail(
              trx,
              current,
              'Interrupted while sending: check with the recipient before sending it again',
            ),
          );
          return;
        }
        throw new Error('being sent by another worker');
      }

      let stored: StoredAttachment[] = [];
      let result: DeliveryResult;
      let transport: 'general' | 'smtp' | 'mailbox';
      let rendered: Awaited<ReturnType<typeof build>>['rendered'];
      let route: ReturnType<typeof routeOf>;
      try {
        const built = await build(row);
        rendered = built.rendered;
        route = routeOf(choiceOf(built.settings, secrets), config, {
          name: built.ctx.organization.legalName,
          email: built.ctx.organization.email,
        });
        transport = route.transport;
        if (route.transport === 'mailbox') {
          stored = await keepInMailbox(organizationId, row.id, built.attachments);
          result = {
            messageId: `<${row.id}@facto.local>`,
            response: 'Kept in the built-in mailbox',
            rejected: [],
          };
        } else {
          stored = built.attachments.map((file) => ({
            filename: file.filename,
            contentType: file.contentType,
            size: file.content.length,
            ...(file.cid && { inline: file.cid }),
          }));
          result = await smtp.send(route.server, {
            id: row.id,
            from: route.from,
            replyTo: route.replyTo,
            to: row.recipients,
            cc: row.cc,
            bcc: row.bcc,
            subject: rendered.subject,
            text: rendered.text,
            html: rendered.html,
            attachments: built.attachments,
          });
        }
      } catch (error) {
        const failure =
          error instanceof MailDeliveryError
            ? error
            : new MailDeliveryError(messageOf(error), false);
        const final = failure.permanent || lastAttempt;
        await withTenant(db, organizationId, async (trx) => {
          if (final) {
            await fail(trx, row, failure.message);
          } else {
            await trx
              .updateTable('email_messages')
              .set({
                status: 'queued',
                error: failure.message,
                claimed_at: null,
                updated_at: clock.now(),
              })
              .where('organization_id', '=', organizationId)
              .where('id', '=', row.id)
              .execute();
          }
        });
        // Not final: pg-boss tries again later, each time twice as late.
        if (!final) throw failure;
        return;
      }

      const extras = (row.attachments as unknown as StoredAttachment[]).flatMap((a) =>
        a.key ? [a.key] : [],
      );
      await withTenant(db, organizationId, async (trx) => {
        const sentAt = clock.now();
        await trx
          .updateTable('email_messages')
          .set({
            status: 'sent',
            transport,
            subject: rendered.subject,
            body: rendered.text,
            body_html: rendered.html,
            attachments: JSON.stringify(stored),
            from_address: route.from.address,
            reply_to: route.replyTo,
            server_message_id: result.messageId,
            server_response: result.response,
            error: result.rejected.length
              ? `Refused by the server: ${result.rejected.join(', ')}`
              : null,
            sent_at: sentAt,
            updated_at: sentAt,
          })
          .where('organization_id', '=', organizationId)
          .where('id', '=', row.id)
          .execute();
        if (row.document_id && row.kind !== 'reminder') {
          // E-mailed is sent: a finalised document moves on, as with "mark as sent".
          await trx
            .updateTable('documents')
            .set({ status: 'sent', sent_at: sentAt, updated_at: sentAt })
            .where('organization_id', '=', organizationId)
            .where('id', '=', row.document_id)
            .where('status', '=', 'finalized')
            .execute();
        }
        await writeAudit(trx, {
          organizationId,
          userId: row.created_by,
          action: 'document.emailSent',
          entityType: 'document',
          entityId: row.document_id,
          data: { messageId: row.id, transport, to: row.recipients },
          at: sentAt,
        });
      });
      // The caller's files were copied into the message (or the mailbox): drop the originals.
      for (const key of extras) await storage.delete(key).catch(() => undefined);
    },
  );

  /** The document, of this type, as stored (404 when it is another type or gone). */
  async function documentRow(trx: Tx, organizationId: string, type: DocumentType, id: string) {
    const row = await trx
      .selectFrom('documents')
      .select(['document_type', 'status', 'language', 'customer', 'deleted_at'])
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row || STORED_TYPES[row.document_type] !== type) throw NotFound();
    return row;
  }

  return {
    sendDocumentEmail,

    /** Closes the SMTP connections kept open (the app is shutting down). */
    close: () => smtp.close(),

    /** What the "Send by e-mail" form starts with: the customer's address and the texts. */
    draft: (organizationId: string, type: DocumentType, id: string): Promise<EmailDraft> =>
      withTenant(db, organizationId, async (trx) => {
        const document = await documentRow(trx, organizationId, type, id);
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
      if (request.attachUbl && type === 'quote')
        throw new AppError(
          400,
          'error.emailUblNotAvailable',
          {},
          { attachUbl: 'error.emailUblNotAvailable' },
        );
      const document = await withTenant(db, actor.organizationId, (trx) =>
        documentRow(trx, actor.organizationId, type, id),
      );
      if (document.deleted_at) throw NotFound();
      if (document.status === 'draft') {
        if (!finalize) throw new AppError(409, 'error.emailNotFinalized');
        await documents.finalize(actor, type, id);
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

    /** Every e-mail of a document, newest first. */
    list: (organizationId: string, type: DocumentType, id: string): Promise<EmailMessage[]> =>
      withTenant(db, organizationId, async (trx) => {
        await documentRow(trx, organizationId, type, id);
        const rows = await trx
          .selectFrom('email_messages')
          .selectAll()
          .where('organization_id', '=', organizationId)
          .where('document_id', '=', id)
          .orderBy('queued_at', 'desc')
          .orderBy('id', 'desc')
          .execute();
        return rows.map(toEmailMessage);
      }),

    /** A failed message goes out again (same row, same Message-ID). */
    retry: (actor: Actor, type: DocumentType, id: string, emailId: string): Promise<EmailMessage> =>
      withTenant(db, actor.organizationId, async (trx) => {
        await documentRow(trx, actor.organizationId, type, id);
        const now = clock.now();
        const row = await trx
          .updateTable('email_messages')
          .set({ status: 'queued', claimed_at: null, queued_at: now, updated_at: now })
          .where('organization_id', '=', actor.organizationId)
          .where('id', '=', emailId)
          .where('document_id', '=', id)
          .where('status', '=', 'failed')
          .returningAll()
          .executeTakeFirst();
        if (!row) {
          const exists = await findMessage(trx, actor.organizationId, emailId);
          if (!exists || exists.document_id !== id) throw NotFound();
          throw new AppError(409, 'error.emailNotRetryable');
        }
        await jobs.enqueue(
          trx,
          EMAIL_SEND_JOB,
          { organizationId: actor.organizationId, messageId: emailId } satisfies SendJob,
          { singletonKey: emailId },
        );
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

export type EmailSendingService = ReturnType<typeof createEmailSendingService>;
