import { z } from 'zod';
import {
  csrfResponseSchema,
  errorResponseSchema,
  loginRequestSchema,
  meResponseSchema,
  signupRequestSchema,
} from '../../../contract/index.js';
import { clientOf } from '../../platform/auth/actor.js';
import {
  CSRF_COOKIE,
  clearSessionCookie,
  setCsrfCookie,
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
      summary: 'Log in with email and password',
      body: loginRequestSchema,
      response: { 200: meResponseSchema, 429: errorResponseSchema, ...errors },
    },
    handler: async (request, reply) => {
      const session = await deps.auth.login(request.body, clientOf(request));
      setSessionCookies(reply, session, cookieOptions);
      return deps.me.me(session.userId, session.organizationId);
    },
  });

  app.post('/api/v1/auth/logout', {
    config: { access: 'member' },
    schema: { tags, summary: 'End the current session', response: { 204: z.null(), ...errors } },
    handler: async (request, reply) => {
      if (request.auth) await deps.auth.logout(request.auth.sessionId);
      clearSessionCookie(reply, cookieOptions);
      setCsrfCookie(reply, randomToken(), cookieOptions);
      return reply.code(204).send(null);
    },
  });
}
