/**
 * What Facto needs from a PEPPOL access point, independent of the provider: look a participant
 * up, send a UBL document once, follow its delivery, receive documents (polling or webhook) and
 * register our own organization as a receiver. Adapters (Recommand, …) implement it; services
 * depend on this interface only.
 */

/** A PEPPOL participant identifier, e.g. `{ scheme: '0208', value: '0123456789' }`. */
export interface ParticipantId {
  scheme: string;
  value: string;
}

export type PeppolDocumentType = 'invoice' | 'creditNote';

/**
 * `queued`: accepted by the access point, not yet handed to the network; `sent`: handed to the
 * receiver's access point, no confirmation yet; `delivered`: the receiving side confirmed it;
 * `failed`: it will not arrive (final).
 */
export type TransmissionStatus = 'queued' | 'sent' | 'delivered' | 'failed';

export interface ParticipantLookup {
  registered: boolean;
  supportsInvoice: boolean;
  supportsCreditNote: boolean;
  name?: string;
}

export interface SendRequest {
  /** The complete PEPPOL BIS 3 UBL document (XML). */
  ubl: string;
  sender: ParticipantId;
  recipient: ParticipantId;
  documentType: PeppolDocumentType;
  /** Our document id: a retried send with the same key never delivers the document twice. */
  idempotencyKey: string;
}

export interface SendResult {
  transmissionId: string;
  status: TransmissionStatus;
  /** True when the access point already had this document and nothing new was sent. */
  deduplicated: boolean;
}

export interface TransmissionState {
  status: TransmissionStatus;
  error?: string;
  /** ISO 8601 date-time. */
  deliveredAt?: string;
}

export interface ReceivedDocument {
  /** The access point's id, for `markReceived`. */
  id: string;
  /** ISO 8601 date-time. */
  receivedAt: string;
  sender: ParticipantId;
  xml: string;
}

export interface ListReceivedParams {
  /** Only documents received at or after this moment. */
  since?: Date;
  /** `nextCursor` of the previous page. */
  cursor?: string;
  /** Page size (default chosen by the adapter). */
  limit?: number;
}

export interface ReceivedPage {
  documents: ReceivedDocument[];
  /** Absent on the last page. */
  nextCursor?: string;
}

/**
 * A verified webhook. `id` is stable across redeliveries of the same event, so the caller
 * deduplicates on it (e.g. a unique key in the jobs table).
 */
export type WebhookEvent =
  | { id: string; kind: 'documentReceived'; documentId: string }
  | {
      id: string;
      kind: 'transmissionUpdated';
      transmissionId: string;
      /** Absent when the event does not say; call `getStatus`. */
      status?: TransmissionStatus;
      error?: string;
    }
  /** The provider finished checking our company (see `registerParticipant`). */
  | {
      id: string;
      kind: 'registrationUpdated';
      providerCompanyId: string;
      status: 'registered' | 'failed';
      error?: string;
    }
  /** Verified, but nothing Facto acts on (labels, reports, email deliveries, …). */
  | { id: string; kind: 'ignored'; providerType: string };

/** Header values as Node and Fastify give them (names in any case). */
export type WebhookHeaders = Record<string, string | string[] | undefined>;

export type RegistrationStatus = 'registered' | 'pending' | 'failed';

/** Postal data some providers require to register a company. */
export interface RegistrationDetails {
  address: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  vatNumber?: string;
  email?: string;
}

export interface RegistrationResult {
  status: RegistrationStatus;
  /** The provider's id for our company (to keep in the organization's settings). */
  providerCompanyId?: string;
  /** Where a person completes the provider's identity check, while `pending`. */
  verificationUrl?: string;
  error?: string;
}

export interface RegistrationState {
  status: RegistrationStatus | 'unregistered';
  providerCompanyId?: string;
}

export interface AccessPoint {
  lookupParticipant(id: ParticipantId): Promise<ParticipantLookup>;
  send(request: SendRequest): Promise<SendResult>;
  getStatus(transmissionId: string): Promise<TransmissionState>;
  listReceived(params?: ListReceivedParams): Promise<ReceivedPage>;
  markReceived(id: string): Promise<void>;
  /** Verifies and decodes a webhook; throws `AccessPointError` (`unauthorized`) when forged. */
  parseWebhook(headers: WebhookHeaders, rawBody: string | Buffer): WebhookEvent;
  registerParticipant(
    ourId: ParticipantId,
    companyName: string,
    details?: RegistrationDetails,
  ): Promise<RegistrationResult>;
  registrationStatus(ourId: ParticipantId): Promise<RegistrationState>;
}

export type AccessPointErrorKind =
  'unauthorized' | 'notFound' | 'rejected' | 'timeout' | 'unavailable' | 'protocol';

/** Transient by nature: the same call may succeed later. */
const RETRYABLE_KINDS: ReadonlySet<AccessPointErrorKind> = new Set(['timeout', 'unavailable']);

/**
 * The one error every adapter throws. Messages name the operation and the provider's reason,
 * never credentials or document contents, so they may be logged and shown to the user.
 */
export class AccessPointError extends Error {
  override readonly name = 'AccessPointError';
  readonly retryable: boolean;
  /** The provider's HTTP status, when there was one. */
  readonly status?: number;

  constructor(
    readonly kind: AccessPointErrorKind,
    message: string,
    options: { retryable?: boolean; status?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.retryable = options.retryable ?? RETRYABLE_KINDS.has(kind);
    if (options.status !== undefined) this.status = options.status;
  }
}

/** `0208:0123456789`, the form PEPPOL and most providers write an identifier in. */
export function formatParticipantId(id: ParticipantId): string {
  return `${id.scheme}:${id.value}`;
}

/** The inverse of `formatParticipantId`; the optional `iso6523-actorid-upis::` prefix is dropped. */
export function parseParticipantId(text: string): ParticipantId | undefined {
  const bare = text.trim().replace(/^iso6523-actorid-upis::/i, '');
  const match = /^([0-9A-Za-z]{4}):(.+)$/.exec(bare);
  if (!match?.[1] || !match[2]) return undefined;
  return { scheme: match[1], value: match[2] };
}

/** PEPPOL identifiers compare case-insensitively. */
export function sameParticipant(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
