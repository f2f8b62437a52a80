import {
  type DecimalInput,
  HUNDRED,
  ONE,
  formatDecimal,
  parseDecimal,
  roundHalfUp,
} from '../money/decimal.js';

/**
 * Sale price from a purchase price and a product group's markup (DOMAIN §2: a markup on cost,
 * 100 % ⇒ twice the purchase price). Kept at unit-price precision (4 decimals, half-up) because
 * cheap items (screws at 0.0125) would lose their margin at cents; printed with at least 2.
 * Throws a `DecimalError` on malformed input.
 */
export function salePriceFromMarkup(
  purchasePrice: DecimalInput,
  markupPercent: DecimalInput,
): string {
  const cost = parseDecimal(purchasePrice, { maxDecimals: 4 });
  const markup = parseDecimal(markupPercent, { maxDecimals: 4 });
  const price = roundHalfUp(cost.times(ONE.plus(markup.div(HUNDRED))), 4);
  return formatDecimal(price, 2);
}
