/** Stable codes; the server and web translate them. */
export const NUMBERING_ERROR_CODES = [
  'noCounter',
  'multipleCounters',
  'invalidCounterWidth',
  'noYear',
  'invalidCounter',
  'invalidDate',
  'invalidFiscalYearStart',
  'invalidPaymentTerm',
] as const;

export type NumberingErrorCode = (typeof NUMBERING_ERROR_CODES)[number];

export class NumberingError extends Error {
  constructor(readonly code: NumberingErrorCode) {
    super(code);
    this.name = 'NumberingError';
  }
}
