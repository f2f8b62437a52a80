import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { OptionalApp } from '../../../contract/index.js';
import type { Database } from '../../db/database.js';
import type { Clock } from '../clock.js';
import { Unauthenticated, Forbidden } from '../errors.js';
import { pickLanguage } from '../language.js';
import {
  CSRF_COOKIE,
  CSRF_HEADER,
  SESSION_COOKIE,
  setCsrfCookie,
  setSessionCookies,
} from './cookies.js';
import { canAccess, isValidAccess, type Access } from './permissions.js';
import { extendSession, loadSession, type AuthContext } from './sessions.js';
import type { TtlCache } from '../ttl-cache.js';
import { hashToken, randomToken, safeEqual } from './tokens.js';

/** One route of the app as the auth layer saw it registered. */
export interface RouteAccess {
  method: string;
  url: string;
  access: Access | null;
  /** The optional app the route belongs to (none for the base apps and the platform). */
  app: OptionalApp | null;
  params: unknown;
  body: unknown;
  querystring: unknown;
  /** Content types the body may have (`multipart/form-data` for uploads); JSON when absent. */
  consumes: readonly string[] | undefined;
}

export interface AuthPluginOptions {
  db: Database;
  clock: Clock;
  cache: TtlCache<string, AuthContext>;
  sessionTtlMs: number;
  secureCookies: boolean;
  publicOrigin: string | undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the session, then enforces the route's declared access and CSRF protection, before
 * the body is even parsed. Also refuses to start when an API route forgets to declare access.
 */
export const authPlugin = fp<AuthPluginOptions>(async (app: FastifyInstance, options) => {
  const cookieOptions = { secure: options.secureCookies };
  app.decorateRequest('auth', null);
  app.decorateRequest('sessionExpired', false);
  app.decorateRequest('language', 'en');

  // Every route the app serves, with its declared access: the access-matrix test walks it.
  const routeTable: RouteAccess[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1') && !route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} does not declare its access`);
    }
    if (route.config?.access !== undefined && !isValidAccess(route.config.access)) {
      throw new Error(`Route ${route.method} ${route.url} declares an unknown access`);
    }
    for (const method of [route.method].flat())
      routeTable.push({
        method,
        url: route.url,
        access: route.config?.access ?? null,
        app: route.config?.app ?? null,
        params: route.schema?.params,
        body: route.schema?.body,
        querystring: route.schema?.querystring,
        consumes: route.schema?.consumes,
      });
  });

  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token && request.url.startsWith('/api/')) {
      const now = options.clock.now();
      const id = hashToken(token);
      const cached = options.cache.get(id, now.getTime());
      let auth = cached && cached.expiresAt > now ? cached : undefined;
      if (!auth) {
        const version = options.cache.version();
        const lookup = await options.cache.once(id, () => loadSession(options.db, token, now));
        if (lookup.status === 'valid') {
          auth = lookup.auth;
          // Not kept when the session or its organization changed while it was read.
          options.cache.set(auth.sessionId, auth, now.getTime(), version);
        } else {
          request.sessionExpired = lookup.status === 'expired';
        }
      }
      if (auth) {
        request.auth = auth;
        const renewed = await extendSession(options.db, auth, now, options.sessionTtlMs);
        if (renewed) {
          auth.expiresAt = renewed;
          setSessionCookies(
            reply,
            { token, csrfToken: auth.csrfToken, expiresAt: renewed },
            cookieOptions,
          );
        }
      }
    }
    request.language = pickLanguage(request.headers['accept-language'], request.auth?.language);
    if (!request.url.startsWith('/api/')) return;

    const csrfCookie = request.cookies[CSRF_COOKIE];
    const expectedCsrf = request.auth?.csrfToken;
    if (expectedCsrf ? csrfCookie !== expectedCsrf : !csrfCookie) {
      setCsrfCookie(reply, expectedCsrf ?? randomToken(), cookieOptions);
    }

    const access = request.routeOptions.config.access;
    if (!access) return;
    if (access !== 'public') {
      if (!request.auth)
        throw Unauthenticated(
          request.sessionExpired ? 'error.sessionExpired' : 'error.unauthenticated',
        );
      if (access !== 'account') {
        const { organizationId, role, modules, support } = request.auth;
        if (!organizationId || !role) throw Forbidden('error.noOrganization');
        // The organization's switchboard first: an app that is off is off for everyone.
        const app = request.routeOptions.config.app;
        if (app && request.auth.disabledApps.includes(app)) throw Forbidden('error.appDisabled');
        if (!canAccess(access, role, modules)) throw Forbidden('error.moduleForbidden');
        if (request.routeOptions.config.ownerOnly && role !== 'owner')
          throw Forbidden('error.ownerOnly');
        // Support staff may look, never change: only `account` routes (leaving) accept writes.
        if (support && !SAFE_METHODS.has(request.method)) throw Forbidden('error.support.readOnly');
      }
      // An organization that requires two-factor login lets a user without it only set it up
      // (and read their profile, switch organization or log out) until it is done.
      const { twoFactorRequired, twoFactorEnabled } = request.auth;
      if (
        twoFactorRequired &&
        !twoFactorEnabled &&
        !request.routeOptions.config.beforeTwoFactorSetup
      )
        throw Forbidden('error.twoFactorSetupRequired');
    }
    if (!SAFE_METHODS.has(request.method) && !request.routeOptions.config.signed)
      checkCsrf(request, options.publicOrigin);
  });
});

/**
 * Double submit bound to the session: the header must equal the cookie, and with a session, the
 * session's own token. A foreign Origin is refused outright.
 */
function checkCsrf(request: FastifyRequest, publicOrigin: string | undefined): void {
  const origin = request.headers.origin;
  if (origin && origin !== publicOrigin && origin !== `${request.protocol}://${request.host}`) {
    throw Forbidden('error.csrf');
  }
  const header = request.headers[CSRF_HEADER];
  const cookie = request.cookies[CSRF_COOKIE];
  const expected = request.auth?.csrfToken ?? cookie;
  if (
    typeof header !== 'string' ||
    !cookie ||
    !expected ||
    !safeEqual(header, expected) ||
    !safeEqual(cookie, expected)
  ) {
    throw Forbidden('error.csrf');
  }
}
