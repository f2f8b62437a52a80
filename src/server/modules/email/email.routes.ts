import { z } from 'zod';
import {
  emailAttachmentQuerySchema,
  emailDraftSchema,
  emailMessageListSchema,
  emailMessageParamsSchema,
  emailMessageSchema,
  emailPreviewRequestSchema,
  emailPreviewSchema,
  emailSettingsRequestSchema,
  emailSettingsSchema,
  emailTemplateParamsSchema,
  emailTemplateRequestSchema,
  emailTemplateSchema,
  emailTestRequestSchema,
  emailTestResultSchema,
  idParamsSchema,
  mailboxAttachmentParamsSchema,
  mailboxMessageSchema,
  mailboxPageSchema,
  mailboxQuerySchema,
  sendEmailQuerySchema,
  sendEmailRequestSchema,
  EMAIL_ATTACHMENT_MAX_BYTES,
  type DocumentType,
  type Module,
} from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import { Forbidden, Validation } from '../../platform/errors.js';
import { readSingleFile, type UploadedFile } from '../../platform/uploads.js';
import { errorResponses, type Api } from '../../platform/route-types.js';
import { DOCUMENT_PATHS } from './email-compose.js';
import { kindsVisibleTo, type EmailSendingService } from './email-sending.service.js';
import type { EmailSettingsService } from './email-settings.service.js';
import type { MailboxService } from './mailbox.service.js';

const errors = errorResponses;
const MODULES: Record<DocumentType, Module> = {
  quote: 'quotes',
  invoice: 'invoices',
  creditNote: 'creditNotes',
};

/** `attachment; filename="…"` with a UTF-8 variant, so accented names survive. */
function disposition(kind: 'inline' | 'attachment', filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export function emailRoutes(
  app: Api,
  deps: { settings: EmailSettingsService; sending: EmailSendingService; mailbox: MailboxService },
): void {
  const tags = ['email'];
  const settings = { access: 'settings' } as const;

  app.get('/api/v1/email/settings', {
    config: settings,
    schema: {
      tags,
      summary: 'How the company sends e-mail, default copies and automatic attachments',
      response: { 200: emailSettingsSchema, ...errors },
    },
    handler: async (request) => deps.settings.get(authOf(request).organizationId),
  });

  app.put('/api/v1/email/settings', {
    config: settings,
    schema: {
      tags,
      summary: 'Choose the general sender or the company’s SMTP server; default cc and bcc',
      body: emailSettingsRequestSchema,
      response: { 200: emailSettingsSchema, ...errors },
    },
    handler: async (request) => deps.settings.save(actorOf(request), request.body),
  });

  app.post('/api/v1/email/settings/test', {
    config: settings,
    schema: {
      tags,
      summary: 'Send a test e-mail with the given (or saved) settings; the server’s answer',
      body: emailTestRequestSchema,
      response: { 200: emailTestResultSchema, ...errors },
    },
    handler: async (request) => deps.settings.test(actorOf(request), request.body),
  });

  app.post('/api/v1/email/attachments', {
    config: settings,
    schema: {
      tags,
      summary: `Add a PDF (at most ${EMAIL_ATTACHMENT_MAX_BYTES} bytes) sent with every e-mail in a language (multipart field "file")`,
      consumes: ['multipart/form-data'],
      querystring: emailAttachmentQuerySchema,
      response: { 201: emailSettingsSchema, ...errors },
    },
    handler: async (request, reply) => {
      let file: UploadedFile;
      try {
        file = await readSingleFile(request, EMAIL_ATTACHMENT_MAX_BYTES);
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw Validation({ file: 'error.emailAttachmentTooLarge' }, { max: '5 MB' });
        throw error;
      }
      const saved = await deps.settings.addAttachment(
        actorOf(request),
        request.query.language,
        file.filename,
        file.data,
      );
      return reply.code(201).send(saved);
    },
  });

  app.get('/api/v1/email/attachments/:id', {
    config: settings,
    schema: {
      tags,
      summary: 'An automatic attachment',
      params: idParamsSchema,
      produces: ['application/pdf'],
    },
    handler: async (request, reply) => {
      const file = await deps.settings.readAttachment(
        authOf(request).organizationId,
        request.params.id,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', disposition('attachment', file.filename))
        .send(file.data);
    },
  });

  app.delete('/api/v1/email/attachments/:id', {
    config: settings,
    schema: {
      tags,
      summary: 'Remove an automatic attachment',
      params: idParamsSchema,
      response: { 200: emailSettingsSchema, ...errors },
    },
    handler: async (request) => deps.settings.removeAttachment(actorOf(request), request.params.id),
  });

  app.get('/api/v1/email/templates', {
    config: settings,
    schema: {
      tags,
      summary: 'E-mail texts per document type and language (built-in until changed)',
      response: { 200: z.array(emailTemplateSchema), ...errors },
    },
    handler: async (request) => deps.settings.templates(authOf(request).organizationId),
  });

  app.put('/api/v1/email/templates/:kind/:language', {
    config: settings,
    schema: {
      tags,
      summary: 'Change a text; unknown tags are refused',
      params: emailTemplateParamsSchema,
      body: emailTemplateRequestSchema,
      response: { 200: emailTemplateSchema, ...errors },
    },
    handler: async (request) =>
      deps.settings.saveTemplate(
        actorOf(request),
        request.params.kind,
        request.params.language,
        request.body,
      ),
  });

  app.delete('/api/v1/email/templates/:kind/:language', {
    config: settings,
    schema: {
      tags,
      summary: 'Back to the built-in text',
      params: emailTemplateParamsSchema,
      response: { 200: emailTemplateSchema, ...errors },
    },
    handler: async (request) =>
      deps.settings.resetTemplate(actorOf(request), request.params.kind, request.params.language),
  });

  app.post('/api/v1/email/preview', {
    config: settings,
    schema: {
      tags,
      summary: 'A text filled with a real document (the latest of its type unless given)',
      body: emailPreviewRequestSchema,
      response: { 200: emailPreviewSchema, ...errors },
    },
    // Fills the text with a real document: the reader needs that document's module too.
    handler: async (request) => {
      const auth = authOf(request);
      if (!kindsVisibleTo(auth.role, auth.modules).includes(request.body.kind)) throw Forbidden();
      return deps.settings.preview(auth.organizationId, request.body);
    },
  });

  for (const type of Object.keys(DOCUMENT_PATHS) as DocumentType[]) {
    const path = DOCUMENT_PATHS[type];
    const base = `/api/v1/${path}/:id`;
    const config = { access: MODULES[type] };

    app.get(`${base}/email`, {
      config,
      schema: {
        tags: [path],
        summary: 'What “Send by e-mail” starts with: the customer’s address and the texts',
        params: idParamsSchema,
        response: { 200: emailDraftSchema, ...errors },
      },
      handler: async (request) =>
        deps.sending.draft(authOf(request).organizationId, type, request.params.id),
    });

    app.post(`${base}/email`, {
      config,
      schema: {
        tags: [path],
        summary:
          'Send the document by e-mail (PDF attached; UBL optional); `?finalize=true` finalises a draft first',
        params: idParamsSchema,
        querystring: sendEmailQuerySchema,
        body: sendEmailRequestSchema,
        response: { 202: emailMessageSchema, ...errors },
      },
      handler: async (request, reply) =>
        reply
          .code(202)
          .send(
            await deps.sending.send(
              actorOf(request),
              type,
              request.params.id,
              request.body,
              request.query.finalize === 'true',
            ),
          ),
    });

    app.get(`${base}/emails`, {
      config,
      schema: {
        tags: [path],
        summary: 'Every e-mail of the document, newest first',
        params: idParamsSchema,
        response: { 200: emailMessageListSchema, ...errors },
      },
      handler: async (request) =>
        deps.sending.list(authOf(request).organizationId, type, request.params.id),
    });

    app.post(`${base}/emails/:emailId/retry`, {
      config,
      schema: {
        tags: [path],
        summary: 'Send a failed e-mail again',
        params: emailMessageParamsSchema,
        response: { 202: emailMessageSchema, ...errors },
      },
      handler: async (request, reply) =>
        reply
          .code(202)
          .send(
            await deps.sending.retry(
              actorOf(request),
              type,
              request.params.id,
              request.params.emailId,
            ),
          ),
    });
  }

  const kinds = (request: Parameters<typeof authOf>[0]) => {
    const auth = authOf(request);
    return kindsVisibleTo(auth.role, auth.modules);
  };

  app.get('/api/v1/mailbox', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'The built-in mailbox: what would have been sent without an SMTP server',
      querystring: mailboxQuerySchema,
      response: { 200: mailboxPageSchema, ...errors },
    },
    handler: async (request) =>
      deps.mailbox.list(authOf(request).organizationId, kinds(request), request.query),
  });

  app.get('/api/v1/mailbox/:id', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'One message of the built-in mailbox, text and HTML',
      params: idParamsSchema,
      response: { 200: mailboxMessageSchema, ...errors },
    },
    handler: async (request) =>
      deps.mailbox.get(authOf(request).organizationId, kinds(request), request.params.id),
  });

  app.get('/api/v1/mailbox/:id/attachments/:index', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'An attachment of a message in the built-in mailbox',
      params: mailboxAttachmentParamsSchema,
    },
    handler: async (request, reply) => {
      const file = await deps.mailbox.attachment(
        authOf(request).organizationId,
        kinds(request),
        request.params.id,
        request.params.index,
      );
      return reply
        .type(file.contentType)
        .header('content-disposition', disposition('attachment', file.filename))
        .header('x-content-type-options', 'nosniff')
        .send(file.data);
    },
  });
}
