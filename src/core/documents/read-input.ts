import {
  type Decimal,
  DecimalError,
  HUNDRED,
  MONEY_LIMIT,
  ZERO,
  parseDecimal,
} from '../money/decimal.js';
import { TotalsError } from './errors.js';
import type { DocumentInput, PriceMode, TotalsOptions, VatCategory } from './types.js';
import { isVatCategory, vatRateProblem } from './vat-category.js';

/**
 * Validation of a document before any arithmetic. The input may come straight from JSON, so
 * enumerations are checked at run time although the types already name them.
 */

export interface ParsedDiscount {
  type: 'percent' | 'amount';
  value: Decimal;
}

export interface ParsedItem {
  kind: 'item';
  index: number;
  quantity: Decimal;
  unitPrice: Decimal;
  discount: ParsedDiscount | null;
  vatCategory: VatCategory;
  vatRate: Decimal;
  purchasePrice: Decimal | null;
  emptyGoodsValue: Decimal | null;
  isDepositDeduction: boolean;
}

export type ParsedLine = ParsedItem | { kind: 'section' } | { kind: 'text' };

export interface ParsedDocument {
  priceMode: PriceMode;
  lines: ParsedLine[];
  discount: ParsedDiscount | null;
  settlement: { percent: Decimal; days: number } | null;
}

const PRICE_DECIMALS = 4;
const QUANTITY_DECIMALS = 4;
const PERCENT_DECIMALS = 4;
const RATE_DECIMALS = 2;
const MAX_SETTLEMENT_DAYS = 3650;

function decimalAt(value: unknown, path: string, maxDecimals: number): Decimal {
  try {
    return parseDecimal(value, { maxDecimals, max: MONEY_LIMIT });
  } catch (error) {
    if (error instanceof DecimalError) throw new TotalsError(error.code, path);
    throw error;
  }
}

function optionalDecimalAt(value: unknown, path: string, maxDecimals: number): Decimal | null {
  return value === undefined || value === null ? null : decimalAt(value, path, maxDecimals);
}

function percentAt(value: unknown, path: string): Decimal {
  const percent = decimalAt(value, path, PERCENT_DECIMALS);
  if (percent.lt(ZERO) || percent.gt(HUNDRED)) throw new TotalsError('invalidDiscount', path);
  return percent;
}

/** Amount discounts are cents, like every amount a document prints. */
function readDiscount(raw: unknown, path: string): ParsedDiscount | null {
  if (raw === undefined || raw === null) return null;
  const { type, value } = raw as { type?: unknown; value?: unknown };
  if (type === 'percent') return { type, value: percentAt(value, `${path}.value`) };
  if (type !== 'amount') throw new TotalsError('invalidDiscount', `${path}.type`);
  const amount = decimalAt(value, `${path}.value`, 2);
  if (amount.lt(ZERO)) throw new TotalsError('invalidDiscount', `${path}.value`);
  return { type, value: amount };
}

function readItem(
  raw: Record<string, unknown>,
  index: number,
  standardRates: readonly Decimal[] | undefined,
): ParsedItem {
  const path = `lines.${index}`;
  const vatCategory = raw.vatCategory;
  if (!isVatCategory(vatCategory))
    throw new TotalsError('unknownVatCategory', `${path}.vatCategory`);
  const vatRate = decimalAt(raw.vatRate, `${path}.vatRate`, RATE_DECIMALS);
  const problem = vatRateProblem(vatCategory, vatRate, standardRates);
  if (problem) throw new TotalsError(problem, `${path}.vatRate`);
  return {
    kind: 'item',
    index,
    quantity: decimalAt(raw.quantity, `${path}.quantity`, QUANTITY_DECIMALS),
    unitPrice: decimalAt(raw.unitPrice, `${path}.unitPrice`, PRICE_DECIMALS),
    discount: readDiscount(raw.discount, `${path}.discount`),
    vatCategory,
    vatRate,
    purchasePrice: optionalDecimalAt(raw.purchasePrice, `${path}.purchasePrice`, PRICE_DECIMALS),
    emptyGoodsValue: optionalDecimalAt(
      raw.emptyGoodsValue,
      `${path}.emptyGoodsValue`,
      PRICE_DECIMALS,
    ),
    isDepositDeduction: raw.isDepositDeduction === true,
  };
}

function readSettlement(raw: unknown): ParsedDocument['settlement'] {
  if (raw === undefined || raw === null) return null;
  const { percent, days } = raw as { percent?: unknown; days?: unknown };
  const parsedPercent = percentAt(percent, 'settlementDiscount.percent');
  if (!Number.isInteger(days) || (days as number) < 0 || (days as number) > MAX_SETTLEMENT_DAYS) {
    throw new TotalsError('invalidSettlementDays', 'settlementDiscount.days');
  }
  return { percent: parsedPercent, days: days as number };
}

export function readDocument(input: DocumentInput, options: TotalsOptions = {}): ParsedDocument {
  const priceMode: unknown = input.priceMode;
  if (priceMode !== 'excl' && priceMode !== 'incl') {
    throw new TotalsError('invalidPriceMode', 'priceMode');
  }
  const standardRates = options.standardRates?.map((rate, i) =>
    decimalAt(rate, `standardRates.${i}`, RATE_DECIMALS),
  );
  const lines = input.lines.map((line, index): ParsedLine => {
    const raw = line as unknown as Record<string, unknown>;
    if (raw.kind === 'item') return readItem(raw, index, standardRates);
    if (raw.kind === 'section' || raw.kind === 'text') return { kind: raw.kind };
    throw new TotalsError('unknownLineKind', `lines.${index}.kind`);
  });
  return {
    priceMode,
    lines,
    discount: readDiscount(input.discount, 'discount'),
    settlement: readSettlement(input.settlementDiscount),
  };
}
