import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { Deps } from './deps.js';
import { authRoutes, createAuthService } from './modules/auth/index.js';
import { healthRoutes } from './modules/health/index.js';
import { createMeService, meRoutes } from './modules/me/index.js';
import { createOrganizationsService, organizationRoutes } from './modules/organizations/index.js';
import { authPlugin } from './platform/auth/auth-plugin.js';
import { systemClock, type Clock } from './platform/clock.js';
import { installErrorHandler } from './platform/error-handler.js';
import { newId } from './platform/ids.js';
import { installJsonParser } from './platform/json-body.js';
import { registerOpenApi } from './platform/openapi.js';
import type { FileStorage } from './platform/storage/file-storage.js';
import { appVersion } from './platform/version.js';
import { installNotFound, registerWebApp } from './platform/web-app.js';
import './platform/fastify-types.js';

export interface AppOptions {
  config: Config;
  db: Database;
  storage: FileStorage;
  clock?: Clock;
}

/** The whole HTTP app: platform plugins first, then each module's routes. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, db, storage } = options;
  const deps: Deps = { config, db, storage, clock: options.clock ?? systemClock };
  let closing = false;

  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
      ],
    },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : newId();
    },
    requestIdHeader: false,
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onClose', async () => {
    closing = true;
  });

  installJsonParser(app);
  installErrorHandler(app);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        // Mantine injects its CSS variables at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.publicUrl?.startsWith('https:') ? [] : null,
      },
    },
    hsts: config.publicUrl?.startsWith('https:') ? { maxAge: 31536000 } : false,
  });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1 } });
  await registerOpenApi(app, appVersion);
  await app.register(authPlugin, {
    db,
    clock: deps.clock,
    sessionTtlMs: config.sessionTtlMs,
    secureCookies: config.publicUrl?.startsWith('https:') ?? false,
    publicOrigin: config.publicUrl ? new URL(config.publicUrl).origin : undefined,
  });

  const auth = createAuthService(deps);
  const me = createMeService(deps);
  const organizations = createOrganizationsService(deps);
  const secureCookies = config.publicUrl?.startsWith('https:') ?? false;

  healthRoutes(app, { db, isClosing: () => closing });
  authRoutes(app, { auth, me, secureCookies });
  meRoutes(app, { me, auth });
  organizationRoutes(app, { organizations });

  if (config.webRoot) await registerWebApp(app, config.webRoot);
  else installNotFound(app);
  return app;
}
