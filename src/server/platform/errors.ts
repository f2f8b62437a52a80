import type { MessageKey } from '../../contract/index.js';

type Params = Record<string, string | number>;

/**
 * A domain error: a status, a stable code, and a message key translated per request. Services
 * throw these; `error-handler.ts` maps them to HTTP in one place.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly messageKey: MessageKey,
    readonly params: Params = {},
    /** Field path → message key, for forms. */
    readonly fields?: Record<string, MessageKey>,
    readonly headers?: Record<string, string>,
  ) {
    super(messageKey);
  }

  /** The public code: the key without its `error.` prefix (`invalidCredentials`). */
  get code(): string {
    return this.messageKey.replace(/^error\./, '');
  }
}

export const NotFound = () => new AppError(404, 'error.notFound');
export const Forbidden = () => new AppError(403, 'error.forbidden');
export const Unauthenticated = (key: MessageKey = 'error.unauthenticated') =>
  new AppError(401, key);
export const Conflict = (key: MessageKey = 'error.conflict', fields?: Record<string, MessageKey>) =>
  new AppError(409, key, {}, fields);
export const Validation = (fields: Record<string, MessageKey>, params: Params = {}) =>
  new AppError(400, 'error.validation', params, fields);
