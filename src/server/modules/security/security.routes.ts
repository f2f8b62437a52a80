import type { securityRoutes } from '../../../contract/index.js';
import { accountOf, actorOf, authOf } from '../../platform/auth/actor.js';
import { clearSessionCookie, setSessionCookies } from '../../platform/auth/cookies.js';
import type { Handlers } from '../../platform/mount-routes.js';
import type { OrganizationSecurityService } from './organization-security.service.js';
import type { PasswordService } from './password.service.js';
import type { SessionsService } from './sessions.service.js';
import type { TwoFactorService } from './two-factor.service.js';

/**
 * The handlers of `securityRoutes` (src/contract/routes/security.ts). A change of password or
 * second factor renews the session, so its cookies are set again here.
 */
export function securityHandlers(deps: {
  password: PasswordService;
  twoFactor: TwoFactorService;
  sessions: SessionsService;
  organizationSecurity: OrganizationSecurityService;
  secureCookies: boolean;
}): Handlers<typeof securityRoutes> {
  const cookieOptions = { secure: deps.secureCookies };
  return {
    changePassword: async (request, reply) => {
      const session = await deps.password.change(accountOf(request), request.body, request);
      setSessionCookies(reply, session, cookieOptions);
    },

    twoFactorStatus: async (request) => deps.twoFactor.status(accountOf(request)),

    twoFactorSetup: async (request) => deps.twoFactor.setup(accountOf(request)),

    enableTwoFactor: async (request, reply) => {
      const { recoveryCodes, session } = await deps.twoFactor.enable(
        accountOf(request),
        request.body.code,
        request,
      );
      setSessionCookies(reply, session, cookieOptions);
      return { recoveryCodes };
    },

    disableTwoFactor: async (request, reply) => {
      const session = await deps.twoFactor.disable(accountOf(request), request.body, request);
      setSessionCookies(reply, session, cookieOptions);
    },

    regenerateRecoveryCodes: async (request) =>
      deps.twoFactor.regenerateRecoveryCodes(accountOf(request), request.body.password, request),

    startPhoneVerification: async (request) =>
      deps.twoFactor.startPhoneVerification(accountOf(request), request.body.phone),

    confirmPhone: async (request) =>
      deps.twoFactor.confirmPhone(accountOf(request), request.body.code),

    sessions: async (request) => deps.sessions.list(accountOf(request)),

    revokeSession: async (request, reply) => {
      const { current } = await deps.sessions.revoke(
        accountOf(request),
        request.params.id,
        request,
      );
      if (current) clearSessionCookie(reply, cookieOptions);
    },

    revokeOtherSessions: async (request) => ({
      revoked: await deps.sessions.revokeOthers(accountOf(request), request),
    }),

    organizationSecurity: async (request) =>
      deps.organizationSecurity.get(authOf(request).organizationId),

    updateOrganizationSecurity: async (request) =>
      deps.organizationSecurity.update(
        actorOf(request),
        authOf(request).twoFactorEnabled,
        request.body.requireTwoFactor,
      ),

    smsOutbox: async (request) =>
      deps.organizationSecurity.smsOutbox(authOf(request).organizationId),
  };
}
