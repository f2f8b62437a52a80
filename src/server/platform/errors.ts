import type { MessageKey } from '../../contract/index.js';

type Params = Record<string, string | number>;

/**
 * What went wrong, in domain terms. Services and repositories never name an HTTP status: the
 * error mapper (`error-handler.ts`) is the one place that turns a kind into one.
 */
export type ErrorKind =
  | 'badRequest'
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'invalidState'
  | 'unprocessable'
  | 'tooLarge'
  | 'tooManyRequests';

export interface ErrorDetails {
  /** Values for the message's placeholders. */
  params?: Params;
  /** Field path → message key, for forms. */
  fields?: Record<string, MessageKey>;
  /** Response headers the refusal carries (`Retry-After`). */
  headers?: Record<string, string>;
}

/** A domain error: a kind, a stable code, and a message key translated per request. */
export class DomainError extends Error {
  readonly params: Params;
  readonly fields?: Record<string, MessageKey>;
  readonly headers?: Record<string, string>;

  constructor(
    readonly kind: ErrorKind,
    readonly messageKey: MessageKey,
    details: ErrorDetails = {},
  ) {
    super(messageKey);
    this.params = details.params ?? {};
    this.fields = details.fields;
    this.headers = details.headers;
  }

  /** The public code: the key without its `error.` prefix (`invalidCredentials`). */
  get code(): string {
    return this.messageKey.replace(/^error\./, '');
  }
}

const factory =
  (kind: ErrorKind, fallback: MessageKey) =>
  (key: MessageKey = fallback, details?: ErrorDetails): DomainError =>
    new DomainError(kind, key, details);

/** The request is malformed in a way no single form field explains. */
export const BadRequest = factory('badRequest', 'error.badRequest');
/** Not signed in, or the credentials/code given are wrong. */
export const Unauthenticated = factory('unauthenticated', 'error.unauthenticated');
/** Signed in, but this caller may not do this. */
export const Forbidden = factory('forbidden', 'error.forbidden');
/** No such record for this caller (another tenant's records do not exist either). */
export const NotFound = factory('notFound', 'error.notFound');
/** Clashes with another record or a concurrent change (a taken code, an edit conflict). */
export const Conflict = factory('conflict', 'error.conflict');
/** The record's state does not allow this action (a finalised document cannot be edited). */
export const InvalidState = factory('invalidState', 'error.conflict');
/** Well-formed, but its content cannot be processed (an e-invoice that is not for us). */
export const Unprocessable = factory('unprocessable', 'error.badRequest');
/** The content is larger than allowed. */
export const TooLarge = factory('tooLarge', 'error.bodyTooLarge');
/** Too many attempts; `headers` carries `Retry-After`. */
export const TooManyRequests = factory('tooManyRequests', 'error.tooManyAttempts');

/** Form fields that are wrong: each path names its message. */
export const Validation = (fields: Record<string, MessageKey>, params: Params = {}) =>
  new DomainError('validation', 'error.validation', { params, fields });
