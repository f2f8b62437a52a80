import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import {
  RECOMMAND_DELIVERY_ID_HEADER,
  RECOMMAND_SIGNATURE_HEADER,
  signRecommandWebhook,
} from '../../../src/server/modules/einvoicing/access-point/recommand-webhook.js';
import {
  acceptsBis3,
  PEPPOL_BILLING_PROCESS_ID,
  PEPPOL_DOCTYPE_ID,
  readUblEnvelope,
} from '../../../src/server/modules/einvoicing/access-point/ubl-envelope.js';

/**
 * A local stand-in for the Recommand Peppol API (v1): the same paths, Basic authentication,
 * JSON bodies and status codes as the real service (see recommand-access-point.ts for the
 * sources), with documents kept in memory. Tests program it to misbehave (faults) and to
 * receive documents; it can also serve a local demo. It listens on 127.0.0.1 only.
 */

export interface RecommandFakeServerOptions {
  apiKey?: string;
  apiSecret?: string;
  teamId?: string;
  /** A playground team answers GET /playgrounds/current; a production team answers 404. */
  playground?: boolean;
  /** The secret of webhooks registered through the API (Recommand signs only when set). */
  webhookSecret?: string;
  /** Sent documents become `delivered` after this delay; unset, they stay `pending`. */
  deliverAfterMs?: number;
  port?: number;
  now?: () => Date;
}

export interface FakeCompany {
  id: string;
  teamId: string;
  name: string;
  address: string;
  postalCode: string;
  city: string;
  country: string;
  enterpriseNumberScheme: string | null;
  enterpriseNumber: string;
  vatNumber: string;
  email: string | null;
  phone: string | null;
  isSmpRecipient: boolean;
  isVerified: boolean;
  createdAt: string;
  updatedAt: string;
}

export type FakeDeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface FakeDelivery {
  id: string;
  channel: 'peppol';
  address: string;
  status: FakeDeliveryStatus;
  statusChangedAt: string;
  failure: { category: string; message: string | null; providerCode: string | null } | null;
}

export interface FakeDocument {
  id: string;
  teamId: string;
  companyId: string;
  direction: 'incoming' | 'outgoing';
  senderId: string;
  receiverId: string | null;
  docTypeId: string;
  processId: string;
  countryC1: string;
  type: 'invoice' | 'creditNote' | 'unknown';
  readAt: string | null;
  createdAt: string;
  updatedAt: string;
  xml: string | null;
  parsed: { invoiceNumber?: string; creditNoteNumber?: string } | null;
  validation: null;
  sentOverPeppol: boolean;
  sentOverEmail: boolean;
  emailRecipients: string[];
  labels: never[];
  peppolMessageId: string | null;
  peppolConversationId: string | null;
  receivedPeppolSignalMessage: string | null;
  envelopeId: string | null;
  deliveryStatus: FakeDeliveryStatus | null;
  deliveries: FakeDelivery[];
}

export interface FakeParticipant {
  name?: string;
  /** Defaults to both BIS 3 invoice and credit note. */
  docTypeIds?: string[];
}

export interface FakeWebhook {
  id: string;
  url: string;
  companyId: string | null;
  secret: string | null;
}

export interface FakeRequestRecord {
  method: string;
  /** Below `/api/v1`. */
  path: string;
  query: Record<string, string>;
  /** As received, so tests can check what the client sent. */
  authorization: string | undefined;
  body: unknown;
}

export interface FakeWebhookDelivery {
  deliveryId: string;
  url: string;
  body: string;
  status?: number;
  error?: string;
}

export type FakeFault =
  /** Answer with this status (and body, default a Recommand failure body). */
  | { kind: 'status'; status: number; body?: unknown }
  /** Never answer (until the server closes). */
  | { kind: 'hang' }
  /** Answer 200 with a body that is not JSON. */
  | { kind: 'malformed' }
  /** Do the work, then cut the connection: the client never learns the outcome. */
  | { kind: 'dropResponse' };

export interface FaultMatch {
  method?: 'GET' | 'POST';
  /** Path below `/api/v1`: exact string or pattern. */
  path?: string | RegExp;
}

interface PendingFault {
  fault: FakeFault;
  match: FaultMatch | undefined;
  remaining: number;
}

interface Reply {
  status: number;
  body: unknown;
}

function failure(status: number, ...messages: string[]): Reply {
  return { status, body: { success: false, errors: { root: messages } } };
}

function ok(fields: Record<string, unknown> = {}): Reply {
  return { status: 200, body: { success: true, ...fields } };
}

function clean(value: string | null | undefined): string {
  return (value ?? '').replace(/[^0-9a-z]/gi, '').toUpperCase();
}

function omit<T extends object, K extends keyof T>(value: T, ...keys: K[]): Omit<T, K> {
  return Object.fromEntries(
    Object.entries(value).filter(([key]) => !(keys as PropertyKey[]).includes(key)),
  ) as Omit<T, K>;
}

function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}

const sendBodySchema = z.object({
  recipient: z.string().nullable(),
  documentType: z.string(),
  document: z.unknown(),
  doctypeId: z.string().optional(),
  processId: z.string().optional(),
});

const verifyBodySchema = z.object({
  peppolAddress: z.string(),
  includeEndpointDetails: z.boolean().optional(),
  includeBusinessCard: z.boolean().optional(),
});

const createCompanyBodySchema = z.object({
  name: z.string(),
  address: z.string(),
  postalCode: z.string(),
  city: z.string(),
  country: z.string().regex(/^[A-Z]{2}$/),
  enterpriseNumberScheme: z
    .string()
    .regex(/^\d{4}$/)
    .nullish(),
  enterpriseNumber: z.string().nullish(),
  vatNumber: z.string().nullish(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
  isSmpRecipient: z.boolean().default(true),
});

const markAsReadBodySchema = z.object({ read: z.boolean().default(true) }).optional();

const createWebhookBodySchema = z.object({
  url: z.url(),
  companyId: z.string().nullish(),
});

const listQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(200).default(10),
  companyId: z.string().optional(),
  direction: z.enum(['incoming', 'outgoing']).optional(),
  search: z.string().optional(),
  type: z.string().optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  isUnread: z.enum(['true', 'false']).optional(),
});

export class RecommandFakeServer {
  readonly requests: FakeRequestRecord[] = [];
  readonly webhookDeliveries: FakeWebhookDelivery[] = [];
  readonly companies = new Map<string, FakeCompany>();
  readonly documents = new Map<string, FakeDocument>();
  readonly webhooks: FakeWebhook[] = [];

  private readonly participants = new Map<string, FakeParticipant>();
  private readonly faults: PendingFault[] = [];
  private readonly hung = new Set<ServerResponse>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlightWebhooks = new Set<Promise<void>>();
  private readonly expectedAuthorization: string;
  private readonly teamId: string;
  private readonly now: () => Date;
  private sequence = 0;
  private webhookCopies = 1;
  private port = 0;

  private constructor(
    private readonly server: Server,
    private readonly options: RecommandFakeServerOptions,
  ) {
    const key = options.apiKey ?? 'key_fake';
    const secret = options.apiSecret ?? 'secret_fake';
    this.expectedAuthorization = `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;
    this.teamId = options.teamId ?? 'team_fake';
    this.now = options.now ?? (() => new Date());
  }

  static async start(options: RecommandFakeServerOptions = {}): Promise<RecommandFakeServer> {
    const server = createServer();
    const fake = new RecommandFakeServer(server, options);
    server.on('request', (req, res) => {
      void fake.handle(req, res);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    fake.port = (server.address() as AddressInfo).port;
    return fake;
  }

  /** The origin to configure as `baseUrl` (the client adds `/api/v1`). */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const res of this.hung) res.destroy();
    this.hung.clear();
    await this.flushWebhooks();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // --- Programming -------------------------------------------------------------------------

  /** The next `times` requests that match (all, by default) get `fault` instead of an answer. */
  inject(fault: FakeFault, options: { times?: number; match?: FaultMatch } = {}): this {
    this.faults.push({ fault, match: options.match, remaining: options.times ?? 1 });
    return this;
  }

  failNext(times = 1, status = 503, match?: FaultMatch): this {
    return this.inject({ kind: 'status', status }, { times, match });
  }

  hangNext(times = 1, match?: FaultMatch): this {
    return this.inject({ kind: 'hang' }, { times, match });
  }

  malformedNext(times = 1, match?: FaultMatch): this {
    return this.inject({ kind: 'malformed' }, { times, match });
  }

  dropResponseNext(times = 1, match?: FaultMatch): this {
    return this.inject({ kind: 'dropResponse' }, { times, match });
  }

  /** A 4xx with Recommand's validation body, e.g. `{ root: [...], 'cbc:ID': [...] }`. */
  rejectNext(
    errors: Record<string, string[]>,
    options: { status?: number; match?: FaultMatch } = {},
  ): this {
    return this.inject(
      { kind: 'status', status: options.status ?? 400, body: { success: false, errors } },
      { match: options.match },
    );
  }

  /** Every webhook event is delivered this many times, with the same delivery id. */
  duplicateWebhooks(copies: number): this {
    this.webhookCopies = Math.max(1, Math.trunc(copies));
    return this;
  }

  addCompany(
    fields: Partial<FakeCompany> & { name: string; enterpriseNumber: string },
  ): FakeCompany {
    const at = this.now().toISOString();
    const company: FakeCompany = {
      id: fields.id ?? this.nextId('c'),
      teamId: this.teamId,
      address: 'Rue de la Loi 1',
      postalCode: '1000',
      city: 'Bruxelles',
      country: 'BE',
      enterpriseNumberScheme: '0208',
      vatNumber: `BE${fields.enterpriseNumber}`,
      email: null,
      phone: null,
      isSmpRecipient: true,
      isVerified: true,
      createdAt: at,
      updatedAt: at,
      ...fields,
    };
    this.companies.set(company.id, company);
    return company;
  }

  /** Ends the identity check of a company created through the API (and sends the webhook). */
  verifyCompany(
    companyId: string,
    outcome: 'verified' | 'rejected' = 'verified',
    errorMessage?: string,
  ): void {
    const company = this.companies.get(companyId);
    if (!company) throw new Error(`No fake company ${companyId}`);
    company.isVerified = outcome === 'verified';
    company.updatedAt = this.now().toISOString();
    this.emitWebhook({
      eventType: 'company.verification',
      companyId,
      status: outcome,
      ...(errorMessage ? { errorMessage } : {}),
    });
  }

  /** A participant registered in the (simulated) Peppol network, e.g. `0208:0123456789`. */
  addParticipant(address: string, participant: FakeParticipant = {}): void {
    this.participants.set(normalizeAddress(address), participant);
  }

  addWebhook(url: string, options: { companyId?: string; secret?: string } = {}): FakeWebhook {
    const webhook: FakeWebhook = {
      id: this.nextId('wh'),
      url,
      companyId: options.companyId ?? null,
      secret: options.secret ?? this.options.webhookSecret ?? null,
    };
    this.webhooks.push(webhook);
    return webhook;
  }

  sentDocuments(): FakeDocument[] {
    return [...this.documents.values()].filter((document) => document.direction === 'outgoing');
  }

  /** A document arrives from the network for one of our companies (default: the first). */
  receive(input: {
    from: string;
    xml: string;
    companyId?: string;
    receivedAt?: Date;
  }): FakeDocument {
    const company = input.companyId
      ? this.companies.get(input.companyId)
      : this.companies.values().next().value;
    if (!company) throw new Error('The fake has no company to receive for');
    const envelope = readUblEnvelope(input.xml);
    const at = (input.receivedAt ?? this.now()).toISOString();
    const document: FakeDocument = {
      ...this.blankDocument(company, at),
      direction: 'incoming',
      senderId: input.from,
      receiverId: this.addressOf(company),
      docTypeId: envelope ? PEPPOL_DOCTYPE_ID[envelope.documentType] : 'unknown',
      type: envelope?.documentType ?? 'unknown',
      xml: input.xml,
      parsed: envelope ? this.numbers(envelope.documentType, envelope.number) : null,
      sentOverPeppol: true,
      peppolMessageId: randomUUID(),
      envelopeId: randomUUID(),
    };
    this.documents.set(document.id, document);
    this.emitWebhook({
      eventType: 'document.received',
      documentId: document.id,
      companyId: company.id,
    });
    return document;
  }

  /** The receiving access point confirms (or refuses) a sent document. */
  setDeliveryStatus(
    documentId: string,
    status: Exclude<FakeDeliveryStatus, 'pending'>,
    failureMessage?: string,
  ): void {
    const document = this.documents.get(documentId);
    const delivery = document?.deliveries[0];
    if (!document || !delivery) throw new Error(`No fake sent document ${documentId}`);
    const previousStatus = delivery.status;
    const at = this.now().toISOString();
    delivery.status = status;
    delivery.statusChangedAt = at;
    delivery.failure =
      status === 'failed'
        ? { category: 'recipient_rejected', message: failureMessage ?? null, providerCode: null }
        : null;
    document.deliveryStatus = status;
    document.updatedAt = at;
    if (status === 'delivered') document.receivedPeppolSignalMessage = '<eb:Receipt/>';
    this.emitWebhook({
      eventType: 'document.delivery_status_changed',
      documentId,
      companyId: document.companyId,
      deliveryId: delivery.id,
      channel: delivery.channel,
      address: delivery.address,
      status,
      previousStatus,
      failure: delivery.failure,
    });
  }

  /** What Recommand would POST for this event: headers (signed when a secret is given) and body. */
  webhookRequest(
    payload: Record<string, unknown>,
    options: { secret?: string | null; deliveryId?: string } = {},
  ): { headers: Record<string, string>; body: string } {
    const body = JSON.stringify({ teamId: this.teamId, ...payload });
    const secret = options.secret === undefined ? this.options.webhookSecret : options.secret;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      [RECOMMAND_DELIVERY_ID_HEADER]: options.deliveryId ?? this.nextId('rad'),
    };
    if (secret) headers[RECOMMAND_SIGNATURE_HEADER] = signRecommandWebhook(secret, body);
    return { headers, body };
  }

  /** Waits for the webhook POSTs started so far. */
  async flushWebhooks(): Promise<void> {
    while (this.inFlightWebhooks.size > 0) await Promise.all([...this.inFlightWebhooks]);
  }

  // --- HTTP --------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const raw = await new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', () => resolve(''));
    });
    let body: unknown;
    let badJson = false;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        badJson = true;
      }
    }
    const path = url.pathname.startsWith('/api/v1/')
      ? url.pathname.slice('/api/v1'.length)
      : url.pathname;
    this.requests.push({
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization,
      body,
    });

    const fault = this.takeFault(method, path);
    if (fault?.kind === 'hang') {
      this.hung.add(res);
      res.on('close', () => this.hung.delete(res));
      return;
    }
    if (fault?.kind === 'status') {
      this.write(res, {
        status: fault.status,
        body: fault.body ?? failure(fault.status, 'Injected failure').body,
      });
      return;
    }
    if (fault?.kind === 'malformed') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"success": true, "documents": [');
      return;
    }

    const reply = badJson ? failure(400, 'Invalid JSON') : this.route(method, url, path, req, body);
    if (fault?.kind === 'dropResponse') {
      res.socket?.destroy();
      return;
    }
    this.write(res, reply);
  }

  private write(res: ServerResponse, reply: Reply): void {
    res.writeHead(reply.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply.body));
  }

  private takeFault(method: string, path: string): FakeFault | undefined {
    const index = this.faults.findIndex(({ match }) => {
      if (!match) return true;
      if (match.method && match.method !== method) return false;
      if (match.path === undefined) return true;
      return typeof match.path === 'string' ? match.path === path : match.path.test(path);
    });
    const pending = this.faults[index];
    if (!pending) return undefined;
    pending.remaining -= 1;
    if (pending.remaining <= 0) this.faults.splice(index, 1);
    return pending.fault;
  }

  private route(
    method: string,
    url: URL,
    path: string,
    req: IncomingMessage,
    body: unknown,
  ): Reply {
    if (!url.pathname.startsWith('/api/v1/')) return failure(404, 'Not found');
    if (req.headers.authorization !== this.expectedAuthorization)
      return failure(401, 'Unauthorized');
    const query = Object.fromEntries(url.searchParams);

    let match: RegExpExecArray | null;
    if (method === 'GET' && path === '/playgrounds/current') return this.playground();
    if (method === 'POST' && path === '/verify') return this.verify(body);
    if (method === 'GET' && path === '/documents') return this.listDocuments(query);
    if (method === 'GET' && path === '/inbox') return this.inbox(query);
    if (method === 'GET' && path === '/companies') return this.listCompanies(query);
    if (method === 'POST' && path === '/companies') return this.createCompany(body);
    if (method === 'POST' && path === '/webhooks') return this.createWebhook(body);
    if (method === 'POST' && (match = /^\/companies\/([^/]+)\/verify$/.exec(path))) {
      const company = this.companies.get(decodeURIComponent(match[1] ?? ''));
      if (!company) return failure(404, 'Company not found');
      const logId = this.nextId('cvl');
      return ok({ verificationUrl: this.verificationUrl(logId), verificationLogId: logId });
    }
    if (method === 'GET' && (match = /^\/companies\/([^/]+)$/.exec(path))) {
      return ok({ company: this.companies.get(decodeURIComponent(match[1] ?? '')) ?? null });
    }
    if (method === 'GET' && (match = /^\/documents\/([^/]+)$/.exec(path))) {
      const document = this.documents.get(decodeURIComponent(match[1] ?? ''));
      return document
        ? ok({ document: this.publicDocument(document) })
        : failure(404, 'Document not found');
    }
    if (method === 'POST' && (match = /^\/documents\/([^/]+)\/mark-as-read$/.exec(path))) {
      return this.markAsRead(decodeURIComponent(match[1] ?? ''), body);
    }
    if (method === 'POST' && (match = /^\/([^/]+)\/send$/.exec(path))) {
      return this.send(decodeURIComponent(match[1] ?? ''), body);
    }
    return failure(404, 'Not found');
  }

  private playground(): Reply {
    if (!this.options.playground) return failure(404, 'Playground not found for this team');
    const at = this.now().toISOString();
    return ok({
      playground: {
        id: this.teamId,
        name: 'Fake playground',
        teamDescription: 'Playground',
        isPlayground: true,
        useTestNetwork: false,
        createdAt: at,
        updatedAt: at,
      },
    });
  }

  private verify(body: unknown): Reply {
    const input = verifyBodySchema.safeParse(body);
    if (!input.success) return failure(400, 'Invalid request data');
    const participant = this.participants.get(normalizeAddress(input.data.peppolAddress));
    // Like Recommand: an unknown participant is a successful answer with isValid false.
    if (!participant) return ok({ isValid: false });
    const docTypeIds = participant.docTypeIds ?? Object.values(PEPPOL_DOCTYPE_ID);
    return ok({
      isValid: true,
      smpUrl: 'http://smp.fake.invalid',
      serviceMetadataReferences: [],
      smpHostnames: ['smp.fake.invalid'],
      supportedDocuments: docTypeIds.map((docTypeId) => ({
        name: docTypeId.split('##')[0] ?? docTypeId,
        docTypeId,
      })),
      ...(input.data.includeBusinessCard && participant.name
        ? { companyName: participant.name, countryCode: 'BE' }
        : {}),
    });
  }

  private send(companyId: string, body: unknown): Reply {
    const company = this.companies.get(companyId);
    if (!company) return failure(404, 'Company not found');
    const input = sendBodySchema.safeParse(body);
    if (!input.success) return failure(400, 'Invalid document data provided.');
    if (input.data.documentType !== 'xml' || typeof input.data.document !== 'string') {
      return failure(400, 'The fake Recommand server only accepts documentType "xml".');
    }
    const xml = input.data.document;
    const envelope = readUblEnvelope(xml);
    if (!envelope || !xml.includes('urn:fdc:peppol.eu:2017:poacc:billing:3.0')) {
      return {
        status: 400,
        body: {
          success: false,
          errors: {
            root: [
              'Document validation failed. Please ensure your document complies with all requirements (e.g. EN16931, PEPPOL BIS 3.0, etc.).',
            ],
            ...(envelope
              ? {
                  CustomizationID: [
                    'BR-01: [BR-01]-An Invoice shall have a Specification identifier (BT-24).',
                  ],
                }
              : {}),
          },
        },
      };
    }
    if (input.data.recipient === null)
      return failure(400, 'Either recipient or email.to must be provided.');
    const recipient = input.data.recipient.includes(':')
      ? input.data.recipient
      : `0208:${input.data.recipient.replace(/[^0-9]/g, '')}`;
    const docTypeId = input.data.doctypeId ?? PEPPOL_DOCTYPE_ID[envelope.documentType];
    const participant = this.participants.get(normalizeAddress(recipient));
    const supported = (participant?.docTypeIds ?? Object.values(PEPPOL_DOCTYPE_ID)).some(
      (id) => id === docTypeId || acceptsBis3(id, envelope.documentType),
    );
    if (!participant || !supported) {
      return failure(
        422,
        'Failed to send document over Peppol network. Recipient is not registered for this document type.',
      );
    }

    const at = this.now().toISOString();
    const document: FakeDocument = {
      ...this.blankDocument(company, at),
      direction: 'outgoing',
      senderId: this.addressOf(company),
      receiverId: recipient,
      docTypeId,
      processId: input.data.processId ?? PEPPOL_BILLING_PROCESS_ID,
      type: envelope.documentType,
      xml,
      parsed: this.numbers(envelope.documentType, envelope.number),
      sentOverPeppol: true,
      peppolMessageId: randomUUID(),
      peppolConversationId: randomUUID(),
      envelopeId: randomUUID(),
      deliveryStatus: 'pending',
      deliveries: [
        {
          id: this.nextId('dlv'),
          channel: 'peppol',
          address: recipient,
          status: 'pending',
          statusChangedAt: at,
          failure: null,
        },
      ],
    };
    this.documents.set(document.id, document);
    this.emitWebhook({
      eventType: 'document.sent',
      documentId: document.id,
      companyId,
      deliveryStatus: 'pending',
    });
    if (this.options.deliverAfterMs !== undefined) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        if (document.deliveryStatus === 'pending') this.setDeliveryStatus(document.id, 'delivered');
      }, this.options.deliverAfterMs);
      this.timers.add(timer);
    }
    return ok({
      sentOverPeppol: true,
      sentOverEmail: false,
      emailRecipients: [],
      teamId: this.teamId,
      companyId,
      id: document.id,
      peppolMessageId: document.peppolMessageId,
      envelopeId: document.envelopeId,
    });
  }

  private listDocuments(query: Record<string, string>): Reply {
    const input = listQuerySchema.safeParse(query);
    if (!input.success) return failure(400, 'Invalid query');
    const { page, limit, companyId, direction, search, type, from, to, isUnread } = input.data;
    const needle = search?.trim().toLowerCase();
    const matching = [...this.documents.values()]
      .filter((document) => !companyId || document.companyId === companyId)
      .filter((document) => !direction || document.direction === direction)
      .filter((document) => !type || document.type === type)
      .filter((document) => !from || Date.parse(document.createdAt) >= from.getTime())
      .filter((document) => !to || Date.parse(document.createdAt) < to.getTime())
      .filter(
        (document) =>
          isUnread === undefined || (document.readAt === null) === (isUnread === 'true'),
      )
      .filter((document) => !needle || this.searchText(document).includes(needle))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
    const documents = matching.slice((page - 1) * limit, page * limit).map((document) => {
      return omit(this.publicDocument(document), 'xml');
    });
    return ok({
      documents,
      pagination: {
        total: matching.length,
        page,
        limit,
        totalPages: Math.ceil(matching.length / limit),
      },
    });
  }

  private inbox(query: Record<string, string>): Reply {
    const documents = [...this.documents.values()]
      .filter((document) => document.direction === 'incoming' && document.readAt === null)
      .filter((document) => !query.companyId || document.companyId === query.companyId)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((document) => {
        return omit(this.publicDocument(document), 'xml', 'parsed');
      });
    return ok({ documents });
  }

  private markAsRead(documentId: string, body: unknown): Reply {
    const document = this.documents.get(documentId);
    if (!document) return failure(404, 'Document not found');
    const input = markAsReadBodySchema.safeParse(body);
    if (!input.success) return failure(400, 'Invalid request data');
    const read = input.data?.read ?? true;
    document.readAt = read ? (document.readAt ?? this.now().toISOString()) : null;
    return ok();
  }

  private listCompanies(query: Record<string, string>): Reply {
    const companies = [...this.companies.values()]
      .filter(
        (company) =>
          !query.enterpriseNumber ||
          clean(company.enterpriseNumber) === clean(query.enterpriseNumber),
      )
      .filter((company) => !query.vatNumber || clean(company.vatNumber) === clean(query.vatNumber));
    return ok({ companies });
  }

  private createCompany(body: unknown): Reply {
    const input = createCompanyBodySchema.safeParse(body);
    if (!input.success) {
      const errors: Record<string, string[]> = {};
      for (const issue of input.error.issues) {
        const field = issue.path.join('.') || 'root';
        errors[field] = [...(errors[field] ?? []), issue.message];
      }
      return { status: 400, body: { success: false, errors } };
    }
    const data = input.data;
    let enterpriseNumber = clean(data.enterpriseNumber);
    let scheme = data.enterpriseNumberScheme ?? null;
    // Like Recommand: a Belgian VAT number gives the enterprise number (scheme 0208).
    if (!enterpriseNumber && data.vatNumber && data.country === 'BE') {
      enterpriseNumber = clean(data.vatNumber).replace(/^BE/, '');
      scheme ??= '0208';
    }
    if (!enterpriseNumber) return failure(400, 'An enterprise number or a VAT number is required.');
    const taken = [...this.companies.values()].some(
      (company) => clean(company.enterpriseNumber) === enterpriseNumber,
    );
    if (taken) return failure(400, 'A company with this enterprise number already exists.');
    const company = this.addCompany({
      name: data.name,
      address: data.address,
      postalCode: data.postalCode,
      city: data.city,
      country: data.country,
      enterpriseNumberScheme: scheme,
      enterpriseNumber,
      vatNumber: clean(data.vatNumber),
      email: data.email ?? null,
      phone: data.phone ?? null,
      isSmpRecipient: data.isSmpRecipient,
      isVerified: false,
    });
    const logId = this.nextId('cvl');
    return ok({
      company,
      verificationUrl: this.verificationUrl(logId),
      verificationLogId: logId,
    });
  }

  private createWebhook(body: unknown): Reply {
    const input = createWebhookBodySchema.safeParse(body);
    if (!input.success) return failure(400, 'Invalid request data');
    const webhook = this.addWebhook(
      input.data.url,
      input.data.companyId ? { companyId: input.data.companyId } : {},
    );
    const at = this.now().toISOString();
    return ok({ webhook: { ...webhook, teamId: this.teamId, createdAt: at, updatedAt: null } });
  }

  // --- Helpers -----------------------------------------------------------------------------

  private emitWebhook(payload: Record<string, unknown>): void {
    const companyId = typeof payload.companyId === 'string' ? payload.companyId : null;
    for (const webhook of this.webhooks) {
      if (webhook.companyId && webhook.companyId !== companyId) continue;
      const { headers, body } = this.webhookRequest(payload, { secret: webhook.secret });
      const deliveryId = headers[RECOMMAND_DELIVERY_ID_HEADER] ?? '';
      for (let copy = 0; copy < this.webhookCopies; copy++) {
        const record: FakeWebhookDelivery = { deliveryId, url: webhook.url, body };
        this.webhookDeliveries.push(record);
        const attempt = fetch(webhook.url, {
          method: 'POST',
          headers,
          body,
          signal: AbortSignal.timeout(5_000),
        })
          .then(async (response) => {
            record.status = response.status;
            await response.arrayBuffer();
          })
          .catch((error: unknown) => {
            record.error = error instanceof Error ? error.message : String(error);
          })
          .finally(() => this.inFlightWebhooks.delete(attempt));
        this.inFlightWebhooks.add(attempt);
      }
    }
  }

  private nextId(prefix: string): string {
    this.sequence += 1;
    // Sortable like Recommand's ULIDs: creation order is id order.
    return `${prefix}_${String(this.sequence).padStart(8, '0')}${randomUUID().slice(0, 8)}`;
  }

  private verificationUrl(logId: string): string {
    return `${this.baseUrl}/company-verification/${logId}`;
  }

  private addressOf(company: FakeCompany): string {
    return `${company.enterpriseNumberScheme ?? '0208'}:${company.enterpriseNumber}`;
  }

  private numbers(type: 'invoice' | 'creditNote', number: string): FakeDocument['parsed'] {
    return type === 'invoice' ? { invoiceNumber: number } : { creditNoteNumber: number };
  }

  private searchText(document: FakeDocument): string {
    return [
      document.id,
      document.senderId,
      document.receiverId,
      document.docTypeId,
      document.processId,
      document.countryC1,
      document.parsed?.invoiceNumber,
      document.parsed?.creditNoteNumber,
    ]
      .filter(Boolean)
      .join(' ')
      .toLowerCase();
  }

  private blankDocument(company: FakeCompany, at: string): FakeDocument {
    return {
      id: this.nextId('doc'),
      teamId: this.teamId,
      companyId: company.id,
      direction: 'outgoing',
      senderId: '',
      receiverId: null,
      docTypeId: '',
      processId: PEPPOL_BILLING_PROCESS_ID,
      countryC1: company.country,
      type: 'unknown',
      readAt: null,
      createdAt: at,
      updatedAt: at,
      xml: null,
      parsed: null,
      validation: null,
      sentOverPeppol: false,
      sentOverEmail: false,
      emailRecipients: [],
      labels: [],
      peppolMessageId: null,
      peppolConversationId: null,
      receivedPeppolSignalMessage: null,
      envelopeId: null,
      deliveryStatus: null,
      deliveries: [],
    };
  }

  /** A copy, so a client never holds the fake's own objects. */
  private publicDocument(document: FakeDocument): FakeDocument {
    return structuredClone(document);
  }
}
