import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../deps.js';
import { Unauthenticated } from '../errors.js';
import type { AuthContext } from './sessions.js';

/** The session of a route that declared non-public access (the auth hook already checked it). */
export function authOf(request: FastifyRequest): AuthContext {
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
