import { type Decimal, HUNDRED, ZERO, isWithinMoneyLimit, round2 } from '../money/decimal.js';
import { TotalsError } from './errors.js';
import type { ParsedItem } from './read-input.js';

/** One item line's amounts, in the document's price mode (excl or incl VAT). */
export interface LineAmounts {
  gross: Decimal;
  discount: Decimal;
  net: Decimal;
  cost: Decimal;
  empties: Decimal;
}

function cents(value: Decimal, path: string): Decimal {
  const rounded = round2(value);
  if (!isWithinMoneyLimit(rounded)) throw new TotalsError('amountTooLarge', path);
  return rounded;
}

/**
 * §4.1 step 1. The gross is rounded to cents first, so that the printed gross − printed
 * discount = printed net, and the percent discount is taken on that rounded gross.
 */
export function lineAmounts(item: ParsedItem): LineAmounts {
  const path = `lines.${item.index}`;
  const gross = cents(item.quantity.times(item.unitPrice), path);
  let discount = ZERO;
  if (item.discount?.type === 'percent') {
    discount = round2(gross.times(item.discount.value).div(HUNDRED));
  } else if (item.discount?.type === 'amount') {
    // A magnitude that reduces the line whatever its sign: a credit line keeps its discount.
    if (item.discount.value.gt(gross.abs())) {
      throw new TotalsError('discountExceedsAmount', `${path}.discount.value`);
    }
    discount = gross.lt(ZERO) ? item.discount.value.neg() : item.discount.value;
  }
  const cost = item.purchasePrice ? cents(item.quantity.times(item.purchasePrice), path) : ZERO;
  const empties = item.emptyGoodsValue
    ? cents(item.quantity.times(item.emptyGoodsValue), path)
    : ZERO;
  return { gross, discount, net: gross.minus(discount), cost, empties };
}
