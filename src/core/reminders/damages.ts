import {
  type Decimal,
  type DecimalInput,
  ZERO,
  dec,
  formatMoney,
  parseDecimal,
  round2,
} from '../money/decimal.js';

/**
 * Lump-sum damages a business may claim from a consumer (Code of Economic Law, art. XIX.4 §2,
 * in force 1 Sep 2023), capped by the amount still due:
 *
 * | amount due   | cap                                                   |
 * | ------------ | ----------------------------------------------------- |
 * | ≤ 150        | 20 EUR                                                |
 * | 150.01–500   | 30 EUR + 10 % of the part above 150                   |
 * | > 500        | 65 EUR + 5 % of the part above 500, at most 2,000 EUR |
 *
 * DOMAIN §9 test values: 120 → 20.00; 400 → 55.00; 2,000 → 140.00; 50,000 → 2,000.00.
 */
export const CONSUMER_DAMAGES_MAX = dec('2000');

const TIER_1_LIMIT = dec('150');
const TIER_2_LIMIT = dec('500');

/** The highest damages the law allows on `amountDue` (EUR), half-up to the cent; 0 when nothing is due. */
export function consumerDamagesCap(amountDue: DecimalInput): string {
  return formatMoney(consumerDamagesCapDecimal(parseDecimal(amountDue)));
}

export function consumerDamagesCapDecimal(amount: Decimal): Decimal {
  if (amount.lte(ZERO)) return ZERO;
  let cap: Decimal;
  if (amount.lte(TIER_1_LIMIT)) cap = dec('20');
  else if (amount.lte(TIER_2_LIMIT)) cap = dec('30').plus(amount.minus(TIER_1_LIMIT).times('0.1'));
  else cap = dec('65').plus(amount.minus(TIER_2_LIMIT).times('0.05'));
  const rounded = round2(cap);
  return rounded.gt(CONSUMER_DAMAGES_MAX) ? CONSUMER_DAMAGES_MAX : rounded;
}

/** The flat compensation for recovery costs between businesses (Law of 2 Aug 2002, art. 6; Directive 2011/7). */
export const FLAT_INDEMNITY_EUR = '40.00';
