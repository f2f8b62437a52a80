import { z } from 'zod';
import {
  changePasswordRequestSchema,
  confirmPhoneRequestSchema,
  disableTwoFactorRequestSchema,
  enableTwoFactorRequestSchema,
  organizationSecuritySchema,
  recoveryCodesSchema,
  regenerateRecoveryCodesRequestSchema,
  revokedSessionsSchema,
  sessionListSchema,
  smsOutboxSchema,
  startPhoneVerificationRequestSchema,
  twoFactorSetupSchema,
  twoFactorStatusSchema,
  updateOrganizationSecurityRequestSchema,
  uuidSchema,
} from '../../../contract/index.js';
import { accountOf, actorOf, authOf } from '../../platform/auth/actor.js';
import { clearSessionCookie, setSessionCookies } from '../../platform/auth/cookies.js';
import { errorResponses, type Api } from '../../platform/route-types.js';
import type { OrganizationSecurityService } from './organization-security.service.js';
import type { PasswordService } from './password.service.js';
import type { SessionsService } from './sessions.service.js';
import type { TwoFactorService } from './two-factor.service.js';

const errors = { ...errorResponses, 429: errorResponses[400] };
// Personal security stays reachable while an organization's two-factor requirement is pending.
const account = { access: 'account', beforeTwoFactorSetup: true } as const;

export function securityRoutes(
  app: Api,
  deps: {
    password: PasswordService;
    twoFactor: TwoFactorService;
    sessions: SessionsService;
    organizationSecurity: OrganizationSecurityService;
    secureCookies: boolean;
  },
): void {
  const cookieOptions = { secure: deps.secureCookies };
  const tags = ['me'];

  app.post('/api/v1/me/password', {
    config: account,
    schema: {
      tags,
      summary:
        'Change the password (the current one is required); other sessions end, this one is renewed',
      body: changePasswordRequestSchema,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      const session = await deps.password.change(accountOf(request), request.body, request);
      setSessionCookies(reply, session, cookieOptions);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/v1/me/two-factor', {
    config: account,
    schema: {
      tags,
      summary: 'Two-factor login status, recovery codes left, mobile number',
      response: { 200: twoFactorStatusSchema, ...errors },
    },
    handler: async (request) => deps.twoFactor.status(accountOf(request)),
  });

  app.post('/api/v1/me/two-factor/setup', {
    config: account,
    schema: {
      tags,
      summary: 'Start setting up an authenticator app: a new secret, its otpauth URI and QR code',
      response: { 200: twoFactorSetupSchema, ...errors },
    },
    handler: async (request) => deps.twoFactor.setup(accountOf(request)),
  });

  app.post('/api/v1/me/two-factor/enable', {
    config: account,
    schema: {
      tags,
      summary:
        'Confirm the app with a code: two-factor login is on; returns the recovery codes, once',
      body: enableTwoFactorRequestSchema,
      response: { 200: recoveryCodesSchema, ...errors },
    },
    handler: async (request, reply) => {
      const { recoveryCodes, session } = await deps.twoFactor.enable(
        accountOf(request),
        request.body.code,
        request,
      );
      setSessionCookies(reply, session, cookieOptions);
      return { recoveryCodes };
    },
  });

  app.post('/api/v1/me/two-factor/disable', {
    config: account,
    schema: {
      tags,
      summary: 'Turn two-factor login off (password and a code required)',
      body: disableTwoFactorRequestSchema,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      const session = await deps.twoFactor.disable(accountOf(request), request.body, request);
      setSessionCookies(reply, session, cookieOptions);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/v1/me/two-factor/recovery-codes', {
    config: account,
    schema: {
      tags,
      summary: 'Replace the recovery codes (password required); returns the new ones, once',
      body: regenerateRecoveryCodesRequestSchema,
      response: { 200: recoveryCodesSchema, ...errors },
    },
    handler: async (request) =>
      deps.twoFactor.regenerateRecoveryCodes(accountOf(request), request.body.password, request),
  });

  app.post('/api/v1/me/phone', {
    config: account,
    schema: {
      tags,
      summary: 'Send a code by SMS to confirm a mobile number (when SMS is set up)',
      body: startPhoneVerificationRequestSchema,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      await deps.twoFactor.startPhoneVerification(accountOf(request), request.body.phone);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/v1/me/phone/confirm', {
    config: account,
    schema: {
      tags,
      summary: 'Confirm the mobile number with the code received by SMS',
      body: confirmPhoneRequestSchema,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      await deps.twoFactor.confirmPhone(accountOf(request), request.body.code);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/v1/me/sessions', {
    config: account,
    schema: {
      tags,
      summary: 'The open sessions of the current user (devices), the current one marked',
      response: { 200: sessionListSchema, ...errors },
    },
    handler: async (request) => deps.sessions.list(accountOf(request)),
  });

  app.delete('/api/v1/me/sessions/:id', {
    config: account,
    schema: {
      tags,
      summary: 'End one session of the current user',
      params: z.object({ id: uuidSchema }),
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      const { current } = await deps.sessions.revoke(
        accountOf(request),
        request.params.id,
        request,
      );
      if (current) clearSessionCookie(reply, cookieOptions);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/v1/me/sessions/revoke-others', {
    config: account,
    schema: {
      tags,
      summary: 'End every session of the current user except this one',
      response: { 200: revokedSessionsSchema, ...errors },
    },
    handler: async (request) => ({
      revoked: await deps.sessions.revokeOthers(accountOf(request), request),
    }),
  });

  app.get('/api/v1/organization/security', {
    config: { access: 'settings' },
    schema: {
      tags: ['organization'],
      summary: 'Security policy of the organization (two-factor login required or not)',
      response: { 200: organizationSecuritySchema, ...errors },
    },
    handler: async (request) => deps.organizationSecurity.get(authOf(request).organizationId),
  });

  app.put('/api/v1/organization/security', {
    config: { access: 'settings' },
    schema: {
      tags: ['organization'],
      summary: 'Require two-factor login of every user of the organization (or stop requiring it)',
      body: updateOrganizationSecurityRequestSchema,
      response: { 200: organizationSecuritySchema, ...errors },
    },
    handler: async (request) =>
      deps.organizationSecurity.update(
        actorOf(request),
        authOf(request).twoFactorEnabled,
        request.body.requireTwoFactor,
      ),
  });

  app.get('/api/v1/organization/sms-outbox', {
    config: { access: 'settings' },
    schema: {
      tags: ['organization'],
      summary: 'Text messages of the local SMS transport (newest 50)',
      response: { 200: smsOutboxSchema, ...errors },
    },
    handler: async (request) => deps.organizationSecurity.smsOutbox(authOf(request).organizationId),
  });
}
