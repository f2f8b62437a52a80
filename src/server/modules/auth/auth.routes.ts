import { z } from 'zod';
import {
  accountResponseSchema,
  csrfResponseSchema,
  errorResponseSchema,
  loginRequestSchema,
  meResponseSchema,
  signupRequestSchema,
  twoFactorChallengeSchema,
  twoFactorLoginRequestSchema,
} from '../../../contract/index.js';
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
import { errorResponses, type Api } from '../../platform/route-types.js';
import type { MeService } from '../me/index.js';
import type { AuthService } from './auth.service.js';

const tags = ['auth'];
const errors = errorResponses;

export function authRoutes(
  app: Api,
  deps: { auth: AuthService; me: MeService; secureCookies: boolean },
): void {
  const cookieOptions = { secure: deps.secureCookies };

  app.get('/api/v1/auth/csrf', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Get the CSRF token (also set as the facto_csrf cookie)',
      response: { 200: csrfResponseSchema },
    },
    handler: async (request, reply) => {
      const token = request.auth?.csrfToken ?? request.cookies[CSRF_COOKIE] ?? randomToken();
      setCsrfCookie(reply, token, cookieOptions);
      return { csrfToken: token };
    },
  });

  app.post('/api/v1/auth/signup', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Create an account: the company, its owner, and a session',
      body: signupRequestSchema,
      response: { 201: meResponseSchema, ...errors },
    },
    handler: async (request, reply) => {
      const session = await deps.auth.signup(request.body, clientOf(request));
      setSessionCookies(reply, session, cookieOptions);
      return reply.code(201).send(await deps.me.me(session.userId, session.organizationId));
    },
  });

  app.post('/api/v1/auth/login', {
    config: { access: 'public' },
    schema: {
      tags,
      summary:
        'Log in with email and password. With two-factor login on, the answer is `{ twoFactorRequired: true }` and a pending-login cookie, and POST /auth/two-factor completes the login',
      body: loginRequestSchema,
      response: {
        // An accountant without clients yet (or support staff) gets the account instead of Me.
        200: z.union([meResponseSchema, twoFactorChallengeSchema, accountResponseSchema]),
        429: errorResponseSchema,
        ...errors,
      },
    },
    handler: async (request, reply) => {
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
  });

  app.post('/api/v1/auth/two-factor', {
    config: { access: 'public' },
    schema: {
      tags,
      summary:
        'Second login step: a code from the authenticator app, or a recovery code; opens the session',
      body: twoFactorLoginRequestSchema,
      response: {
        200: z.union([meResponseSchema, accountResponseSchema]),
        429: errorResponseSchema,
        ...errors,
      },
    },
    handler: async (request, reply) => {
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
  });

  app.post('/api/v1/auth/logout', {
    config: { access: 'account', beforeTwoFactorSetup: true },
    schema: { tags, summary: 'End the current session', response: { 204: z.null(), ...errors } },
    handler: async (request, reply) => {
      if (request.auth) await deps.auth.logout(request.auth.sessionId);
      clearSessionCookie(reply, cookieOptions);
      setCsrfCookie(reply, randomToken(), cookieOptions);
      return reply.code(204).send(null);
    },
  });
}
