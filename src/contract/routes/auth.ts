import { z } from 'zod';
import { csrfResponseSchema, loginRequestSchema, signupRequestSchema } from '../auth.js';
import { meResponseSchema } from '../me.js';
import {
  passwordResetConfirmRequestSchema,
  passwordResetRequestSchema,
} from '../password-reset.js';
import { twoFactorChallengeSchema, twoFactorLoginRequestSchema } from '../security.js';
import { accountResponseSchema } from '../team.js';

import { defineRoutes } from './define.js';

/** Signup, login (with its second step), logout and the CSRF token. */
export const authRoutes = defineRoutes('auth', {
  csrf: {
    method: 'GET',
    path: '/auth/csrf',
    access: 'public',
    summary: 'Get the CSRF token (also set as the facto_csrf cookie)',
    response: csrfResponseSchema,
  },
  signup: {
    method: 'POST',
    path: '/auth/signup',
    access: 'public',
    summary: 'Create an account: the company, its owner, and a session',
    body: signupRequestSchema,
    response: meResponseSchema,
    status: 201,
  },
  login: {
    method: 'POST',
    path: '/auth/login',
    access: 'public',
    throttled: true,
    summary:
      'Log in with email and password. With two-factor login on, the answer is `{ twoFactorRequired: true }` and a pending-login cookie, and POST /auth/two-factor completes the login',
    body: loginRequestSchema,
    // An accountant without clients yet (or support staff) gets the account instead of Me.
    response: z.union([meResponseSchema, twoFactorChallengeSchema, accountResponseSchema]),
  },
  twoFactor: {
    method: 'POST',
    path: '/auth/two-factor',
    access: 'public',
    throttled: true,
    summary:
      'Second login step: a code from the authenticator app, or a recovery code; opens the session',
    body: twoFactorLoginRequestSchema,
    response: z.union([meResponseSchema, accountResponseSchema]),
  },
  logout: {
    method: 'POST',
    path: '/auth/logout',
    access: 'account',
    beforeTwoFactorSetup: true,
    summary: 'End the current session',
  },
});

/** Forgotten passwords: a link by e-mail, then a new password with its token. */
export const passwordResetRoutes = defineRoutes('auth', {
  request: {
    method: 'POST',
    path: '/auth/password-reset',
    access: 'public',
    throttled: true,
    summary:
      'Forgotten password: e-mails a single-use link valid one hour (same answer whether the account exists or not)',
    body: passwordResetRequestSchema,
    status: 202,
  },
  confirm: {
    method: 'POST',
    path: '/auth/password-reset/confirm',
    access: 'public',
    throttled: true,
    summary: 'Set a new password with the link’s token; every session of the account ends',
    body: passwordResetConfirmRequestSchema,
  },
});
