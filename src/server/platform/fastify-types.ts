import type { Language } from '../../contract/index.js';
import type { AuthContext } from './auth/sessions.js';
import type { Access } from './auth/permissions.js';
import type { JobQueue } from './jobs/job-queue.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every /api route must say who may call it; start-up fails otherwise. */
    access?: Access;
  }
  interface FastifyInstance {
    /** The background job queue (tests drain it; the worker runs it). */
    jobs: JobQueue;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
    language: Language;
    /** Set when the session cookie pointed at an expired session. */
    sessionExpired: boolean;
  }
}
