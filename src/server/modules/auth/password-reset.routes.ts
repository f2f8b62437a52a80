import { z } from 'zod';
import {
  errorResponseSchema,
  passwordResetConfirmRequestSchema,
  passwordResetRequestSchema,
} from '../../../contract/index.js';
import { clientOf } from '../../platform/auth/actor.js';
import { errorResponses, type Api } from '../../platform/route-types.js';
import type { PasswordResetService } from './password-reset.service.js';

export function passwordResetRoutes(app: Api, deps: { passwordReset: PasswordResetService }): void {
  const tags = ['auth'];

  app.post('/api/v1/auth/password-reset', {
    config: { access: 'public' },
    schema: {
      tags,
      summary:
        'Forgotten password: e-mails a single-use link valid one hour (same answer whether the account exists or not)',
      body: passwordResetRequestSchema,
      response: { 202: z.null(), 429: errorResponseSchema, ...errorResponses },
    },
    handler: async (request, reply) => {
      await deps.passwordReset.request(request.body, clientOf(request));
      return reply.code(202).send(null);
    },
  });

  app.post('/api/v1/auth/password-reset/confirm', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Set a new password with the link’s token; every session of the account ends',
      body: passwordResetConfirmRequestSchema,
      response: { 204: z.null(), 429: errorResponseSchema, ...errorResponses },
    },
    handler: async (request, reply) => {
      await deps.passwordReset.confirm(request.body, clientOf(request));
      return reply.code(204).send(null);
    },
  });
}
