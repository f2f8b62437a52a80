import type { FastifyRequest } from 'fastify';
import type { teamRoutes } from '../../../contract/index.js';
import type { Config } from '../../config.js';
import { accountOf, actorOf, authOf, clientOf } from '../../platform/auth/actor.js';
import { setSessionCookies } from '../../platform/auth/cookies.js';
import type { Handlers } from '../../platform/mount-routes.js';
import { publicBaseUrl } from '../../platform/public-url.js';
import type { MeService } from '../me/index.js';
import type { AuditLogService } from './audit-log.service.js';
import type { GdprService } from './gdpr.service.js';
import type { TeamService } from './index.js';
import type { Caller } from './members.js';
import type { SupportService } from './support.service.js';

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

/** The handlers of `teamRoutes` (src/contract/routes/team.ts). */
export function teamHandlers(deps: TeamRouteDeps): Handlers<typeof teamRoutes> {
  const { team, gdpr, support, auditLog, me } = deps;
  const cookieOptions = { secure: deps.secureCookies };
  /** Where invitation links point: the configured public URL, else the address asked. */
  const originOf = (request: FastifyRequest) =>
    publicBaseUrl(deps.config, `${request.protocol}://${request.host}`);

  return {
    list: async (request) => team.list(callerOf(request)),

    create: async (request) => team.create(callerOf(request), request.body, originOf(request)),

    update: async (request) => team.update(callerOf(request), request.params.userId, request.body),

    remove: async (request) => team.remove(callerOf(request), request.params.userId),

    renewInvitation: async (request) =>
      team.renewInvitation(callerOf(request), request.params.userId, originOf(request)),

    addAccountant: async (request) => team.addAccountant(callerOf(request), request.body.email),

    invitation: async (request) => team.invitation(request.params.token),

    acceptInvitation: async (request, reply) => {
      const session = await team.acceptInvitation(
        request.params.token,
        request.body,
        clientOf(request),
      );
      setSessionCookies(reply, session, cookieOptions);
      return me.me(session.userId, session.organizationId as string);
    },

    signupAccountant: async (request, reply) => {
      const session = await team.signupAccountant(request.body, clientOf(request));
      setSessionCookies(reply, session, cookieOptions);
      return me.account(session.userId, null);
    },

    account: async (request) => support.account(accountOf(request)),

    gdpr: async (request) => gdpr.overview(callerOf(request)),

    setGdpr: async (request) => gdpr.setSupportAccess(callerOf(request), request.body),

    supportOrganizations: async (request) =>
      support.organizations(accountOf(request), request.query.q),

    startSupportSession: async (request) =>
      support.start(accountOf(request), request.body.organizationId, request.ip),

    endSupportSession: async (request) => support.end(accountOf(request), request.ip),

    auditLog: async (request) => auditLog.list(callerOf(request), request.query),
  };
}
