/** Stable codes; the server and web translate them. */
export const TOTALS_ERROR_CODES = [
  'invalidNumber',
  'tooManyDecimals',
  'amountTooLarge',
  'invalidPriceMode',
  'unknownLineKind',
  'invalidDiscount',
  'discountExceedsAmount',
  'unknownVatCategory',
  'invalidVatRate',
  'unknownVatRate',
  'vatRateMismatch',
  'invalidSettlementDays',
] as const;

export type TotalsErrorCode = (typeof TOTALS_ERROR_CODES)[number];

/** Refused document input. `path` is a dotted field path (`lines.3.unitPrice`), `''` for totals. */
export class TotalsError extends Error {
  constructor(
    readonly code: TotalsErrorCode,
    readonly path: string,
  ) {
    super(path ? `${code} at ${path}` : code);
    this.name = 'TotalsError';
  }
}
