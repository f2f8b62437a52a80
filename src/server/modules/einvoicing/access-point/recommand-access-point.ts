import { z } from 'zod';
import {
  AccessPointError,
  formatParticipantId,
  parseParticipantId,
  sameParticipant,
  type AccessPoint,
  type ListReceivedParams,
  type ParticipantId,
  type ReceivedDocument,
  type ReceivedPage,
  type RegistrationDetails,
  type RegistrationResult,
  type RegistrationState,
  type SendRequest,
  type SendResult,
  type TransmissionState,
} from './access-point.js';
import {
  recommandConfigSchema,
  type RecommandConfig,
  type RecommandConfigInput,
} from './recommand-config.js';
import { createRecommandHttp, type RecommandHttp } from './recommand-http.js';
import {
  createCompanyResponseSchema,
  getDocumentResponseSchema,
  inboxResponseSchema,
  listCompaniesResponseSchema,
  listDocumentsResponseSchema,
  okResponseSchema,
  playgroundResponseSchema,
  sendDocumentResponseSchema,
  verifyCompanyResponseSchema,
  verifyRecipientResponseSchema,
  type RecommandCompany,
  type RecommandDocument,
  type RecommandDocumentState,
  type RecommandDocumentSummary,
} from './recommand-schemas.js';
import { parseRecommandWebhook } from './recommand-webhook.js';
import {
  acceptsBis3,
  PEPPOL_BILLING_PROCESS_ID,
  PEPPOL_DOCTYPE_ID,
  readUblEnvelope,
  type UblEnvelope,
} from './ubl-envelope.js';

export interface RecommandAccessPoint extends AccessPoint {
  /**
   * Checks the credentials and that the key's team matches `environment` (a playground team
   * for `test`). `send` runs it once per instance; a settings page can call it as a connection
   * test.
   */
  verifyEnvironment(): Promise<void>;
}

export interface RecommandAccessPointOptions {
  /** For tests and proxies; defaults to the global (undici) fetch. */
  fetch?: typeof fetch;
}

const LOOKUP_PAGE_SIZE = 100;
/** A document number is specific; more pages than this means the search is not narrowing. */
const LOOKUP_MAX_PAGES = 20;
const RECEIVED_DEFAULT_PAGE = 20;
const RECEIVED_MAX_PAGE = 100;

const cursorSchema = z.object({ t: z.number(), i: z.string() });
type Cursor = z.infer<typeof cursorSchema>;

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

function decodeCursor(text: string): Cursor {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
  } catch {
    throw new AccessPointError('rejected', 'Invalid cursor for the received documents');
  }
}

/** Enterprise and VAT numbers as Recommand stores them: letters and digits only, upper case. */
function normalizeNumber(value: string | null | undefined): string {
  return (value ?? '').replace(/[^0-9a-z]/gi, '').toUpperCase();
}

/** Belgian (and other) VAT numbers are participant ids under scheme 9925. */
const VAT_SCHEME = '9925';

function isCompanyOf(company: RecommandCompany, id: ParticipantId): boolean {
  if (id.scheme === VAT_SCHEME)
    return normalizeNumber(company.vatNumber) === normalizeNumber(id.value);
  return (
    normalizeNumber(company.enterpriseNumber) === normalizeNumber(id.value) &&
    (!company.enterpriseNumberScheme || company.enterpriseNumberScheme === id.scheme)
  );
}

function registrationOf(company: RecommandCompany): RegistrationState {
  if (!company.isSmpRecipient) return { status: 'unregistered', providerCompanyId: company.id };
  return {
    status: company.isVerified ? 'registered' : 'pending',
    providerCompanyId: company.id,
  };
}

function numberOf(document: RecommandDocumentSummary): string | undefined {
  return document.parsed?.invoiceNumber ?? document.parsed?.creditNoteNumber ?? undefined;
}

/**
 * A sent document's state. Recommand's delivery model (per-channel `deliveries` and a summary
 * `deliveryStatus`) is read when present; an older API reports only whether the AS4 exchange
 * succeeded, and a stored AS4 signal message is the receiving access point's receipt.
 */
export function transmissionStateOf(document: RecommandDocumentState): TransmissionState {
  const peppol = document.deliveries?.find((delivery) => delivery.channel === 'peppol');
  const status = peppol?.status ?? document.deliveryStatus ?? undefined;
  switch (status) {
    case 'delivered':
      return {
        status: 'delivered',
        deliveredAt: peppol?.statusChangedAt ?? document.updatedAt ?? document.createdAt,
      };
    case 'failed':
      return {
        status: 'failed',
        error: peppol?.failure?.message ?? peppol?.failure?.category ?? 'Delivery failed',
      };
    case 'pending':
      return { status: 'sent' };
    default:
      if (document.sentOverPeppol === false) {
        return { status: 'failed', error: 'Not sent over Peppol' };
      }
      if (document.receivedPeppolSignalMessage) {
        return { status: 'delivered', deliveredAt: document.createdAt };
      }
      return { status: 'sent' };
  }
}

export function createRecommandAccessPoint(
  input: RecommandConfigInput,
  options: RecommandAccessPointOptions = {},
): RecommandAccessPoint {
  const parsedConfig = recommandConfigSchema.safeParse(input);
  if (!parsedConfig.success) {
    // Paths only: the values may be credentials.
    const fields = parsedConfig.error.issues.map((issue) => issue.path.join('.')).join(', ');
    throw new AccessPointError('rejected', `Invalid Recommand configuration (${fields})`);
  }
  const config: RecommandConfig = parsedConfig.data;
  const http: RecommandHttp = createRecommandHttp(config, options.fetch);
  const companyIds = new Map<string, string>();
  let environmentChecked: Promise<void> | undefined;

  async function checkEnvironment(): Promise<void> {
    const current = await http.callOrMissing(
      { method: 'GET', path: '/playgrounds/current' },
      playgroundResponseSchema,
      [404],
    );
    const isPlayground = current?.playground.isPlayground === true;
    if (isPlayground !== (config.environment === 'test')) {
      throw new AccessPointError(
        'rejected',
        isPlayground
          ? 'The Recommand key belongs to a playground team, but the environment is production'
          : 'The Recommand key belongs to a production team, but the environment is test',
      );
    }
  }

  function verifyEnvironment(): Promise<void> {
    // Once per instance; a failure (even transient) is checked again on the next call.
    environmentChecked ??= checkEnvironment().catch((error: unknown) => {
      environmentChecked = undefined;
      throw error;
    });
    return environmentChecked;
  }

  async function findCompany(id: ParticipantId): Promise<RecommandCompany | undefined> {
    const query =
      id.scheme === VAT_SCHEME ? { vatNumber: id.value } : { enterpriseNumber: id.value };
    const { companies } = await http.call(
      { method: 'GET', path: '/companies', query },
      listCompaniesResponseSchema,
    );
    return companies.find((company) => isCompanyOf(company, id));
  }

  async function companyIdFor(sender: ParticipantId): Promise<string> {
    if (config.companyId) return config.companyId;
    const key = formatParticipantId(sender).toLowerCase();
    const known = companyIds.get(key);
    if (known) return known;
    const company = await findCompany(sender);
    if (!company) {
      throw new AccessPointError(
        'notFound',
        `No Recommand company for ${formatParticipantId(sender)}: register it first`,
      );
    }
    companyIds.set(key, company.id);
    return company.id;
  }

  /**
   * Recommand has no idempotency key. A finalised Facto document has one number that never
   * changes, and Recommand indexes the number (BT-1) of what it sent, so an earlier send of the
   * same document is found by (company, type, number, recipient) before sending again.
   */
  async function findSent(
    companyId: string,
    envelope: UblEnvelope,
    recipient: string,
  ): Promise<RecommandDocumentSummary | undefined> {
    for (let page = 1; page <= LOOKUP_MAX_PAGES; page++) {
      const { documents, pagination } = await http.call(
        {
          method: 'GET',
          path: '/documents',
          query: {
            companyId,
            direction: 'outgoing',
            type: envelope.documentType,
            search: envelope.number,
            page,
            limit: LOOKUP_PAGE_SIZE,
            excludeAttachments: true,
          },
        },
        listDocumentsResponseSchema,
      );
      const match = documents.find(
        (document) =>
          document.direction === 'outgoing' &&
          numberOf(document) === envelope.number &&
          document.receiverId !== null &&
          sameParticipant(document.receiverId, recipient),
      );
      if (match) return match;
      if (page >= pagination.totalPages || documents.length === 0) return undefined;
    }
    throw new AccessPointError(
      'protocol',
      `Recommand search for document ${envelope.number} did not narrow down; not sending blind`,
    );
  }

  async function getDocument(id: string): Promise<RecommandDocument | undefined> {
    const found = await http.callOrMissing(
      { method: 'GET', path: `/documents/${encodeURIComponent(id)}` },
      getDocumentResponseSchema,
      [404],
    );
    return found?.document;
  }

  return {
    verifyEnvironment,

    async lookupParticipant(id) {
      const result = await http.call(
        {
          method: 'POST',
          path: '/verify',
          body: { peppolAddress: formatParticipantId(id), includeBusinessCard: true },
        },
        verifyRecipientResponseSchema,
      );
      const documents = result.isValid ? (result.supportedDocuments ?? []) : [];
      return {
        registered: result.isValid,
        supportsInvoice: documents.some((document) => acceptsBis3(document.docTypeId, 'invoice')),
        supportsCreditNote: documents.some((document) =>
          acceptsBis3(document.docTypeId, 'creditNote'),
        ),
        ...(result.companyName ? { name: result.companyName } : {}),
      };
    },

    async send(request: SendRequest): Promise<SendResult> {
      if (!request.idempotencyKey.trim()) {
        throw new AccessPointError('rejected', 'A send needs an idempotency key');
      }
      const envelope = readUblEnvelope(request.ubl);
      if (!envelope) {
        throw new AccessPointError(
          'rejected',
          'The document is not a UBL Invoice or CreditNote with an ID',
        );
      }
      if (envelope.documentType !== request.documentType) {
        throw new AccessPointError(
          'rejected',
          `The document is a UBL ${envelope.documentType}, not a ${request.documentType}`,
        );
      }
      await verifyEnvironment();
      const companyId = await companyIdFor(request.sender);
      const recipient = formatParticipantId(request.recipient);

      const earlier = await findSent(companyId, envelope, recipient);
      if (earlier) {
        return {
          transmissionId: earlier.id,
          status: transmissionStateOf(earlier).status,
          deduplicated: true,
        };
      }

      const sent = await http.call(
        {
          method: 'POST',
          path: `/${encodeURIComponent(companyId)}/send`,
          body: {
            recipient,
            documentType: 'xml',
            document: request.ubl,
            doctypeId: PEPPOL_DOCTYPE_ID[request.documentType],
            processId: PEPPOL_BILLING_PROCESS_ID,
          },
        },
        sendDocumentResponseSchema,
      );
      return {
        transmissionId: sent.id,
        // Without an email fallback Recommand answers 422 when Peppol fails; this is defensive.
        status: sent.sentOverPeppol ? 'sent' : 'failed',
        deduplicated: false,
      };
    },

    async getStatus(transmissionId) {
      const document = await getDocument(transmissionId);
      if (!document || document.direction !== 'outgoing') {
        throw new AccessPointError('notFound', `Recommand has no sent document ${transmissionId}`, {
          status: 404,
        });
      }
      return transmissionStateOf(document);
    },

    async listReceived(params: ListReceivedParams = {}): Promise<ReceivedPage> {
      const limit = Math.min(
        Math.max(Math.trunc(params.limit ?? RECEIVED_DEFAULT_PAGE), 1),
        RECEIVED_MAX_PAGE,
      );
      const after = params.cursor === undefined ? undefined : decodeCursor(params.cursor);
      const sinceMs = params.since?.getTime();

      // The inbox is Recommand's work queue: every unread incoming document, unpaginated.
      // Keyset paging over it by (received at, id) stays stable while documents are marked.
      const { documents } = await http.call(
        { method: 'GET', path: '/inbox', query: { companyId: config.companyId } },
        inboxResponseSchema,
      );
      const candidates = documents
        .filter((document) => document.direction === 'incoming')
        .map((document) => {
          const at = Date.parse(document.createdAt);
          if (!Number.isFinite(at)) {
            throw new AccessPointError(
              'protocol',
              `Recommand inbox document ${document.id} has no valid createdAt`,
            );
          }
          return { id: document.id, at };
        })
        .filter((entry) => sinceMs === undefined || entry.at >= sinceMs)
        .filter(
          (entry) => !after || entry.at > after.t || (entry.at === after.t && entry.id > after.i),
        )
        .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

      const page = candidates.slice(0, limit);
      const received: ReceivedDocument[] = [];
      for (const entry of page) {
        const document = await getDocument(entry.id);
        // Deleted at Recommand between the two calls: nothing to import.
        if (!document) continue;
        const sender = parseParticipantId(document.senderId);
        if (!sender || document.xml === null) {
          throw new AccessPointError(
            'protocol',
            `Recommand document ${entry.id} has no sender or no XML`,
          );
        }
        received.push({
          id: document.id,
          receivedAt: new Date(entry.at).toISOString(),
          sender,
          xml: document.xml,
        });
      }
      const last = page.at(-1);
      return {
        documents: received,
        ...(candidates.length > limit && last
          ? { nextCursor: encodeCursor({ t: last.at, i: last.id }) }
          : {}),
      };
    },

    async markReceived(id) {
      await http.call(
        {
          method: 'POST',
          path: `/documents/${encodeURIComponent(id)}/mark-as-read`,
          body: { read: true },
        },
        okResponseSchema,
      );
    },

    parseWebhook(headers, rawBody) {
      return parseRecommandWebhook(config.webhookSecret, headers, rawBody);
    },

    async registerParticipant(
      ourId: ParticipantId,
      companyName: string,
      details?: RegistrationDetails,
    ): Promise<RegistrationResult> {
      const existing = await findCompany(ourId);
      if (existing) {
        const state = registrationOf(existing);
        if (state.status === 'pending') {
          // The first link may be lost: a new verification session gives a fresh one.
          const { verificationUrl } = await http.call(
            { method: 'POST', path: `/companies/${encodeURIComponent(existing.id)}/verify` },
            verifyCompanyResponseSchema,
          );
          return { status: 'pending', providerCompanyId: existing.id, verificationUrl };
        }
        if (state.status !== 'unregistered') {
          return { status: state.status, providerCompanyId: existing.id };
        }
        return {
          status: 'failed',
          providerCompanyId: existing.id,
          error:
            'The company exists at Recommand but does not receive documents (isSmpRecipient is off)',
        };
      }

      const identifier =
        ourId.scheme === VAT_SCHEME
          ? { vatNumber: ourId.value }
          : {
              enterpriseNumberScheme: ourId.scheme,
              enterpriseNumber: ourId.value,
              ...(details?.vatNumber ? { vatNumber: details.vatNumber } : {}),
            };
      try {
        const created = await http.call(
          {
            method: 'POST',
            path: '/companies',
            body: {
              name: companyName,
              // Required by Recommand; Facto passes the company's address when it has one.
              address: details?.address ?? '',
              postalCode: details?.postalCode ?? '',
              city: details?.city ?? '',
              country: details?.country ?? 'BE',
              ...identifier,
              ...(details?.email ? { email: details.email } : {}),
              isSmpRecipient: true,
            },
          },
          createCompanyResponseSchema,
        );
        const state = registrationOf(created.company);
        return {
          status: state.status === 'registered' ? 'registered' : 'pending',
          providerCompanyId: created.company.id,
          ...(created.verificationUrl ? { verificationUrl: created.verificationUrl } : {}),
        };
      } catch (error) {
        // A refusal (identifier registered elsewhere, invalid number) is an outcome to show.
        if (error instanceof AccessPointError && error.kind === 'rejected') {
          return { status: 'failed', error: error.message };
        }
        throw error;
      }
    },

    async registrationStatus(ourId) {
      const company = await findCompany(ourId);
      return company ? registrationOf(company) : { status: 'unregistered' };
    },
  };
}
