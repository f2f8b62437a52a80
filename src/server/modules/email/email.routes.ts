import type { FastifyRequest } from 'fastify';
import {
  EMAIL_ATTACHMENT_MAX_BYTES,
  type DocumentEmailRoutes,
  type DocumentType,
  type emailRoutes,
} from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import { Validation } from '../../platform/errors.js';
import type { Handlers } from '../../platform/mount-routes.js';
import { readSingleFile, type UploadedFile } from '../../platform/uploads.js';
import type { EmailServices } from './index.js';

/** `attachment; filename="…"` with a UTF-8 variant, so accented names survive. */
function disposition(kind: 'inline' | 'attachment', filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** The uploaded PDF; a file over the limit is a field error, not a broken upload. */
async function readAttachmentUpload(request: FastifyRequest): Promise<UploadedFile> {
  try {
    return await readSingleFile(request, EMAIL_ATTACHMENT_MAX_BYTES);
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw Validation({ file: 'error.emailAttachmentTooLarge' }, { max: '5 MB' });
    throw error;
  }
}

/** The handlers of `emailRoutes` (src/contract/routes/email.ts). */
export function emailHandlers(
  deps: Pick<EmailServices, 'settings' | 'mailbox'>,
): Handlers<typeof emailRoutes> {
  const { settings, mailbox } = deps;
  return {
    settings: async (request) => settings.get(authOf(request).organizationId),

    saveSettings: async (request) => settings.save(actorOf(request), request.body),

    test: async (request) => settings.test(actorOf(request), request.body),

    addAttachment: async (request) => {
      const file = await readAttachmentUpload(request);
      return settings.addAttachment(
        actorOf(request),
        request.query.language,
        file.filename,
        file.data,
      );
    },

    attachment: async (request, reply) => {
      const file = await settings.readAttachment(authOf(request).organizationId, request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', disposition('attachment', file.filename))
        .send(file.data);
    },

    removeAttachment: async (request) =>
      settings.removeAttachment(actorOf(request), request.params.id),

    templates: async (request) => settings.templates(authOf(request).organizationId),

    saveTemplate: async (request) =>
      settings.saveTemplate(
        actorOf(request),
        request.params.kind,
        request.params.language,
        request.body,
      ),

    resetTemplate: async (request) =>
      settings.resetTemplate(actorOf(request), request.params.kind, request.params.language),

    preview: async (request) => settings.preview(authOf(request), request.body),

    mailbox: async (request) => mailbox.list(authOf(request), request.query),

    mailboxMessage: async (request) => mailbox.get(authOf(request), request.params.id),

    mailboxAttachment: async (request, reply) => {
      const file = await mailbox.attachment(
        authOf(request),
        request.params.id,
        request.params.index,
      );
      return reply
        .type(file.contentType)
        .header('content-disposition', disposition('attachment', file.filename))
        .header('x-content-type-options', 'nosniff')
        .send(file.data);
    },
  };
}

/** The handlers of one document type's e-mail routes (`documentEmailRouteTables[type]`). */
export function documentEmailHandlers(
  type: DocumentType,
  deps: Pick<EmailServices, 'sending'>,
): Handlers<DocumentEmailRoutes> {
  const { sending } = deps;
  return {
    draft: async (request) =>
      sending.draft(authOf(request).organizationId, type, request.params.id),

    send: async (request) =>
      sending.send(
        actorOf(request),
        type,
        request.params.id,
        request.body,
        request.query.finalize === 'true',
      ),

    list: async (request) => sending.list(authOf(request).organizationId, type, request.params.id),

    retry: async (request) =>
      sending.retry(actorOf(request), type, request.params.id, request.params.emailId),
  };
}
