import { z } from 'zod';
import {
  createLinkRequestSchema,
  documentHistorySchema,
  documentLinkSchema,
  documentLinkStatusSchema,
  idParamsSchema,
  linkSettingsRequestSchema,
  linkSettingsSchema,
  type DocumentType,
} from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import { errorResponses, type Api } from '../../platform/route-types.js';
import { DOCUMENT_KINDS } from '../documents/index.js';
import type { LinksService } from './links.service.js';

/** Each document type's link and history, under its path and module; the organization's setting. */
export function linkRoutes(app: Api, deps: { links: LinksService }): void {
  for (const type of Object.keys(DOCUMENT_KINDS) as DocumentType[]) {
    const { path, module } = DOCUMENT_KINDS[type];
    const base = `/api/v1/${path}/:id`;
    const tags = [path];
    const config = { access: module };

    app.get(`${base}/link`, {
      config,
      schema: {
        tags,
        summary: 'The public link’s state (without its URL) and the signature, if any',
        params: idParamsSchema,
        response: { 200: documentLinkStatusSchema, ...errorResponses },
      },
      handler: async (request) =>
        deps.links.status(authOf(request).organizationId, type, request.params.id),
    });

    app.post(`${base}/link`, {
      config,
      schema: {
        tags,
        summary:
          'Create the public link (201), or return the active one (200); `regenerate` replaces it',
        params: idParamsSchema,
        body: createLinkRequestSchema,
        response: { 200: documentLinkSchema, 201: documentLinkSchema, ...errorResponses },
      },
      handler: async (request, reply) => {
        const { created, link } = await deps.links.create(
          actorOf(request),
          type,
          request.params.id,
          request.body,
          `${request.protocol}://${request.host}`,
        );
        return reply.code(created ? 201 : 200).send(link);
      },
    });

    app.delete(`${base}/link`, {
      config,
      schema: {
        tags,
        summary: 'Revoke the public link: its URL stops working at once',
        params: idParamsSchema,
        response: { 204: z.null(), ...errorResponses },
      },
      handler: async (request, reply) => {
        await deps.links.revoke(actorOf(request), type, request.params.id);
        return reply.code(204).send(null);
      },
    });

    app.get(`${base}/history`, {
      config,
      schema: {
        tags,
        summary: 'What happened to the document: changes, links, openings, signature',
        params: idParamsSchema,
        response: { 200: documentHistorySchema, ...errorResponses },
      },
      handler: async (request) =>
        deps.links.history(authOf(request).organizationId, type, request.params.id),
    });
  }

  app.get('/api/v1/settings/links', {
    config: { access: 'settings' },
    schema: {
      tags: ['settings'],
      summary: 'Secure links: whether visitors must type the address the document was sent to',
      response: { 200: linkSettingsSchema, ...errorResponses },
    },
    handler: async (request) => deps.links.settings(authOf(request).organizationId),
  });

  app.put('/api/v1/settings/links', {
    config: { access: 'settings' },
    schema: {
      tags: ['settings'],
      summary: 'Switch the extra e-mail check of shared links on or off',
      body: linkSettingsRequestSchema,
      response: { 200: linkSettingsSchema, ...errorResponses },
    },
    handler: async (request) => deps.links.saveSettings(actorOf(request), request.body),
  });
}
