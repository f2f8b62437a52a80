import type { AuditAction } from '../../../contract/index.js';
import type { z } from 'zod';
import {
  EMAIL_ATTACHMENT_MAX_BYTES,
  EMAIL_TEMPLATE_KINDS,
  type EmailPreview,
  type EmailSettings,
  type EmailTemplate,
  type EmailTemplateKind,
  type EmailTestResult,
  type emailPreviewRequestSchema,
  type emailSettingsRequestSchema,
  type emailTemplateRequestSchema,
  type emailTestRequestSchema,
} from '../../../contract/index.js';
import { DOCUMENT_LANGUAGES } from '../../../contract/index.js';
import type { TagLanguage } from '../../../core/tags/index.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import type { Actor, Deps } from '../../deps.js';
import { writeAudit } from '../../platform/audit.js';
import { BadRequest, Forbidden, NotFound, InvalidState } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { MailDeliveryError, sendSmtp } from '../../platform/mailer/index.js';
import { DOCUMENT_KINDS } from '../documents/index.js';
import { inlineLogo, type EmailComposer } from './email-compose.js';
import { renderEmail } from './email-layout.js';
import { kindsVisibleTo, type Reader } from './email-messages.js';
import { choiceOf, routeOf, transportOf, type SendingChoice } from './email-routing.js';
import {
  countAttachments,
  deleteAttachment,
  deleteTemplate,
  findAttachmentFile,
  findAttachments,
  findLatestDocumentId,
  findSettings,
  findTemplate,
  insertAttachment,
  insertMessage,
  upsertSettings,
  upsertTemplate,
  type EmailSettingsRow,
} from './email.repository.js';

type SettingsRequest = z.output<typeof emailSettingsRequestSchema>;
type TestRequest = z.output<typeof emailTestRequestSchema>;
type TemplateRequest = z.output<typeof emailTemplateRequestSchema>;
type PreviewRequest = z.output<typeof emailPreviewRequestSchema>;

/** Automatic attachments per language: a handful of PDFs (general terms, a price list). */
export const MAX_ATTACHMENTS_PER_LANGUAGE = 5;

const TEST_TEXT: Record<'fr' | 'nl' | 'en', { subject: string; body: string }> = {
  fr: {
    subject: 'E-mail de test de Facto',
    body: 'Bonjour,\n\nCet e-mail confirme que Facto peut envoyer vos documents avec ces paramètres.\n\n%company_name%',
  },
  nl: {
    subject: 'Test-e-mail van Facto',
    body: 'Goeiedag,\n\nDeze e-mail bevestigt dat Facto uw documenten met deze instellingen kan versturen.\n\n%company_name%',
  },
  en: {
    subject: 'Test e-mail from Facto',
    body: 'Hello,\n\nThis e-mail confirms that Facto can send your documents with these settings.\n\n%company_name%',
  },
};

/** A file name safe for a header and a file system: no path, no control characters, `.pdf`. */
function safePdfName(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"<>:*?|]+/g, '')
    .trim()
    .slice(0, 150);
  const named = base || 'attachment.pdf';
  return /\.pdf$/i.test(named) ? named : `${named}.pdf`;
}

/** Settings → E-mail: how to send, default copies, texts, automatic attachments, a test, a preview. */
export function createEmailSettingsService(deps: Deps, composer: EmailComposer) {
  const { db, clock, secrets, config, storage } = deps;

  function toSettings(
    row: EmailSettingsRow | undefined,
    attachments: Awaited<ReturnType<typeof findAttachments>>,
  ): EmailSettings {
    const choice = choiceOf(row, secrets);
    return {
      sending: choice.sending,
      generalSenderAvailable: Boolean(config.smtpUrl && config.mailFrom),
      transport: transportOf(choice, config),
      smtp:
        row?.smtp_host && row.smtp_port && row.smtp_security && row.from_address
          ? {
              host: row.smtp_host,
              port: row.smtp_port,
              security: row.smtp_security as 'none' | 'starttls' | 'tls',
              user: row.smtp_user,
              hasPassword: Boolean(row.smtp_password_encrypted),
              fromAddress: row.from_address,
              fromName: row.from_name,
            }
          : null,
      defaultCc: row?.default_cc ?? [],
      defaultBcc: row?.default_bcc ?? [],
      paymentConfirmation: row?.payment_confirmation ?? false,
      attachments: attachments.map((a) => ({
        id: a.id,
        language: a.language as TagLanguage,
        filename: a.filename,
        size: a.size,
        createdAt: a.created_at.toISOString(),
      })),
    };
  }

  const load = async (trx: Tx, organizationId: string) =>
    toSettings(await findSettings(trx, organizationId), await findAttachments(trx, organizationId));

  /** The choice typed in the form, the stored password standing in for an empty one. */
  function typedChoice(input: SettingsRequest, row: EmailSettingsRow | undefined): SendingChoice {
    const stored = choiceOf(row, secrets);
    if (!input.smtp) return { sending: input.sending, smtp: stored.smtp };
    return {
      sending: input.sending,
      smtp: {
        host: input.smtp.host,
        port: input.smtp.port,
        security: input.smtp.security,
        user: input.smtp.user,
        password: input.smtp.password ? input.smtp.password : (stored.smtp?.password ?? null),
        fromAddress: input.smtp.fromAddress,
        fromName: input.smtp.fromName,
      },
    };
  }

  const audit = (trx: Tx, actor: Actor, action: AuditAction, data = {}) =>
    writeAudit(trx, {
      organizationId: actor.organizationId,
      userId: actor.userId,
      action,
      entityType: 'organization',
      entityId: actor.organizationId,
      data,
      ip: actor.ip,
      at: clock.now(),
    });

  return {
    get: (organizationId: string): Promise<EmailSettings> =>
      withTenant(db, organizationId, (trx) => load(trx, organizationId)),

    save: (actor: Actor, input: SettingsRequest): Promise<EmailSettings> =>
      withTenant(db, actor.organizationId, async (trx) => {
        const existing = await findSettings(trx, actor.organizationId);
        const smtp = input.smtp
          ? {
              smtp_host: input.smtp.host,
              smtp_port: input.smtp.port,
              smtp_security: input.smtp.security,
              smtp_user: input.smtp.user,
              smtp_password_encrypted: input.smtp.password
                ? secrets.seal(input.smtp.password)
                : (existing?.smtp_password_encrypted ?? null),
              from_address: input.smtp.fromAddress,
              from_name: input.smtp.fromName,
            }
          : {};
        const values = {
          sending: input.sending,
          ...smtp,
          default_cc: input.defaultCc,
          default_bcc: input.defaultBcc,
          ...(input.paymentConfirmation !== undefined && {
            payment_confirmation: input.paymentConfirmation,
          }),
          updated_at: clock.now(),
        };
        await upsertSettings(trx, actor.organizationId, values);
        await audit(trx, actor, 'email.settingsChanged', { sending: input.sending });
        return load(trx, actor.organizationId);
      }),

    /**
     * Sends a short message with the given (or saved) settings and reports the server's answer:
     * SMTP problems come back as a result, not as an error, so the form can show them.
     */
    async test(actor: Actor, input: TestRequest): Promise<EmailTestResult> {
      const [row, look] = await Promise.all([
        withTenant(db, actor.organizationId, (trx) => findSettings(trx, actor.organizationId)),
        composer.company(actor.organizationId),
      ]);
      const choice = input.settings ? typedChoice(input.settings, row) : choiceOf(row, secrets);
      const route = routeOf(choice, config, {
        name: look.organization.legalName,
        email: look.organization.email,
      });
      const language = look.organization.defaultLanguage;
      const rendered = renderEmail(
        TEST_TEXT[language],
        { company_name: look.organization.legalName },
        language,
        composer.branding(look, language),
      );
      const id = newId();
      if (route.transport === 'mailbox') {
        await withTenant(db, actor.organizationId, async (trx) => {
          const now = clock.now();
          await insertMessage(trx, {
            organization_id: actor.organizationId,
            id,
            document_id: null,
            kind: 'test',
            status: 'sent',
            transport: 'mailbox',
            language,
            recipients: [input.to],
            subject: rendered.subject,
            body: rendered.text,
            body_html: rendered.html,
            from_address: route.from.address,
            reply_to: route.replyTo,
            attempts: 1,
            created_by: actor.userId,
            queued_at: now,
            sent_at: now,
            updated_at: now,
          });
        });
        return { ok: true, transport: 'mailbox', response: null, error: null };
      }
      const logo = composer.logoAttachment(look.logo);
      try {
        const result = await sendSmtp(
          route.server,
          {
            id,
            from: route.from,
            replyTo: route.replyTo,
            to: [input.to],
            subject: rendered.subject,
            text: rendered.text,
            html: rendered.html,
            attachments: logo ? [logo] : [],
          },
          config.smtpTimeoutMs,
        );
        return { ok: true, transport: route.transport, response: result.response, error: null };
      } catch (error) {
        const message = error instanceof MailDeliveryError ? error.message : String(error);
        return { ok: false, transport: route.transport, response: null, error: message };
      }
    },

    async addAttachment(actor: Actor, language: TagLanguage, filename: string, data: Buffer) {
      if (data.length > EMAIL_ATTACHMENT_MAX_BYTES)
        throw BadRequest('error.emailAttachmentTooLarge', {
          params: { max: '5 MB' },
          fields: {
            file: 'error.emailAttachmentTooLarge',
          },
        });
      // Recognised by its bytes, never by its name or its claimed type.
      if (data.subarray(0, 5).toString('latin1') !== '%PDF-')
        throw BadRequest('error.emailAttachmentType', {
          fields: { file: 'error.emailAttachmentType' },
        });
      const id = newId();
      const key = `email-attachments/${actor.organizationId}/${id}.pdf`;
      await storage.put(key, data);
      try {
        return await withTenant(db, actor.organizationId, async (trx) => {
          const count = await countAttachments(trx, actor.organizationId, language);
          if (count >= MAX_ATTACHMENTS_PER_LANGUAGE)
            throw InvalidState('error.emailAttachmentsFull', {
              params: {
                max: MAX_ATTACHMENTS_PER_LANGUAGE,
              },
            });
          await insertAttachment(trx, actor.organizationId, {
            id,
            language,
            filename: safePdfName(filename),
            storageKey: key,
            size: data.length,
            now: clock.now(),
          });
          await audit(trx, actor, 'email.attachmentAdded', {
            language,
            filename: safePdfName(filename),
          });
          return load(trx, actor.organizationId);
        });
      } catch (error) {
        await storage.delete(key).catch(() => undefined);
        throw error;
      }
    },

    async removeAttachment(actor: Actor, id: string): Promise<EmailSettings> {
      const { settings, key } = await withTenant(db, actor.organizationId, async (trx) => {
        const row = await deleteAttachment(trx, actor.organizationId, id);
        if (!row) throw NotFound();
        await audit(trx, actor, 'email.attachmentRemoved', { filename: row.filename });
        return { settings: await load(trx, actor.organizationId), key: row.storage_key };
      });
      // Removed from storage only once the row is gone for good.
      await storage.delete(key).catch(() => undefined);
      return settings;
    },

    async readAttachment(organizationId: string, id: string) {
      const row = await withTenant(db, organizationId, (trx) =>
        findAttachmentFile(trx, organizationId, id),
      );
      const data = row && (await storage.get(row.storage_key));
      if (!row || !data) throw NotFound();
      return { data, filename: row.filename };
    },

    templates: (organizationId: string): Promise<EmailTemplate[]> =>
      withTenant(db, organizationId, async (trx) => {
        const list: EmailTemplate[] = [];
        for (const kind of EMAIL_TEMPLATE_KINDS)
          for (const language of DOCUMENT_LANGUAGES)
            list.push({
              kind,
              language,
              ...(await findTemplate(trx, organizationId, kind, language)),
            });
        return list;
      }),

    saveTemplate: (
      actor: Actor,
      kind: EmailTemplateKind,
      language: TagLanguage,
      input: TemplateRequest,
    ): Promise<EmailTemplate> =>
      withTenant(db, actor.organizationId, async (trx) => {
        await upsertTemplate(
          trx,
          actor.organizationId,
          { kind, language, subject: input.subject, body: input.body },
          clock.now(),
        );
        await audit(trx, actor, 'email.templateChanged', { kind, language });
        return {
          kind,
          language,
          ...(await findTemplate(trx, actor.organizationId, kind, language)),
        };
      }),

    resetTemplate: (
      actor: Actor,
      kind: EmailTemplateKind,
      language: TagLanguage,
    ): Promise<EmailTemplate> =>
      withTenant(db, actor.organizationId, async (trx) => {
        await deleteTemplate(trx, actor.organizationId, kind, language);
        await audit(trx, actor, 'email.templateReset', { kind, language });
        return {
          kind,
          language,
          ...(await findTemplate(trx, actor.organizationId, kind, language)),
        };
      }),

    /**
     * The texts as typed, filled with a real document: the one given, else the latest. The
     * reader needs that document's module too (a quote's text is filled with a quote).
     */
    async preview(
      reader: Reader & { organizationId: string },
      input: PreviewRequest,
    ): Promise<EmailPreview> {
      if (!kindsVisibleTo(reader).includes(input.kind)) throw Forbidden();
      const { organizationId } = reader;
      // A reminder's text is filled with an invoice.
      const stored = DOCUMENT_KINDS[input.kind === 'reminder' ? 'invoice' : input.kind].stored;
      // A numbered document shows every tag; a draft only when there is nothing else.
      const documentId =
        input.documentId ??
        (await withTenant(db, organizationId, (trx) =>
          findLatestDocumentId(trx, organizationId, stored),
        ));
      if (!documentId) throw NotFound('error.emailPreviewNoDocument');
      const ctx = await composer.context(organizationId, documentId);
      if (ctx.type !== (input.kind === 'reminder' ? 'invoice' : input.kind)) throw NotFound();
      // The preview speaks the language being edited, whatever the document's own language.
      const localized = { ...ctx, document: { ...ctx.document, language: input.language } };
      const rendered = composer.render(localized, input, null);
      return {
        subject: rendered.subject,
        html: inlineLogo(rendered.html, ctx.logo),
        text: rendered.text,
        documentId,
        documentNumber: ctx.document.numberFormatted,
      };
    },
  };
}

export type EmailSettingsService = ReturnType<typeof createEmailSettingsService>;
