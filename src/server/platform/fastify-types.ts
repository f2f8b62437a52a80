import type { Language } from '../../contract/index.js';
import type { AuthContext } from './auth/sessions.js';
import type { Access } from './auth/permissions.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every /api route must say who may call it; start-up fails otherwise. */
    access?: Access;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
    language: Language;
    /** Set when the session cookie pointed at an expired session. */
    sessionExpired: boolean;
  }
}
