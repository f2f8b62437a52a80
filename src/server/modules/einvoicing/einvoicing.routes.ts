import type { FastifyReply } from 'fastify';
import type { accountantExportRoutes, inboxRoutes, peppolRoutes } from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import type { Handlers } from '../../platform/mount-routes.js';
import { SAME_ORIGIN_FRAME_HEADERS } from '../../platform/security-headers.js';
import { readSingleFile } from '../../platform/uploads.js';
import type { AccountantExportService } from './accountant-export.service.js';
import { INBOUND_MAX_BYTES, type InboxService } from './inbox.service.js';
import type { PeppolService } from './peppol.service.js';

const attachment = (filename: string) => `attachment; filename="${filename}"`;

function sendUbl(reply: FastifyReply, ubl: { filename: string; xml: string }): FastifyReply {
  return reply
    .type('application/xml; charset=utf-8')
    .header('content-disposition', attachment(ubl.filename))
    .send(ubl.xml);
}

/** The handlers of `peppolRoutes` (src/contract/routes/einvoicing.ts). */
export function peppolHandlers(deps: { peppol: PeppolService }): Handlers<typeof peppolRoutes> {
  const { peppol } = deps;
  return {
    invoiceUbl: async (request, reply) =>
      sendUbl(
        reply,
        await peppol.ubl(authOf(request).organizationId, 'invoice', request.params.id),
      ),
    invoiceStatus: async (request) =>
      peppol.status(authOf(request).organizationId, 'invoice', request.params.id, request.language),
    invoiceSend: async (request) =>
      peppol.send(actorOf(request), 'invoice', request.params.id, request.language),

    creditNoteUbl: async (request, reply) =>
      sendUbl(
        reply,
        await peppol.ubl(authOf(request).organizationId, 'creditNote', request.params.id),
      ),
    creditNoteStatus: async (request) =>
      peppol.status(
        authOf(request).organizationId,
        'creditNote',
        request.params.id,
        request.language,
      ),
    creditNoteSend: async (request) =>
      peppol.send(actorOf(request), 'creditNote', request.params.id, request.language),

    getSettings: async (request) => peppol.getSettings(authOf(request).organizationId),
    saveSettings: async (request) => peppol.saveSettings(actorOf(request), request.body),
    deleteSettings: async (request) => peppol.deleteSettings(actorOf(request)),
    register: async (request) => peppol.register(actorOf(request)),
  };
}

/** The handlers of `inboxRoutes`. */
export function inboxHandlers(deps: { inbox: InboxService }): Handlers<typeof inboxRoutes> {
  const { inbox } = deps;
  return {
    list: async (request) => inbox.list(authOf(request).organizationId, request.query),

    upload: async (request, reply) => {
      const { data } = await readSingleFile(request, INBOUND_MAX_BYTES);
      const result = await inbox.upload(authOf(request).organizationId, data, request.language);
      // The same document uploaded again is the entry already there, not a second one.
      return result.created ? result.document : reply.code(200).send(result.document);
    },

    poll: async (request) => ({ received: await inbox.pollNow(authOf(request).organizationId) }),

    get: async (request) =>
      inbox.get(authOf(request).organizationId, request.params.id, request.language),

    xml: async (request, reply) => {
      const file = await inbox.file(authOf(request).organizationId, request.params.id, 'xml');
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', attachment(file.filename))
        .send(file.data);
    },

    pdf: async (request, reply) => {
      const file = await inbox.file(authOf(request).organizationId, request.params.id, 'pdf');
      // The sender's PDF is shown in the app's own frame, like ours.
      return reply
        .headers(SAME_ORIGIN_FRAME_HEADERS)
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${file.filename}"`)
        .send(file.data);
    },

    accept: async (request) => inbox.accept(actorOf(request), request.params.id),

    reject: async (request) =>
      inbox.reject(actorOf(request), request.params.id, request.body.reason, request.language),
  };
}

/** The handlers of `accountantExportRoutes`. */
export function accountantExportHandlers(deps: {
  exports: AccountantExportService;
}): Handlers<typeof accountantExportRoutes> {
  return {
    zip: async (request, reply) => {
      const { from, to } = request.query;
      const zip = await deps.exports.zip(authOf(request).organizationId, from, to);
      return reply
        .type('application/zip')
        .header('content-disposition', attachment(`facto-${from}-${to}.zip`))
        .send(zip);
    },
  };
}
