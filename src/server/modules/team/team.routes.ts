import { z } from 'zod';
import {
  acceptInvitationRequestSchema,
  accountResponseSchema,
  addAccountantRequestSchema,
  auditLogPageSchema,
  auditLogQuerySchema,
  createTeamUserRequestSchema,
  createTeamUserResponseSchema,
  gdprOverviewSchema,
  gdprSettingsSchema,
  invitationInfoSchema,
  invitationLinkSchema,
  meResponseSchema,
  signupAccountantRequestSchema,
  startSupportSessionRequestSchema,
  supportOrganizationQuerySchema,
  supportOrganizationSchema,
  teamMemberListSchema,
  teamMemberSchema,
  updateTeamUserRequestSchema,
  uuidSchema,
} from '../../../contract/index.js';
import type { FastifyRequest } from 'fastify';
import { accountOf, actorOf, authOf, clientOf } from '../../platform/auth/actor.js';
import { setSessionCookies } from '../../platform/auth/cookies.js';
import { publicBaseUrl } from '../../platform/public-url.js';
import type { Config } from '../../config.js';
import { errorResponses, type Api } from '../../platform/route-types.js';
import type { MeService } from '../me/index.js';
import type { AuditLogService } from './audit-log.service.js';
import type { GdprService } from './gdpr.service.js';
import type { SupportService } from './support.service.js';
import type { Caller, TeamService } from './team.service.js';

const errors = errorResponses;
const userParams = z.strictObject({ userId: uuidSchema });
/** Invitation tokens are 43 URL-safe characters; anything else is refused before any lookup. */
const tokenParams = z.strictObject({ token: z.string().regex(/^[\w-]{20,100}$/) });

function callerOf(request: FastifyRequest): Caller {
  return { ...actorOf(request), role: authOf(request).role };
}

export interface TeamRouteDeps {
  team: TeamService;
  gdpr: GdprService;
  support: SupportService;
  auditLog: AuditLogService;
  me: MeService;
  secureCookies: boolean;
  config: Config;
}

export function teamRoutes(app: Api, deps: TeamRouteDeps): void {
  const cookieOptions = { secure: deps.secureCookies };
  const originOf = (request: FastifyRequest) =>
    publicBaseUrl(deps.config, `${request.protocol}://${request.host}`);

  // --- Users of the organization (owners only) ---
  const tags = ['team'];

  app.get('/api/v1/team/users', {
    config: { access: 'settings' },
    schema: {
      tags,
      summary: 'Internal users, then accountants and support users (owners only)',
      response: { 200: teamMemberListSchema, ...errors },
    },
    handler: async (request) => deps.team.list(callerOf(request)),
  });

  app.post('/api/v1/team/users', {
    config: { access: 'settings' },
    schema: {
      tags,
      summary: 'Create a user: an invitation link, or direct access for an existing account',
      body: createTeamUserRequestSchema,
      response: { 201: createTeamUserResponseSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await deps.team.create(callerOf(request), request.body, originOf(request))),
  });

  app.patch('/api/v1/team/users/:userId', {
    config: { access: 'settings' },
    schema: {
      tags,
      summary: 'Change a user’s role, modules or activation (never one’s own entry)',
      params: userParams,
      body: updateTeamUserRequestSchema,
      response: { 200: teamMemberSchema, ...errors },
    },
    handler: async (request) =>
      deps.team.update(callerOf(request), request.params.userId, request.body),
  });

  app.delete('/api/v1/team/users/:userId', {
    config: { access: 'settings' },
    schema: {
      tags,
      summary: 'Remove a user or an accountant from the organization',
      params: userParams,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      await deps.team.remove(callerOf(request), request.params.userId);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/v1/team/users/:userId/invitation', {
    config: { access: 'settings' },
    schema: {
      tags,
      summary: 'A new invitation link for a user who has not chosen a password yet',
      params: userParams,
      response: { 200: invitationLinkSchema, ...errors },
    },
    handler: async (request) =>
      deps.team.renewInvitation(callerOf(request), request.params.userId, originOf(request)),
  });

  app.post('/api/v1/team/accountants', {
    config: { access: 'settings' },
    schema: {
      tags,
      summary: 'Give an accountant’s account (found by its email) full access',
      body: addAccountantRequestSchema,
      response: { 201: teamMemberSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await deps.team.addAccountant(callerOf(request), request.body.email)),
  });

  // --- Invitations (the link is the credential) ---

  app.get('/api/v1/invitations/:token', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'What an invitation link is for, before choosing a password',
      params: tokenParams,
      response: { 200: invitationInfoSchema, ...errors },
    },
    handler: async (request) => deps.team.invitation(request.params.token),
  });

  app.post('/api/v1/invitations/:token/accept', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Choose name and password through an invitation, and log in',
      params: tokenParams,
      body: acceptInvitationRequestSchema,
      response: { 200: meResponseSchema, ...errors },
    },
    handler: async (request, reply) => {
      const session = await deps.team.acceptInvitation(
        request.params.token,
        request.body,
        clientOf(request),
      );
      setSessionCookies(reply, session, cookieOptions);
      return deps.me.me(session.userId, session.organizationId as string);
    },
  });

  // --- Accountant accounts ---

  app.post('/api/v1/auth/signup-accountant', {
    config: { access: 'public' },
    schema: {
      tags: ['auth'],
      summary: 'Create a free accountant account (no company) and a session',
      body: signupAccountantRequestSchema,
      response: { 201: accountResponseSchema, ...errors },
    },
    handler: async (request, reply) => {
      const session = await deps.team.signupAccountant(request.body, clientOf(request));
      setSessionCookies(reply, session, cookieOptions);
      return reply.code(201).send(await deps.me.account(session.userId, null));
    },
  });

  app.get('/api/v1/me/account', {
    config: { access: 'account' },
    schema: {
      tags: ['me'],
      summary: 'The signed-in account and its organizations, with or without a current one',
      response: { 200: accountResponseSchema, ...errors },
    },
    handler: async (request) => {
      const auth = accountOf(request);
      const account = await deps.me.account(auth.userId, auth.organizationId);
      return { ...account, isSupport: await deps.support.isSupport(auth) };
    },
  });

  // --- GDPR tab ---
  const gdprTags = ['gdpr'];

  app.get('/api/v1/settings/gdpr', {
    config: { access: 'settings' },
    schema: {
      tags: gdprTags,
      summary: 'Support-staff access, users with access to the data, support sessions',
      response: { 200: gdprOverviewSchema, ...errors },
    },
    handler: async (request) => deps.gdpr.overview(callerOf(request)),
  });

  app.put('/api/v1/settings/gdpr', {
    config: { access: 'settings' },
    schema: {
      tags: gdprTags,
      summary: 'Allow or refuse platform support staff access (off by default)',
      body: gdprSettingsSchema,
      response: { 200: gdprSettingsSchema, ...errors },
    },
    handler: async (request) => deps.gdpr.setSupportAccess(callerOf(request), request.body),
  });

  // --- Platform support staff ---
  const supportTags = ['support'];

  app.get('/api/v1/support/organizations', {
    config: { access: 'account' },
    schema: {
      tags: supportTags,
      summary: 'Organizations that allow support access (support staff only)',
      querystring: supportOrganizationQuerySchema,
      response: { 200: z.array(supportOrganizationSchema), ...errors },
    },
    handler: async (request) => deps.support.organizations(accountOf(request), request.query.q),
  });

  app.post('/api/v1/support/sessions', {
    config: { access: 'account' },
    schema: {
      tags: supportTags,
      summary: 'Open a read-only support session into an organization that allows it (audited)',
      body: startSupportSessionRequestSchema,
      response: { 200: meResponseSchema, ...errors },
    },
    handler: async (request) =>
      deps.support.start(accountOf(request), request.body.organizationId, request.ip),
  });

  app.delete('/api/v1/support/sessions', {
    config: { access: 'account' },
    schema: {
      tags: supportTags,
      summary: 'Leave the organization of the current support session',
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      await deps.support.end(accountOf(request), request.ip);
      return reply.code(204).send(null);
    },
  });

  // --- Audit log ---

  app.get('/api/v1/audit-log', {
    config: { access: 'settings' },
    schema: {
      tags: ['audit'],
      summary: 'Audit log (owners): filter by action group, user and dates; newest first',
      querystring: auditLogQuerySchema,
      response: { 200: auditLogPageSchema, ...errors },
    },
    handler: async (request) => deps.auditLog.list(callerOf(request), request.query),
  });
}
