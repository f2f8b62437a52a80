import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
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
  authRoutes,
  createAuthService,
  createPasswordResetService,
  passwordResetRoutes,
} from './modules/auth/index.js';
import { createCustomersService, customerHandlers } from './modules/customers/index.js';
import {
  createDocumentsService,
  createJournalsService,
  createLayoutService,
  createPdfService,
  documentRoutes,
  journalRoutes,
  layoutRoutes,
  pdfRoutes,
} from './modules/documents/index.js';
import {
  createAccountantExportService,
  createInboxService,
  createPeppolService,
  createPurchasesService,
  einvoicingRoutes,
  purchaseRoutes,
  webhookRoutes,
} from './modules/einvoicing/index.js';
import { createDashboardService, dashboardRoutes } from './modules/dashboard/index.js';
import { createEmailServices, emailRoutes } from './modules/email/index.js';
import { healthRoutes } from './modules/health/index.js';
import { jobRoutes } from './modules/jobs/index.js';
import { createNotificationsService, notificationRoutes } from './modules/notifications/index.js';
import { createMeService, meRoutes } from './modules/me/index.js';
import {
  createOrganizationSecurityService,
  createPasswordService,
  createSessionsService,
  createTwoFactorService,
  securityRoutes,
} from './modules/security/index.js';
import { createOrganizationsService, organizationRoutes } from './modules/organizations/index.js';
import {
  createInvoicePaymentsService,
  createPaymentAccountsService,
  paymentRoutes,
} from './modules/payments/index.js';
import { createProductsService, productRoutes } from './modules/products/index.js';
import {
  createReminderSettingsService,
  createRemindersService,
  reminderHandlers,
  reminderRunNowRoute,
} from './modules/reminders/index.js';
import {
  createLinksService,
  createPublicDocumentsService,
  linkRoutes,
  publicDocumentRoutes,
  useLinksService,
} from './modules/links/index.js';
import {
  createSubscriptionsService,
  subscriptionHandlers,
  subscriptionRunNowRoute,
} from './modules/subscriptions/index.js';
import {
  createAuditLogService,
  createGdprService,
  createSupportService,
  createTeamService,
  invitationMailer,
  teamRoutes,
} from './modules/team/index.js';
import { customerRoutes } from '../contract/index.js';
import { reminderRoutes, subscriptionRoutes } from '../contract/index.js';
import { authPlugin } from './platform/auth/auth-plugin.js';
import { mountRoutes } from './platform/mount-routes.js';
import { TtlCache } from './platform/ttl-cache.js';
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
}

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
    await deps.jobs.stop();
  });

  installJsonParser(app);
  installErrorHandler(app);
  installSecurityHeaders(app, { https: config.publicUrl?.startsWith('https:') ?? false });
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
  authRoutes(app, { auth, me, secureCookies });
  passwordResetRoutes(app, {
    passwordReset: createPasswordResetService(deps, createPlatformMailer(deps)),
  });
  meRoutes(app, { me, auth });
  securityRoutes(app, {
    password: createPasswordService(deps),
    twoFactor,
    sessions: createSessionsService(deps),
    organizationSecurity: createOrganizationSecurityService(deps),
    secureCookies,
  });
  organizationRoutes(app, { organizations });
  const support = createSupportService(deps, me);
  await support.syncConfigured();
  mountRoutes(app, customerRoutes, customerHandlers({ customers: createCustomersService(deps) }));
  productRoutes(app, { products: createProductsService(deps) });
  journalRoutes(app, { journals: createJournalsService(deps) });
  const documents = createDocumentsService(deps);
  documentRoutes(app, { documents });
  const layouts = createLayoutService(deps);
  const links = createLinksService(deps);
  useLinksService(links);
  const pdf = createPdfService(deps, {
    documents,
    organizations,
    layouts,
    signatureOf: links.signatureOf,
  });
  linkRoutes(app, { links });
  await publicDocumentRoutes(app, {
    documents: createPublicDocumentsService(deps, { documents, organizations, layouts, pdf }),
    secureCookies,
  });
  pdfRoutes(app, { pdf });
  layoutRoutes(app, { layouts, pdf });

  dashboardRoutes(app, { dashboard: createDashboardService(deps) });
  notificationRoutes(app, { notifications: createNotificationsService(deps) });
  jobRoutes(app, { jobs: deps.jobs });
  const peppol = createPeppolService(deps, { documents, organizations, pdf });
  const inbox = createInboxService(deps, { organizations, peppol });
  einvoicingRoutes(app, {
    peppol,
    inbox,
    exports: createAccountantExportService(deps, { peppol, pdf }),
  });
  purchaseRoutes(app, { purchases: createPurchasesService(deps) });
  const email = createEmailServices(deps, {
    documents,
    organizations,
    layouts,
    pdf,
    peppol,
    links,
  });
  emailRoutes(app, email);
  paymentRoutes(app, {
    accounts: createPaymentAccountsService(deps),
    payments: createInvoicePaymentsService(deps, documents, {
      paymentMailer: email.sending.sendPaymentEmail,
    }),
  });
  app.addHook('onClose', async () => email.sending.close());
  teamRoutes(app, {
    team: createTeamService(deps, {
      mailer: invitationMailer(email.sending.sendInvitationEmail),
    }),
    gdpr: createGdprService(deps),
    support,
    auditLog: createAuditLogService(deps),
    me,
    secureCookies,
    config,
  });
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
  reminderRunNowRoute(app, { reminders });
  await webhookRoutes(app, { db, secrets: deps.secrets, peppol, inbox });
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
  subscriptionRunNowRoute(app, { subscriptions });
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
  await deps.jobs.start();
  if (config.worker === 'inline') await deps.jobs.startWorkers();

  if (config.webRoot) await registerWebApp(app, config.webRoot);
  else installNotFound(app);
  return app;
}
