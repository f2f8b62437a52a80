import type { FastifyReply } from 'fastify';

export const SESSION_COOKIE = 'facto_session';
export const CSRF_COOKIE = 'facto_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export interface CookieOptions {
  secure: boolean;
}

export function setSessionCookies(
  reply: FastifyReply,
  session: { token: string; csrfToken: string; expiresAt: Date },
  options: CookieOptions,
): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    expires: session.expiresAt,
  });
  setCsrfCookie(reply, session.csrfToken, options);
}

/** Readable by the web app, which echoes it in the X-CSRF-Token header of every change. */
export function setCsrfCookie(reply: FastifyReply, token: string, options: CookieOptions): void {
  reply.setCookie(CSRF_COOKIE, token, {
    path: '/',
    httpOnly: false,
    sameSite: 'strict',
    secure: options.secure,
  });
}

export function clearSessionCookie(reply: FastifyReply, options: CookieOptions): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
  });
}

/** A login waiting for its second factor: only the auth routes ever receive it. */
export const PENDING_LOGIN_COOKIE = 'facto_pending_login';
const PENDING_LOGIN_PATH = '/api/v1/auth';

export function setPendingLoginCookie(
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
  options: CookieOptions,
): void {
  reply.setCookie(PENDING_LOGIN_COOKIE, token, {
    path: PENDING_LOGIN_PATH,
    httpOnly: true,
    sameSite: 'strict',
    secure: options.secure,
    expires: expiresAt,
  });
}

export function clearPendingLoginCookie(reply: FastifyReply, options: CookieOptions): void {
  reply.clearCookie(PENDING_LOGIN_COOKIE, {
    path: PENDING_LOGIN_PATH,
    httpOnly: true,
    sameSite: 'strict',
    secure: options.secure,
  });
}
