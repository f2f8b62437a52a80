import { z } from 'zod';
import { uuidSchema } from '../common.js';
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
} from '../security.js';

import { defineRoutes } from './define.js';

// Personal security stays reachable while an organization's two-factor requirement is pending.
const account = { access: 'account', beforeTwoFactorSetup: true } as const;
const organization = { access: 'settings', tags: ['organization'] } as const;

/** The user's password, two-factor login and sessions; the organization's security policy. */
export const securityRoutes = defineRoutes('me', {
  changePassword: {
    ...account,
    method: 'POST',
    path: '/me/password',
    throttled: true,
    summary:
      'Change the password (the current one is required); other sessions end, this one is renewed',
    body: changePasswordRequestSchema,
  },
  twoFactorStatus: {
    ...account,
    method: 'GET',
    path: '/me/two-factor',
    summary: 'Two-factor login status, recovery codes left, mobile number',
    response: twoFactorStatusSchema,
  },
  twoFactorSetup: {
    ...account,
    method: 'POST',
    path: '/me/two-factor/setup',
    summary: 'Start setting up an authenticator app: a new secret, its otpauth URI and QR code',
    response: twoFactorSetupSchema,
  },
  enableTwoFactor: {
    ...account,
    method: 'POST',
    path: '/me/two-factor/enable',
    summary:
      'Confirm the app with a code: two-factor login is on; returns the recovery codes, once',
    body: enableTwoFactorRequestSchema,
    response: recoveryCodesSchema,
  },
  disableTwoFactor: {
    ...account,
    method: 'POST',
    path: '/me/two-factor/disable',
    throttled: true,
    summary: 'Turn two-factor login off (password and a code required)',
    body: disableTwoFactorRequestSchema,
  },
  regenerateRecoveryCodes: {
    ...account,
    method: 'POST',
    path: '/me/two-factor/recovery-codes',
    throttled: true,
    summary: 'Replace the recovery codes (password required); returns the new ones, once',
    body: regenerateRecoveryCodesRequestSchema,
    response: recoveryCodesSchema,
  },
  startPhoneVerification: {
    ...account,
    method: 'POST',
    path: '/me/phone',
    throttled: true,
    summary: 'Send a code by SMS to confirm a mobile number (when SMS is set up)',
    body: startPhoneVerificationRequestSchema,
  },
  confirmPhone: {
    ...account,
    method: 'POST',
    path: '/me/phone/confirm',
    summary: 'Confirm the mobile number with the code received by SMS',
    body: confirmPhoneRequestSchema,
  },
  sessions: {
    ...account,
    method: 'GET',
    path: '/me/sessions',
    summary: 'The open sessions of the current user (devices), the current one marked',
    response: sessionListSchema,
  },
  revokeSession: {
    ...account,
    method: 'DELETE',
    path: '/me/sessions/:id',
    summary: 'End one session of the current user',
    params: z.object({ id: uuidSchema }),
  },
  revokeOtherSessions: {
    ...account,
    method: 'POST',
    path: '/me/sessions/revoke-others',
    summary: 'End every session of the current user except this one',
    response: revokedSessionsSchema,
  },
  organizationSecurity: {
    ...organization,
    method: 'GET',
    path: '/organization/security',
    summary: 'Security policy of the organization (two-factor login required or not)',
    response: organizationSecuritySchema,
  },
  updateOrganizationSecurity: {
    ...organization,
    method: 'PUT',
    path: '/organization/security',
    summary: 'Require two-factor login of every user of the organization (or stop requiring it)',
    body: updateOrganizationSecurityRequestSchema,
    response: organizationSecuritySchema,
  },
  smsOutbox: {
    ...organization,
    method: 'GET',
    path: '/organization/sms-outbox',
    summary: 'Text messages of the local SMS transport (newest 50)',
    response: smsOutboxSchema,
  },
});
