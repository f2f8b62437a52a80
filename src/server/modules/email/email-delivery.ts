import type { TagLanguage } from '../../../core/tags/index.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import type { Deps } from '../../deps.js';
import { writeAudit } from '../../platform/audit.js';
import {
  domainOf,
  MailDeliveryError,
  type createSmtpPools,
  type DeliveryResult,
  type MailAttachment,
} from '../../platform/mailer/index.js';
import { notify } from '../notifications/index.js';
import { DOCUMENT_PATHS, STORED_TYPES, type EmailComposer } from './email-compose.js';
import { DOCUMENT_KINDS, storedAttachments, type StoredAttachment } from './email-messages.js';
import { choiceOf, routeOf } from './email-routing.js';
import {
  findAttachments,
  findDocumentNumber,
  findSettings,
  markDocumentSent,
  updateMessage,
  type EmailMessageRow,
} from './email.repository.js';

const messageOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 500);

/**
 * What the send job does with a claimed message: builds it (tags filled, PDF, UBL, automatic
 * attachments, logo), hands it to the company's SMTP server, Facto's general sender or the
 * built-in mailbox, and records how it went. The row id is the Message-ID: a message sent again
 * after a crash is recognisable as the same one.
 */
export function createEmailDelivery(
  deps: Deps,
  services: { composer: EmailComposer; smtp: ReturnType<typeof createSmtpPools> },
) {
  const { db, clock, config, secrets, storage } = deps;
  const { composer, smtp } = services;

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
    for (const file of storedAttachments(row)) {
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

  /** For good: the message is failed and the company gets a notice linking to the document. */
  async function fail(trx: Tx, row: EmailMessageRow, error: string): Promise<void> {
    const now = clock.now();
    await updateMessage(trx, row.organization_id, row.id, {
      status: 'failed',
      error,
      claimed_at: null,
      updated_at: now,
    });
    const document = row.document_id
      ? await findDocumentNumber(trx, row.organization_id, row.document_id)
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

  /** Hands the built message over: to the mailbox, or to an SMTP server. */
  async function handOver(row: EmailMessageRow, built: Awaited<ReturnType<typeof build>>) {
    const organizationId = row.organization_id;
    const route = routeOf(choiceOf(built.settings, secrets), config, built.sender);
    if (route.transport === 'mailbox') {
      const stored = await keepInMailbox(organizationId, row.id, built.attachments);
      const result: DeliveryResult = {
        messageId: `<${row.id}@facto.local>`,
        response: 'Kept in the built-in mailbox',
        rejected: [],
      };
      return { route, stored, result };
    }
    const stored: StoredAttachment[] = built.attachments.map((file) => ({
      filename: file.filename,
      contentType: file.contentType,
      size: file.content.length,
      ...(file.cid && { inline: file.cid }),
    }));
    // Chosen and stored before the SMTP transaction: a retry after a crash sends the same id.
    const messageId = row.server_message_id ?? `<${row.id}@${domainOf(route.from.address)}>`;
    if (!row.server_message_id)
      await withTenant(db, organizationId, (trx) =>
        updateMessage(trx, organizationId, row.id, { server_message_id: messageId }),
      );
    const result = await smtp.send(route.server, {
      id: row.id,
      messageId,
      from: route.from,
      replyTo: route.replyTo,
      to: row.recipients,
      cc: row.cc,
      bcc: row.bcc,
      subject: built.rendered.subject,
      text: built.rendered.text,
      html: built.rendered.html,
      attachments: built.attachments,
    });
    return { route, stored, result };
  }

  /** Builds and hands over one claimed message, then records how it went. */
  async function deliver(row: EmailMessageRow, lastAttempt: boolean): Promise<void> {
    const organizationId = row.organization_id;
    let built: Awaited<ReturnType<typeof build>>;
    let outcome: Awaited<ReturnType<typeof handOver>>;
    try {
      built = await build(row);
      outcome = await handOver(row, built);
    } catch (error) {
      const failure =
        error instanceof MailDeliveryError ? error : new MailDeliveryError(messageOf(error), false);
      const final = failure.permanent || lastAttempt;
      await withTenant(db, organizationId, async (trx) => {
        if (final) await fail(trx, row, failure.message);
        else
          await updateMessage(trx, organizationId, row.id, {
            status: 'queued',
            error: failure.message,
            claimed_at: null,
            updated_at: clock.now(),
          });
      });
      // Not final: pg-boss tries again later, each time twice as late.
      if (!final) throw failure;
      return;
    }

    const { route, stored, result } = outcome;
    const { rendered } = built;
    const transport = route.transport;
    await withTenant(db, organizationId, async (trx) => {
      const sentAt = clock.now();
      await updateMessage(trx, organizationId, row.id, {
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
      });
      // E-mailed is sent: a finalised document moves on, as with "mark as sent".
      if (row.document_id && DOCUMENT_KINDS.has(row.kind))
        await markDocumentSent(trx, organizationId, row.document_id, sentAt);
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
    const extras = storedAttachments(row).flatMap((a) => (a.key ? [a.key] : []));
    for (const key of extras) await storage.delete(key).catch(() => undefined);
  }

  return { deliver };
}

export type EmailDelivery = ReturnType<typeof createEmailDelivery>;
