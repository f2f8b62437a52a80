import Big from 'big.js';

/**
 * A private big.js constructor, so that code elsewhere changing `Big.DP`/`Big.RM` cannot change
 * our results. Strict mode makes big.js throw when handed a JS number anywhere (constructor or
 * operand): numbers only enter through `parseDecimal`, which checks them first.
 */
const D = Big();
// Divisions (prices incl VAT back to excl) keep far more digits than any later rounding needs,
// so rounding the quotient to 40 places can never move a result across a half-cent boundary.
D.DP = 40;
D.RM = Big.roundHalfUp;
D.strict = true;

export type Decimal = Big;
/** How amounts cross boundaries: decimal strings (`'12.50'`); numbers are accepted and checked. */
export type DecimalInput = string | number;

export const ZERO: Decimal = new D('0');
export const ONE: Decimal = new D('1');
export const HUNDRED: Decimal = new D('100');
/** Largest amount a document may carry (numeric(11,2)); quantities and prices obey it too. */
export const MONEY_LIMIT: Decimal = new D('999999999.99');

export const DECIMAL_ERROR_CODES = ['invalidNumber', 'tooManyDecimals', 'amountTooLarge'] as const;
export type DecimalErrorCode = (typeof DECIMAL_ERROR_CODES)[number];

export class DecimalError extends Error {
  constructor(readonly code: DecimalErrorCode) {
    super(code);
    this.name = 'DecimalError';
  }
}

export interface ParseDecimalOptions {
  /** Refuse more decimals than this (trailing zeros count: `'1.50'` has 2). */
  maxDecimals?: number;
  /** Refuse absolute values above this. */
  max?: Decimal;
}

// Plain notation only: no exponent, no leading '+', no '.5' or '5.', no thousands separators.
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** Parses a decimal string or a finite number; throws a `DecimalError` on anything else. */
export function parseDecimal(value: unknown, options: ParseDecimalOptions = {}): Decimal {
  let text: string;
  if (typeof value === 'string') text = value.trim();
  // String(n) is the shortest round-trip form (0.1 → '0.1'); 1e21 and 1e-7 fail the pattern.
  else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else throw new DecimalError('invalidNumber');
  if (!PLAIN_DECIMAL.test(text)) throw new DecimalError('invalidNumber');
  const decimals = text.split('.')[1]?.length ?? 0;
  if (options.maxDecimals !== undefined && decimals > options.maxDecimals) {
    throw new DecimalError('tooManyDecimals');
  }
  const result = new D(text);
  if (options.max !== undefined && result.abs().gt(options.max)) {
    throw new DecimalError('amountTooLarge');
  }
  return result;
}

/** Trusted literal for constants in code and tests; use `parseDecimal` for outside input. */
export function dec(value: string): Decimal {
  return parseDecimal(value);
}

/** Half-up (big.js rounds half away from zero, so the rounding of −x is −(rounding of x)). */
export function roundHalfUp(value: Decimal, decimals: number): Decimal {
  return value.round(decimals, Big.roundHalfUp);
}

/** Half-up to cents: the only rounding money gets (DOMAIN §4). */
export function round2(value: Decimal): Decimal {
  return roundHalfUp(value, 2);
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}

/** Fixed two decimals, half-up, never `-0.00` (a zero must not look like a credit). */
export function formatMoney(value: Decimal): string {
  const rounded = round2(value);
  return rounded.eq(ZERO) ? '0.00' : rounded.toFixed(2);
}

/** Plain notation without trailing zeros (`'21'`, `'5.5'`), for rates and unit prices. */
export function formatDecimal(value: Decimal, minDecimals = 0): string {
  if (value.eq(ZERO)) return minDecimals > 0 ? `0.${'0'.repeat(minDecimals)}` : '0';
  const [whole, fraction = ''] = value.toFixed().split('.');
  const trimmed = fraction.replace(/0+$/, '').padEnd(minDecimals, '0');
  return trimmed ? `${whole}.${trimmed}` : `${whole}`;
}

export function isWithinMoneyLimit(value: Decimal): boolean {
  return value.abs().lte(MONEY_LIMIT);
}
