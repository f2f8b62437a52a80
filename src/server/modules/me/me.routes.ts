import {
  createOrganizationRequestSchema,
  meResponseSchema,
  switchOrganizationRequestSchema,
  updateMeRequestSchema,
} from '../../../contract/index.js';
import { accountOf, actorOf, authOf, clientOf } from '../../platform/auth/actor.js';
import { errorResponses, type Api } from '../../platform/route-types.js';
import type { AuthService } from '../auth/index.js';
import type { MeService } from './me.service.js';

const tags = ['me'];
const errors = errorResponses;

export function meRoutes(app: Api, deps: { me: MeService; auth: AuthService }): void {
  app.get('/api/v1/me', {
    config: { access: 'member', beforeTwoFactorSetup: true },
    schema: {
      tags,
      summary: 'The current user, organization, role and permissions',
      response: { 200: meResponseSchema, ...errors },
    },
    handler: async (request) => {
      const auth = authOf(request);
      return deps.me.current(auth);
    },
  });

  app.patch('/api/v1/me', {
    config: { access: 'member', beforeTwoFactorSetup: true },
    schema: {
      tags,
      summary: 'Personal settings: first name, last name, interface language',
      body: updateMeRequestSchema,
      response: { 200: meResponseSchema, ...errors },
    },
    handler: async (request) => deps.me.update(actorOf(request), request.body),
  });

  app.post('/api/v1/me/organization', {
    config: { access: 'account', beforeTwoFactorSetup: true },
    schema: {
      tags,
      summary: 'Switch the session to another organization the user belongs to',
      body: switchOrganizationRequestSchema,
      response: { 200: meResponseSchema, ...errors },
    },
    handler: async (request) => {
      const account = accountOf(request);
      return deps.me.switchOrganization(
        account.userId,
        account.sessionId,
        request.body.organizationId,
      );
    },
  });

  app.post('/api/v1/organizations', {
    config: { access: 'member' },
    schema: {
      tags,
      summary: 'Create another organization owned by the current user and switch to it',
      body: createOrganizationRequestSchema,
      response: { 201: meResponseSchema, ...errors },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const organizationId = await deps.auth.createOrganization(
        actor.userId,
        request.body,
        clientOf(request),
      );
      return reply
        .code(201)
        .send(
          await deps.me.switchOrganization(actor.userId, authOf(request).sessionId, organizationId),
        );
    },
  });
}
