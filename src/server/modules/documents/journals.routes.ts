import { z } from 'zod';
import { idParamsSchema, journalInputSchema, journalSchema } from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import { errorResponses, type Api } from '../../platform/route-types.js';
import type { JournalsService } from './journals.service.js';

const tags = ['journals'];
const errors = errorResponses;

export function journalRoutes(app: Api, deps: { journals: JournalsService }): void {
  app.get('/api/v1/journals', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'Numbering journals with their next number',
      response: { 200: z.array(journalSchema), ...errors },
    },
    handler: async (request) => deps.journals.list(authOf(request).organizationId),
  });

  app.post('/api/v1/journals', {
    config: { access: 'settings' },
    schema: {
      tags,
      summary: 'Create a journal',
      body: journalInputSchema,
      response: { 201: journalSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await deps.journals.create(actorOf(request), request.body)),
  });

  app.put('/api/v1/journals/:id', {
    config: { access: 'settings' },
    schema: {
      tags,
      summary: 'Change a journal; nextNumber continues a series',
      params: idParamsSchema,
      body: journalInputSchema,
      response: { 200: journalSchema, ...errors },
    },
    handler: async (request) =>
      deps.journals.update(actorOf(request), request.params.id, request.body),
  });
}
