import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../deps.js';
import type { Module } from '../../../contract/index.js';
import { Unauthenticated, Forbidden } from '../errors.js';
import { hasModules } from './permissions.js';
import type { AuthContext, MemberAuthContext } from './sessions.js';

/**
 * The session of a route that needs a current organization (the auth hook already checked it;
 * only `account` routes see sessions without one).
 */
export function authOf(request: FastifyRequest): MemberAuthContext {
  const auth = request.auth;
  if (!auth) throw Unauthenticated();
  if (!auth.organizationId || !auth.role) throw Forbidden('error.noOrganization');
  return auth as MemberAuthContext;
}

/** The session of an `account` route: signed in, with or without a current organization. */
export function accountOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw Unauthenticated();
  return request.auth;
}

export function actorOf(request: FastifyRequest): Actor {
  const auth = authOf(request);
  return { userId: auth.userId, organizationId: auth.organizationId, ip: request.ip };
}

export function clientOf(request: FastifyRequest) {
  return { ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
}

/**
 * For a route whose modules depend on its input (a quote converted into an invoice also needs
 * invoices): refuses, like the auth hook does for declared access, unless all are granted.
 */
export function requireModules(request: FastifyRequest, required: readonly Module[]): void {
  const auth = authOf(request);
  if (!hasModules(auth.role, auth.modules, required)) throw Forbidden();
}
