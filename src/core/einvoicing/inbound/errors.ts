/** Stable codes; the server and web translate them. */
export const INBOUND_ERROR_CODES = [
  /** Not well-formed XML (also: unbound namespace prefix, undefined entity). */
  'malformedXml',
  /** A DOCTYPE or ENTITY declaration: refused before parsing (XXE, entity expansion). */
  'forbiddenDoctype',
  /** Over the byte limit, or too deeply nested / too many elements to be an invoice. */
  'tooLarge',
  /** Well-formed XML whose root is not a UBL 2.1 Invoice or CreditNote. */
  'notUbl',
  /** A field EN 16931 makes mandatory is absent or empty. */
  'missingField',
  /** An amount that is not a plain decimal. */
  'invalidAmount',
  /** A quantity, rate or percentage that is not a plain decimal. */
  'invalidNumber',
  /** A date that is not a real calendar date (YYYY-MM-DD). */
  'invalidDate',
  /** A code of the wrong shape (currency, indicator). */
  'invalidValue',
] as const;

export type InboundErrorCode = (typeof INBOUND_ERROR_CODES)[number];

/**
 * A received document that cannot be read. `path` names the element (`/Invoice/cac:InvoiceLine[3]
 * /cbc:LineExtensionAmount`, UBL's usual prefixes whatever the sender used), `''` when the
 * problem is the whole input; `detail` is English for logs, never shown as is.
 */
export class InboundError extends Error {
  constructor(
    readonly code: InboundErrorCode,
    readonly path: string,
    readonly detail = '',
  ) {
    super([code, path && `at ${path}`, detail && `(${detail})`].filter(Boolean).join(' '));
    this.name = 'InboundError';
  }
}
