import { z } from 'zod';
import {
  accountantExportQuerySchema,
  idParamsSchema,
  inboxDocumentSchema,
  inboxListQuerySchema,
  inboxPageSchema,
  peppolDocumentStatusSchema,
  peppolSettingsRequestSchema,
  peppolSettingsSchema,
  purchaseInvoiceSchema,
  rejectInboxRequestSchema,
  type DocumentType,
} from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import { readSingleFile } from '../../platform/uploads.js';
import { errorResponses as errors, type Api } from '../../platform/route-types.js';
import { SAME_ORIGIN_FRAME_HEADERS } from '../../platform/security-headers.js';
import { DOCUMENT_KINDS } from '../documents/document-kinds.js';
import type { AccountantExportService } from './accountant-export.service.js';
import { INBOUND_MAX_BYTES, type InboxService } from './inbox.service.js';
import type { PeppolService } from './peppol.service.js';

const attachment = (filename: string) => `attachment; filename="${filename}"`;

export function einvoicingRoutes(
  app: Api,
  deps: { peppol: PeppolService; inbox: InboxService; exports: AccountantExportService },
): void {
  const { peppol, inbox } = deps;

  // UBL and PDF of every sale and purchase: reads the records of all three modules.
  app.get('/api/v1/exports/accountant', {
    config: { access: ['reports', 'invoices', 'creditNotes', 'purchases'] },
    schema: {
      tags: ['exports'],
      summary: 'ZIP of the period for the accountant: UBL and PDF of every sale and purchase',
      querystring: accountantExportQuerySchema,
      produces: ['application/zip'],
    },
    handler: async (request, reply) => {
      const { from, to } = request.query;
      const zip = await deps.exports.zip(authOf(request).organizationId, from, to);
      return reply
        .type('application/zip')
        .header('content-disposition', attachment(`facto-${from}-${to}.zip`))
        .send(zip);
    },
  });

  for (const type of ['invoice', 'creditNote'] as const satisfies DocumentType[]) {
    const { path, module } = DOCUMENT_KINDS[type];
    const config = { access: module } as const;

    app.get(`/api/v1/${path}/:id/ubl`, {
      config,
      schema: {
        tags: [path],
        summary: 'The document as PEPPOL BIS Billing 3.0 UBL, with its PDF embedded',
        params: idParamsSchema,
        produces: ['application/xml'],
      },
      handler: async (request, reply) => {
        const ubl = await peppol.ubl(authOf(request).organizationId, type, request.params.id);
        return reply
          .type('application/xml; charset=utf-8')
          .header('content-disposition', attachment(ubl.filename))
          .send(ubl.xml);
      },
    });

    app.get(`/api/v1/${path}/:id/peppol`, {
      config,
      schema: {
        tags: [path],
        summary: 'PEPPOL readiness (problems to fix, in the user’s language) and sending status',
        params: idParamsSchema,
        response: { 200: peppolDocumentStatusSchema, ...errors },
      },
      handler: async (request) =>
        peppol.status(authOf(request).organizationId, type, request.params.id, request.language),
    });

    app.post(`/api/v1/${path}/:id/peppol/send`, {
      config,
      schema: {
        tags: [path],
        summary: 'Send via PEPPOL: checked, queued once, delivered by a background job',
        params: idParamsSchema,
        response: { 202: peppolDocumentStatusSchema, ...errors },
      },
      handler: async (request, reply) =>
        reply
          .code(202)
          .send(await peppol.send(actorOf(request), type, request.params.id, request.language)),
    });
  }

  const settings = { access: 'settings' } as const;
  app.get('/api/v1/peppol/settings', {
    config: settings,
    schema: {
      tags: ['peppol'],
      summary: 'The company’s PEPPOL access point and identity',
      response: { 200: peppolSettingsSchema, ...errors },
    },
    handler: async (request) => peppol.getSettings(authOf(request).organizationId),
  });
  app.put('/api/v1/peppol/settings', {
    config: settings,
    schema: {
      tags: ['peppol'],
      summary: 'Connect or change the access point (the secret is stored encrypted)',
      body: peppolSettingsRequestSchema,
      response: { 200: peppolSettingsSchema, ...errors },
    },
    handler: async (request) => peppol.saveSettings(actorOf(request), request.body),
  });
  app.delete('/api/v1/peppol/settings', {
    config: settings,
    schema: {
      tags: ['peppol'],
      summary: 'Disconnect the access point',
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      await peppol.deleteSettings(actorOf(request));
      return reply.code(204).send(null);
    },
  });
  app.post('/api/v1/peppol/settings/register', {
    config: settings,
    schema: {
      tags: ['peppol'],
      summary: 'Register the company’s PEPPOL id with the access point, to receive documents',
      response: { 200: peppolSettingsSchema, ...errors },
    },
    handler: async (request) => peppol.register(actorOf(request)),
  });

  const purchases = { access: 'purchases' } as const;
  app.get('/api/v1/inbox', {
    config: purchases,
    schema: {
      tags: ['inbox'],
      summary: 'Received e-invoices, newest first',
      querystring: inboxListQuerySchema,
      response: { 200: inboxPageSchema, ...errors },
    },
    handler: async (request) => inbox.list(authOf(request).organizationId, request.query),
  });
  app.post('/api/v1/inbox', {
    config: purchases,
    schema: {
      tags: ['inbox'],
      summary: 'Upload a UBL invoice or credit note (multipart field "file")',
      consumes: ['multipart/form-data'],
      response: { 201: inboxDocumentSchema, 200: inboxDocumentSchema, ...errors },
    },
    handler: async (request, reply) => {
      const { data } = await readSingleFile(request, INBOUND_MAX_BYTES);
      const result = await inbox.upload(authOf(request).organizationId, data, request.language);
      // The same document uploaded again is the entry already there, not a second one.
      return reply.code(result.created ? 201 : 200).send(result.document);
    },
  });
  app.post('/api/v1/inbox/poll', {
    config: purchases,
    schema: {
      tags: ['inbox'],
      summary: 'Fetch what the access point received for the company now',
      response: { 200: z.object({ received: z.number().int() }), ...errors },
    },
    handler: async (request) => ({
      received: await inbox.pollNow(authOf(request).organizationId),
    }),
  });
  app.get('/api/v1/inbox/:id', {
    config: purchases,
    schema: {
      tags: ['inbox'],
      summary: 'A received document, read from its original XML',
      params: idParamsSchema,
      response: { 200: inboxDocumentSchema, ...errors },
    },
    handler: async (request) =>
      inbox.get(authOf(request).organizationId, request.params.id, request.language),
  });
  for (const kind of ['xml', 'pdf'] as const) {
    app.get(`/api/v1/inbox/:id/${kind}`, {
      config: purchases,
      schema: {
        tags: ['inbox'],
        summary: kind === 'xml' ? 'The original XML' : 'The PDF embedded by the sender',
        params: idParamsSchema,
        produces: [kind === 'xml' ? 'application/xml' : 'application/pdf'],
      },
      handler: async (request, reply) => {
        const file = await inbox.file(authOf(request).organizationId, request.params.id, kind);
        // The sender's PDF is shown in the app's own frame, like ours.
        if (kind === 'pdf') reply.headers(SAME_ORIGIN_FRAME_HEADERS);
        return reply
          .type(kind === 'xml' ? 'application/xml; charset=utf-8' : 'application/pdf')
          .header(
            'content-disposition',
            kind === 'pdf' ? `inline; filename="${file.filename}"` : attachment(file.filename),
          )
          .send(file.data);
      },
    });
  }
  app.post('/api/v1/inbox/:id/accept', {
    config: purchases,
    schema: {
      tags: ['inbox'],
      summary: 'Record the document as a purchase invoice (supplier found or created)',
      params: idParamsSchema,
      response: { 200: purchaseInvoiceSchema, ...errors },
    },
    handler: async (request) => inbox.accept(actorOf(request), request.params.id),
  });
  app.post('/api/v1/inbox/:id/reject', {
    config: purchases,
    schema: {
      tags: ['inbox'],
      summary: 'Reject the document, with the reason',
      params: idParamsSchema,
      body: rejectInboxRequestSchema,
      response: { 200: inboxDocumentSchema, ...errors },
    },
    handler: async (request) =>
      inbox.reject(actorOf(request), request.params.id, request.body.reason, request.language),
  });
}
