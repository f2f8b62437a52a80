import type { Language, OptionalApp } from '../../contract/index.js';
import type { AuthContext } from './auth/sessions.js';
import type { Access } from './auth/permissions.js';
import type { JobQueue } from './jobs/job-queue.js';
import type { RouteAccess } from './auth/auth-plugin.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every /api route must say who may call it; start-up fails otherwise. */
    access?: Access;
    /**
     * Reachable by a user whose organization requires two-factor login before they set it up
     * (their profile, the setup itself, logout); every other route answers 403 until then.
     */
    beforeTwoFactorSetup?: true;
    /** Only the organization's owners, on top of `access`. */
    ownerOnly?: true;
    /** The optional app the route belongs to: switched off, it answers 403 `appDisabled`. */
    app?: OptionalApp;
    /** A public route authenticated by a signature in the request: no CSRF check. */
    signed?: true;
  }
  interface FastifyInstance {
    /** The background job queue (tests drain it; the worker runs it). */
    jobs: JobQueue;
    /** Starts the job queue and this process's workers, once (see `deferJobs` in app.ts). */
    startJobs(): Promise<void>;
    /** The daily reminder run and the hourly subscription run, now (`npm run jobs`). */
    runNow: Record<
      'reminders' | 'subscriptions',
      (organizationId?: string) => Promise<{ created: number; failed: number }>
    >;
    /** Every registered route with its declared access (the access-matrix test walks it). */
    routeTable: readonly RouteAccess[];
  }
  interface FastifyRequest {
    auth: AuthContext | null;
    language: Language;
    /** Set when the session cookie pointed at an expired session. */
    sessionExpired: boolean;
  }
}
