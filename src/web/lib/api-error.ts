/**
 * An API failure. `message` and `fields` come translated from the server (Accept-Language);
 * for failures without a server answer (network, proxy pages) the client supplies the text.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Field errors keyed by dotted paths (`address.country`, `bankAccounts.0.iban`). */
    readonly fields: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
