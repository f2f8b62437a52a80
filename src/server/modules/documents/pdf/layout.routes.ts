import { SAME_ORIGIN_FRAME_HEADERS } from '../../../platform/security-headers.js';
import {
  layoutInputSchema,
  layoutPreviewQuerySchema,
  layoutSchema,
} from '../../../../contract/index.js';
import { actorOf, authOf } from '../../../platform/auth/actor.js';
import { errorResponses, type Api } from '../../../platform/route-types.js';
import type { LayoutService } from './layout.service.js';
import type { PdfService } from './pdf.service.js';

const tags = ['layout'];

/** The print layout: read by every member, changed in the settings, previewed before saving. */
export function layoutRoutes(app: Api, deps: { layouts: LayoutService; pdf: PdfService }): void {
  app.get('/api/v1/layout', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'The print layout of quotes, invoices and credit notes',
      response: { 200: layoutSchema, ...errorResponses },
    },
    handler: async (request) => deps.layouts.get(authOf(request).organizationId),
  });

  app.put('/api/v1/layout', {
    config: { access: 'settings' },
    schema: {
      tags,
      summary: 'Save the print layout (template, colour, font, logo position, optional fields)',
      body: layoutInputSchema,
      response: { 200: layoutSchema, ...errorResponses },
    },
    handler: async (request) => deps.layouts.update(actorOf(request), request.body),
  });

  app.get('/api/v1/layout/preview.pdf', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'A sample document rendered with the given, unsaved settings',
      querystring: layoutPreviewQuerySchema,
      produces: ['application/pdf'],
    },
    handler: async (request, reply) => {
      const pdf = await deps.pdf.preview(authOf(request).organizationId, request.query);
      return reply
        .type('application/pdf')
        .headers(SAME_ORIGIN_FRAME_HEADERS)
        .header('content-disposition', 'inline; filename="preview.pdf"')
        .send(pdf);
    },
  });
}
