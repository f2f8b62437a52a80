import type { authRoutes } from '../../../contract/index.js';
import { clientOf } from '../../platform/auth/actor.js';
import {
  CSRF_COOKIE,
  PENDING_LOGIN_COOKIE,
  clearPendingLoginCookie,
  clearSessionCookie,
  setCsrfCookie,
  setPendingLoginCookie,
  setSessionCookies,
} from '../../platform/auth/cookies.js';
import { randomToken } from '../../platform/auth/tokens.js';
import type { Handlers } from '../../platform/mount-routes.js';
import type { MeService } from '../me/index.js';
import type { AuthService } from './auth.service.js';

/**
 * The handlers of `authRoutes` (src/contract/routes/auth.ts). They set and clear the cookies;
 * the caller as seen after login comes from `me` (auth depends on me, never the other way).
 */
export function authHandlers(deps: {
  auth: AuthService;
  me: MeService;
  secureCookies: boolean;
}): Handlers<typeof authRoutes> {
  const cookieOptions = { secure: deps.secureCookies };
  return {
    csrf: async (request, reply) => {
      const token = request.auth?.csrfToken ?? request.cookies[CSRF_COOKIE] ?? randomToken();
      setCsrfCookie(reply, token, cookieOptions);
      return { csrfToken: token };
    },

    signup: async (request, reply) => {
      const session = await deps.auth.signup(request.body, clientOf(request));
      setSessionCookies(reply, session, cookieOptions);
      return deps.me.me(session.userId, session.organizationId);
    },

    login: async (request, reply) => {
      const result = await deps.auth.login(request.body, clientOf(request));
      if ('twoFactorRequired' in result) {
        setPendingLoginCookie(reply, result.pendingToken, result.expiresAt, cookieOptions);
        return { twoFactorRequired: true as const };
      }
      setSessionCookies(reply, result, cookieOptions);
      return result.organizationId
        ? deps.me.me(result.userId, result.organizationId)
        : deps.me.account(result.userId, null);
    },

    twoFactor: async (request, reply) => {
      const { code, recoveryCode } = request.body;
      const session = await deps.auth.completeTwoFactor(
        request.cookies[PENDING_LOGIN_COOKIE],
        code !== undefined ? { code } : { recoveryCode: recoveryCode ?? '' },
        clientOf(request),
      );
      clearPendingLoginCookie(reply, cookieOptions);
      setSessionCookies(reply, session, cookieOptions);
      return session.organizationId
        ? deps.me.me(session.userId, session.organizationId)
        : deps.me.account(session.userId, null);
    },

    logout: async (request, reply) => {
      if (request.auth) await deps.auth.logout(request.auth.sessionId);
      clearSessionCookie(reply, cookieOptions);
      setCsrfCookie(reply, randomToken(), cookieOptions);
    },
  };
}
