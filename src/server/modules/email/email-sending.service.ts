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
  domainOf,
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
import { paymentMail, type PaymentOutcome } from './payment-mail.js';

export const EMAIL_SEND_JOB = 'email.send';

/**
 * While a message is being sent its worker touches `claimed_at` every HEARTBEAT_MS; a claim not
 * touched for LEASE_MS belongs to a worker that died (process killed mid-conversation), and the
 * message is sent again, with the same Message-ID: at-least-once (docs/email-delivery.md).
 */
export const HEARTBEAT_MS = 10_000;
export const LEASE_MS = 30_000;
/** How often the processes running workers look for such messages. */
const RECOVERY_EVERY_SECONDS = 15;

type SendRequest = z.output<typeof sendEmailRequestSchema>;

interface SendJob {
  organizationId: string;
  messageId: string;
}

/** A recorded payment, as the payments module tells it (amounts as decimal strings). */
export interface PaymentEmail {
  organizationId: string;
  invoiceId: string;
  paymentId: string;
  outcome: PaymentOutcome;
  amount: string;
  /** What remains open after the payment; negative when paid too much. */
  open: string;
  userId: string | null;
  ip: string | null;
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
  payment: 'invoices',
  test: 'settings',
  invitation: 'settings',
};

/** What moves a finalised document to "sent" once e-mailed: the document itself, not a notice. */
const DOCUMENT_KINDS = new Set(['quote', 'invoice', 'creditNote']);

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
  return (
    Object.entries(TEMPLATE_MODULE)
      .filter(([, module]) => role !== 'employee' || modules.includes(module))
      // An invitation holds a link that sets someone's password: only owners invite, only they read it.
      .filter(([kind]) => kind !== 'invitation' || role === 'owner')
      .map(([kind]) => kind)
  );
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
    const settings = await findSettings(trx, organizationId);
    const template =
      options.subject !== undefined && options.body !== undefined
        ? { subject: options.subject, body: options.body }
        : kind === 'payment'
          ? null
          : await findTemplate(trx, organizationId, kind, language);
    const subject = options.subject ?? template?.subject ?? '';
    const body = options.body ?? template?.body ?? '';
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
        payment_id: options.paymentId ?? null,
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
    if (!row.document_id) {
      // An invitation: written in full when queued, sent as it is.
      if (row.kind !== 'invitation' || !row.body_html)
        throw new MailDeliveryError('The message has no document', true);
      const [look, settings] = await Promise.all([
        composer.company(row.organization_id),
        withTenant(db, row.organization_id, (trx) => findSettings(trx, row.organization_id)),
      ]);
      return {
        sender: { name: look.organization.legalName, email: look.organization.email },
        rendered: { subject: row.subject, text: row.body, html: row.body_html },
        attachments: [] as MailAttachment[],
        settings,
      };
    }
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
    const sender = { name: ctx.organization.legalName, email: ctx.organization.email };
    return { sender, rendered, attachments, settings };
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
    // Up to ~1 hour of an SMTP server being down: 1, 2, 4, 8, 16 and 32 minutes apart. Four at
    // once: while one message waits on its SMTP server, the next is built.
    { retryLimit: 6, retryDelay: 60, concurrency: 4 },
    async ({ data, lastAttempt }) => {
      const { organizationId, messageId } = data;
      const now = clock.now();
      // Claimed before the SMTP conversation: a repeated job finds it claimed or done. A claim
      // whose heartbeat stopped (its worker was killed) is taken over.
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
          .where((eb) =>
            eb.or([
              eb('status', '=', 'queued'),
              eb.and([
                eb('status', '=', 'sending'),
                eb('claimed_at', '<', new Date(now.getTime() - LEASE_MS)),
              ]),
            ]),
          )
          .returningAll()
          .executeTakeFirst(),
      );
      if (!row) {
        const current = await withTenant(db, organizationId, (trx) =>
          findMessage(trx, organizationId, messageId),
        );
        // Sent, failed or gone: nothing to do. Being sent by a live worker: it records the outcome.
        if (current?.status === 'sending' && !lastAttempt)
          throw new Error('being sent by another worker');
        return;
      }
      const heartbeat = setInterval(() => {
        void withTenant(db, organizationId, (trx) =>
          trx
            .updateTable('email_messages')
            .set({ claimed_at: clock.now() })
            .where('organization_id', '=', organizationId)
            .where('id', '=', messageId)
            .where('status', '=', 'sending')
            .execute(),
        ).catch(() => undefined);
      }, HEARTBEAT_MS);
      try {
        await deliver(row, lastAttempt);
      } finally {
        clearInterval(heartbeat);
      }
    },
  );

  /** Builds and hands over one claimed message, then records how it went. */
  async function deliver(row: EmailMessageRow, lastAttempt: boolean): Promise<void> {
    const organizationId = row.organization_id;
    let stored: StoredAttachment[] = [];
    let result: DeliveryResult;
    let transport: 'general' | 'smtp' | 'mailbox';
    let rendered: Awaited<ReturnType<typeof build>>['rendered'];
    let route: ReturnType<typeof routeOf>;
    try {
      const built = await build(row);
      rendered = built.rendered;
      route = routeOf(choiceOf(built.settings, secrets), config, built.sender);
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
        // Chosen and stored before the SMTP transaction: a retry after a crash sends the same id.
        const messageId = row.server_message_id ?? `<${row.id}@${domainOf(route.from.address)}>`;
        if (!row.server_message_id)
          await withTenant(db, organizationId, (trx) =>
            trx
              .updateTable('email_messages')
              .set({ server_message_id: messageId })
              .where('organization_id', '=', organizationId)
              .where('id', '=', row.id)
              .execute(),
          );
        result = await smtp.send(route.server, {
          id: row.id,
          messageId,
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
        error instanceof MailDeliveryError ? error : new MailDeliveryError(messageOf(error), false);
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
      if (row.document_id && DOCUMENT_KINDS.has(row.kind)) {
        // E-mailed is sent: a finalised document moves on, as with "mark as sent".
        await trx
          .updateTable('documents')
          .set({ status: 'sent', sent_at: sentAt, updated_at: sentAt })
          .where('organization_id', '=', organizationId)
          .where('id', '=', row.document_id)
          .where('status', '=', 'finalized')
          .execute();
      }
      if (row.document_id)
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
  }

  /**
   * Messages whose worker died mid-send (heartbeat older than the lease): a job each, so they
   * leave again within a minute of a restart instead of waiting for the queue's expiry.
   */
  async function recoverInterrupted(): Promise<number> {
    const stale = await db
      .selectFrom('email_messages')
      .select(['organization_id', 'id', 'attempts'])
      .where('status', '=', 'sending')
      .where('claimed_at', '<', new Date(clock.now().getTime() - LEASE_MS))
      .orderBy('claimed_at')
      .limit(100)
      .execute();
    for (const message of stale)
      await db.transaction().execute((trx) =>
        jobs.enqueue(
          trx,
          EMAIL_SEND_JOB,
          { organizationId: message.organization_id, messageId: message.id } satisfies SendJob,
          // One recovery per claim: a second crash (one more attempt) gets its own.
          { singletonKey: `${message.id}:${message.attempts}` },
        ),
      );
    return stale.length;
  }
  jobs.every(RECOVERY_EVERY_SECONDS, async () => {
    await recoverInterrupted();
  });

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

  /**
   * "Payment received" to the customer, in the payment's transaction, when the company asks for
   * it (Settings → E-mail) and the invoice has the customer's address; otherwise nothing.
   */
  async function sendPaymentEmail(trx: Tx, payment: PaymentEmail): Promise<EmailMessage | null> {
    const { organizationId, invoiceId } = payment;
    const [settings, invoice] = await Promise.all([
      findSettings(trx, organizationId),
      trx
        .selectFrom('documents')
        .select(['language', 'currency', 'customer'])
        .where('organization_id', '=', organizationId)
        .where('id', '=', invoiceId)
        .executeTakeFirst(),
    ]);
    const email = (invoice?.customer as { email?: string | null } | undefined)?.email;
    if (!settings?.payment_confirmation || !invoice || !email) return null;
    const texts = paymentMail({
      language: invoice.language as TagLanguage,
      outcome: payment.outcome,
      amount: payment.amount,
      open: payment.open,
      currency: invoice.currency,
    });
    // An address that cannot be written to (checked before any query) never blocks the payment.
    if (!emailAddressSchema.safeParse(email).success || !isSafeAddress(email)) return null;
    return sendDocumentEmail(trx, {
      organizationId,
      documentId: invoiceId,
      kind: 'payment',
      paymentId: payment.paymentId,
      subject: texts.subject,
      body: texts.body,
      attachPdf: false,
      userId: payment.userId,
      ip: payment.ip,
    });
  }

  /**
   * A team invitation, through the company's mail path like every other e-mail (its SMTP server,
   * Facto's sender, or the built-in mailbox, where only owners read it). Returns whether it
   * leaves for the invited person's inbox (false: kept in the built-in mailbox).
   */
  async function sendInvitationEmail(invitation: {
    organizationId: string;
    to: string;
    language: TagLanguage;
    subject: string;
    text: string;
    html: string;
    userId: string;
  }): Promise<boolean> {
    const { organizationId } = invitation;
    const to = addresses([invitation.to], 'to');
    return withTenant(db, organizationId, async (trx) => {
      const settings = await findSettings(trx, organizationId);
      const id = newId();
      const now = clock.now();
      await trx
        .insertInto('email_messages')
        .values({
          organization_id: organizationId,
          id,
          document_id: null,
          kind: 'invitation',
          status: 'queued',
          language: invitation.language,
          recipients: to,
          subject: invitation.subject.replace(/[\r\n]+/g, ' '),
          body: invitation.text,
          body_html: invitation.html,
          attach_pdf: false,
          created_by: invitation.userId,
          queued_at: now,
          updated_at: now,
        })
        .execute();
      await jobs.enqueue(trx, EMAIL_SEND_JOB, { organizationId, messageId: id } satisfies SendJob, {
        singletonKey: id,
      });
      return transportOf(choiceOf(settings, secrets), config) !== 'mailbox';
    });
  }

  return {
    sendDocumentEmail,
    sendPaymentEmail,
    sendInvitationEmail,

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
    async list(organizationId: string, type: DocumentType, id: string): Promise<EmailMessage[]> {
      const rows = await withTenant(db, organizationId, async (trx) => {
        await documentRow(trx, organizationId, type, id);
        return trx
          .selectFrom('email_messages')
          .selectAll()
          .where('organization_id', '=', organizationId)
          .where('document_id', '=', id)
          .orderBy('queued_at', 'desc')
          .orderBy('id', 'desc')
          .execute();
      });
      // After the transaction: the composer reads the document in its own (one connection on PGlite).
      return withRenderedSubjects(organizationId, id, rows);
    },

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
