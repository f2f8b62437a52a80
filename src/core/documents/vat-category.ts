import { type Decimal, HUNDRED, ZERO, formatDecimal } from '../money/decimal.js';
import type { VatCategory } from './types.js';

export const VAT_CATEGORIES: readonly VatCategory[] = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O'];

export function isVatCategory(value: unknown): value is VatCategory {
  return (VAT_CATEGORIES as readonly unknown[]).includes(value);
}

export type VatRateProblem = 'invalidVatRate' | 'unknownVatRate' | 'vatRateMismatch';

/**
 * Why a (category, rate) pair is refused, or null. Only `S` carries VAT; zero-rated, exempt,
 * reverse-charge, intra-EU, export and out-of-scope lines are 0 % by definition (EN 16931
 * BR-Z/E/AE/IC/G/O-05 and -06), so any other rate there is a data-entry error.
 */
export function vatRateProblem(
  category: VatCategory,
  rate: Decimal,
  standardRates?: readonly Decimal[],
): VatRateProblem | null {
  if (rate.lt(ZERO) || rate.gte(HUNDRED)) return 'invalidVatRate';
  if (category !== 'S') return rate.eq(ZERO) ? null : 'vatRateMismatch';
  if (rate.eq(ZERO)) return 'vatRateMismatch';
  if (standardRates && !standardRates.some((allowed) => allowed.eq(rate))) return 'unknownVatRate';
  return null;
}

/** Grouping key of the VAT breakdown: `'21'` and `'21.00'` are the same rate. */
export function vatGroupKey(category: VatCategory, rate: Decimal): string {
  return `${category}|${formatDecimal(rate)}`;
}
