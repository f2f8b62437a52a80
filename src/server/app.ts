import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyServerOptions,
} from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { Deps } from './deps.js';
import {
  authHandlers,
  createAuthService,
  createPasswordResetService,
  passwordResetHandlers,
} from './modules/auth/index.js';
import { createCustomersService, customerHandlers } from './modules/customers/index.js';
import {
  createDocumentsService,
  createJournalsService,
  createLayoutService,
  createPdfService,
  documentHandlers,
  documentPdfHandlers,
  invoiceHandlers,
  journalHandlers,
  layoutHandlers,
  quoteHandlers,
} from './modules/documents/index.js';
import {
  createAccountantExportService,
  createInboxService,
  createPeppolService,
  createPeppolWebhookService,
  createPurchasesService,
  accountantExportHandlers,
  inboxHandlers,
  mountPeppolWebhook,
  peppolHandlers,
  purchaseHandlers,
} from './modules/einvoicing/index.js';
import { createDashboardService, dashboardHandlers } from './modules/dashboard/index.js';
import {
  createEmailServices,
  documentEmailHandlers,
  emailHandlers,
} from './modules/email/index.js';
import { healthRoutes } from './modules/health/index.js';
import { createJobsService, jobHandlers } from './modules/jobs/index.js';
import { createNotificationsService, notificationHandlers } from './modules/notifications/index.js';
import { createMeService, meHandlers } from './modules/me/index.js';
import {
  createOrganizationSecurityService,
  createPasswordService,
  createSessionsService,
  createTwoFactorService,
  securityHandlers,
} from './modules/security/index.js';
import { createOrganizationsService, organizationHandlers } from './modules/organizations/index.js';
import {
  createInvoicePaymentsService,
  createPaymentAccountsService,
  paymentHandlers,
} from './modules/payments/index.js';
import { createProductsService, productHandlers } from './modules/products/index.js';
import {
  createReminderSettingsService,
  createRemindersService,
  reminderHandlers,
} from './modules/reminders/index.js';
import {
  createLinksService,
  createPublicDocumentsService,
  documentLinkHandlers,
  linkSettingsHandlers,
  mountPublicDocumentRoutes,
  useLinksService,
} from './modules/links/index.js';
import { createSubscriptionsService, subscriptionHandlers } from './modules/subscriptions/index.js';
import {
  createAuditLogService,
  createGdprService,
  createSupportService,
  createTeamService,
  invitationMailer,
  teamHandlers,
} from './modules/team/index.js';
import { appRoutes } from '../contract/index.js';
import { appHandlers, createAppsService } from './modules/apps/index.js';
import { dashboardRoutes, jobRoutes, notificationRoutes } from '../contract/index.js';
import { productRoutes } from '../contract/index.js';
import {
  authRoutes,
  meRoutes,
  organizationRoutes,
  passwordResetRoutes,
} from '../contract/index.js';
import { securityRoutes } from '../contract/index.js';
import {
  customerRoutes,
  DOCUMENT_TYPES,
  documentLinkRoutes,
  documentPdfRoutes,
  documentRoutes,
  invoiceRoutes,
  journalRoutes,
  layoutRoutes,
  linkSettingsRoutes,
  quoteRoutes,
  accountantExportRoutes,
  inboxRoutes,
  paymentRoutes,
  peppolRoutes,
  purchaseRoutes,
  documentEmailRouteTables,
  emailRoutes,
  teamRoutes,
  reminderRoutes,
  subscriptionRoutes,
} from '../contract/index.js';
import { authPlugin } from './platform/auth/auth-plugin.js';
import { mountRoutes } from './platform/mount-routes.js';
import { registerCompression } from './platform/compression.js';
import { TtlCache } from './platform/ttl-cache.js';
import { startCacheBus } from './platform/cache-bus.js';
import { systemClock, type Clock } from './platform/clock.js';
import { frameworkErrors, installErrorHandler } from './platform/error-handler.js';
import { parseQueryString } from './platform/query-string.js';
import { createJobQueue } from './platform/jobs/job-queue.js';
import { createPlatformMailer } from './platform/mailer/index.js';
import { createSecretBox, loadSecretKey } from './platform/secrets.js';
import { createLogger, redactUrl } from './platform/logger.js';
import { installSecurityHeaders } from './platform/security-headers.js';
import { installJsonParser } from './platform/json-body.js';
import { registerOpenApi } from './platform/openapi.js';
import type { FileStorage } from './platform/storage/file-storage.js';
import { publicOrigin } from './platform/public-url.js';
import { appVersion } from './platform/version.js';
import { installNotFound, registerWebApp } from './platform/web-app.js';
import './platform/fastify-types.js';

export interface AppOptions {
  config: Config;
  db: Database;
  storage: FileStorage;
  clock?: Clock;
  logger?: FastifyBaseLogger;
  /**
   * Leave the job queue's start to `app.startJobs()` (main.ts calls it once listening) when it is
   * already set up: enqueueing works without it, and the first request need not wait for it.
   */
  deferJobs?: boolean;
}

/**
 * Every schema is zod: Fastify need not load its default Ajv and fast-json-stringify compilers,
 * which costs start-up time for nothing. (Their factory types are Ajv's, hence the cast.)
 */
const zodCompilers = {
  compilersFactory: {
    buildValidator: () => validatorCompiler,
    buildSerializer: () => serializerCompiler,
  },
} as unknown as FastifyServerOptions['schemaController'];

/** Request ids: a random tag per process and a counter, unique enough to follow one request in the logs. */
const processTag = Math.random().toString(36).slice(2, 8);
let requestCounter = 0;

/** The whole HTTP app: platform plugins first, then each module's routes. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, db, storage } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const deps: Deps = {
    config,
    db,
    storage,
    jobs: createJobQueue({
      db,
      logger,
      schema: config.jobsSchema,
      runSchedules: config.worker === 'inline',
    }),
    secrets: createSecretBox(loadSecretKey(config.dataDir, config.secretKey)),
    clock: options.clock ?? systemClock,
    sessions: new TtlCache(config.sessionCacheMs),
    memberships: new TtlCache(config.sessionCacheMs),
  };
  let closing = false;
  let jobsStarted: Promise<void> | undefined;

  const app = Fastify({
    loggerInstance: logger,
    // One access line per request (the onResponse hook below) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      if (typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming)) return incoming;
      requestCounter += 1;
      return `${processTag}-${requestCounter.toString(36)}`;
    },
    requestIdHeader: false,
    routerOptions: { maxParamLength: 200, querystringParser: parseQueryString },
    frameworkErrors,
    schemaController: zodCompilers,
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('jobs', deps.jobs);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        url: redactUrl(request.url),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
  });
  app.addHook('onClose', async () => {
    closing = true;
    // A start still under way finishes first, so that stopping leaves nothing running.
    await jobsStarted?.catch(() => undefined);
    await deps.jobs.stop();
  });

  // Several processes on one PostgreSQL: evictions reach the others before the response leaves.
  if (config.databaseUrl) {
    const bus = await startCacheBus({
      url: config.databaseUrl,
      caches: { sessions: deps.sessions, memberships: deps.memberships },
      logger,
    });
    app.addHook('onSend', (_request, _reply, payload, done) => {
      const flushed = bus.flush();
      if (!flushed) return done(null, payload);
      void flushed.then(() => done(null, payload));
    });
    app.addHook('onClose', () => bus.close());
  }

  installJsonParser(app);
  installErrorHandler(app);
  installSecurityHeaders(app, { https: config.publicUrl?.startsWith('https:') ?? false });
  await registerCompression(app);
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1 } });
  await registerOpenApi(app, appVersion);
  await app.register(authPlugin, {
    db,
    clock: deps.clock,
    cache: deps.sessions,
    sessionTtlMs: config.sessionTtlMs,
    secureCookies: config.publicUrl?.startsWith('https:') ?? false,
    publicOrigin: publicOrigin(config),
  });

  const twoFactor = createTwoFactorService(deps);
  const auth = createAuthService(deps, { twoFactor });
  const me = createMeService(deps);
  const organizations = createOrganizationsService(deps);
  const secureCookies = config.publicUrl?.startsWith('https:') ?? false;

  healthRoutes(app, { db, isClosing: () => closing });
  mountRoutes(app, authRoutes, authHandlers({ auth, me, secureCookies }));
  mountRoutes(
    app,
    passwordResetRoutes,
    passwordResetHandlers({
      passwordReset: createPasswordResetService(deps, createPlatformMailer(deps)),
    }),
  );
  mountRoutes(app, meRoutes, meHandlers({ me, organizations }));
  mountRoutes(
    app,
    securityRoutes,
    securityHandlers({
      password: createPasswordService(deps),
      twoFactor,
      sessions: createSessionsService(deps),
      organizationSecurity: createOrganizationSecurityService(deps),
      secureCookies,
    }),
  );
  mountRoutes(app, organizationRoutes, organizationHandlers({ organizations }));
  mountRoutes(app, appRoutes, appHandlers({ apps: createAppsService(deps) }));
  const support = createSupportService(deps, me);
  await support.syncConfigured();
  mountRoutes(app, customerRoutes, customerHandlers({ customers: createCustomersService(deps) }));
  mountRoutes(app, productRoutes, productHandlers({ products: createProductsService(deps) }));
  mountRoutes(app, journalRoutes, journalHandlers({ journals: createJournalsService(deps) }));
  const documents = createDocumentsService(deps);
  for (const type of DOCUMENT_TYPES) {
    mountRoutes(app, documentRoutes[type], documentHandlers(type, { documents }));
  }
  mountRoutes(app, quoteRoutes, quoteHandlers({ documents }));
  mountRoutes(app, invoiceRoutes, invoiceHandlers({ documents }));
  const layouts = createLayoutService(deps);
  const links = createLinksService(deps);
  useLinksService(links);
  const pdf = createPdfService(deps, {
    documents,
    organizations,
    layouts,
    signatureOf: links.signatureOf,
  });
  for (const type of DOCUMENT_TYPES) {
    mountRoutes(app, documentLinkRoutes[type], documentLinkHandlers(type, { links }));
  }
  mountRoutes(app, linkSettingsRoutes, linkSettingsHandlers({ links }));
  await mountPublicDocumentRoutes(app, {
    documents: createPublicDocumentsService(deps, { documents, organizations, layouts, pdf }),
    secureCookies,
  });
  for (const type of DOCUMENT_TYPES) {
    mountRoutes(app, documentPdfRoutes[type], documentPdfHandlers(type, { pdf }));
  }
  mountRoutes(app, layoutRoutes, layoutHandlers({ layouts, pdf }));

  mountRoutes(app, dashboardRoutes, dashboardHandlers({ dashboard: createDashboardService(deps) }));
  mountRoutes(
    app,
    notificationRoutes,
    notificationHandlers({ notifications: createNotificationsService(deps) }),
  );
  mountRoutes(app, jobRoutes, jobHandlers({ jobs: createJobsService(deps.jobs) }));
  const peppol = createPeppolService(deps, { documents, organizations, pdf });
  const inbox = createInboxService(deps, { organizations, peppol });
  mountRoutes(app, peppolRoutes, peppolHandlers({ peppol }));
  mountRoutes(app, inboxRoutes, inboxHandlers({ inbox }));
  mountRoutes(
    app,
    accountantExportRoutes,
    accountantExportHandlers({ exports: createAccountantExportService(deps, { peppol, pdf }) }),
  );
  mountRoutes(app, purchaseRoutes, purchaseHandlers({ purchases: createPurchasesService(deps) }));
  const email = createEmailServices(deps, {
    documents,
    organizations,
    layouts,
    pdf,
    peppol,
    links,
  });
  mountRoutes(app, emailRoutes, emailHandlers(email));
  for (const type of DOCUMENT_TYPES)
    mountRoutes(app, documentEmailRouteTables[type], documentEmailHandlers(type, email));
  mountRoutes(
    app,
    paymentRoutes,
    paymentHandlers({
      accounts: createPaymentAccountsService(deps),
      payments: createInvoicePaymentsService(deps, documents, {
        paymentMailer: email.sending.sendPaymentEmail,
      }),
    }),
  );
  app.addHook('onClose', async () => email.sending.close());
  mountRoutes(
    app,
    teamRoutes,
    teamHandlers({
      team: createTeamService(deps, {
        mailer: invitationMailer(email.sending.sendInvitationEmail),
      }),
      gdpr: createGdprService(deps),
      support,
      auditLog: createAuditLogService(deps),
      me,
      secureCookies,
      config,
    }),
  );
  const reminders = createRemindersService(deps, {
    documents,
    organizations,
    layouts,
    mailer: email.sending,
  });
  mountRoutes(
    app,
    reminderRoutes,
    reminderHandlers({
      reminders,
      settings: createReminderSettingsService(deps, { emailAvailable: true }),
    }),
  );
  await mountPeppolWebhook(app, createPeppolWebhookService(deps, { peppol, inbox }));
  const subscriptions = createSubscriptionsService(deps, {
    documents,
    senders: {
      email: async (trx, { organizationId, invoiceId, tags }) => {
        await email.sending.sendDocumentEmail(trx, {
          organizationId,
          documentId: invoiceId,
          kind: 'invoice',
          tags,
          userId: null,
        });
      },
      peppol: async (actor, invoiceId) => {
        await peppol.send(actor, 'invoice', invoiceId, 'en');
      },
    },
  });
  mountRoutes(app, subscriptionRoutes, subscriptionHandlers({ subscriptions }));
  // "Run now" for operators (`npm run jobs`): the same runs as the schedule, on the same keys.
  app.decorate('runNow', {
    reminders: async (organizationId?: string) =>
      organizationId
        ? { created: await reminders.runOrganization(organizationId), failed: 0 }
        : { created: await reminders.runDue(deps.clock.now()), failed: 0 },
    subscriptions: (organizationId?: string) =>
      organizationId
        ? subscriptions.runOrganization(organizationId)
        : subscriptions.runDue(deps.clock.now()),
  });

  // Every module has declared its queues: create them, then run them here unless a separate
  // worker process does (`FACTO_WORKER=off` with `npm run worker`).
  app.decorate('startJobs', () => {
    jobsStarted ??= (async () => {
      if (closing) return;
      await deps.jobs.start();
      if (config.worker === 'inline' && !closing) await deps.jobs.startWorkers();
    })();
    return jobsStarted;
  });
  if (!options.deferJobs || !(await deps.jobs.isSetUp())) await app.startJobs();

  if (config.webRoot) await registerWebApp(app, config.webRoot);
  else installNotFound(app);
  return app;
}
