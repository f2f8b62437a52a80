import { z } from 'zod';
import {
  LOGO_MAX_BYTES,
  organizationSchema,
  text,
  updateOrganizationRequestSchema,
} from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import { NotFound } from '../../platform/errors.js';
import { readSingleFile } from '../../platform/uploads.js';
import { errorResponses, type Api } from '../../platform/route-types.js';
import { logoTooLarge, type OrganizationsService } from './organizations.service.js';

const tags = ['organization'];
const errors = errorResponses;

export function organizationRoutes(app: Api, deps: { organizations: OrganizationsService }): void {
  app.get('/api/v1/organization', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'Company information of the current organization',
      response: { 200: organizationSchema, ...errors },
    },
    handler: async (request) => deps.organizations.get(authOf(request).organizationId),
  });

  app.put('/api/v1/organization', {
    config: { access: 'settings' },
    schema: {
      tags,
      summary: 'Replace the company information (bank accounts included)',
      body: updateOrganizationRequestSchema,
      response: { 200: organizationSchema, ...errors },
    },
    handler: async (request) => deps.organizations.update(actorOf(request), request.body),
  });

  app.put('/api/v1/organization/logo', {
    config: { access: 'settings' },
    schema: {
      tags,
      summary: `Upload the logo (multipart field "file": PNG, JPEG or SVG, at most ${LOGO_MAX_BYTES} bytes)`,
      consumes: ['multipart/form-data'],
      response: { 200: organizationSchema, ...errors },
    },
    handler: async (request) => {
      let data: Buffer;
      try {
        data = (await readSingleFile(request, LOGO_MAX_BYTES)).data;
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw logoTooLarge();
        throw error;
      }
      return deps.organizations.uploadLogo(actorOf(request), data);
    },
  });

  app.delete('/api/v1/organization/logo', {
    config: { access: 'settings' },
    schema: { tags, summary: 'Remove the logo', response: { 200: organizationSchema, ...errors } },
    handler: async (request) => deps.organizations.removeLogo(actorOf(request)),
  });

  app.get('/api/v1/organization/logo', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'The logo image',
      querystring: z.object({ v: text(100).optional() }),
    },
    handler: async (request, reply) => {
      const logo = await deps.organizations.readLogo(authOf(request).organizationId);
      if (!logo) throw NotFound();
      // SVGs are shown as images only: no scripts even if one slipped through, no sniffing.
      return reply
        .type(logo.type)
        .header('cache-control', 'private, max-age=31536000, immutable')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
        .header('x-content-type-options', 'nosniff')
        .send(logo.data);
    },
  });
}
