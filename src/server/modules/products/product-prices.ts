import Big from 'big.js';

/** A decimal as text with 2 to 4 decimals: `12.40`, `1.9425` (unit prices may carry 4). */
export function priceText(value: Big): string {
  return value
    .round(4, Big.roundHalfUp)
    .toFixed(4)
    .replace(/(\.\d\d\d?)0+$/, '$1')
    .replace(/(\.\d\d)0$/, '$1');
}

/** Both sides of a price entered excluding or including VAT. */
export function priceBothWays(
  price: string,
  mode: 'excl' | 'incl',
  vatRate: string,
): { excl: string; incl: string } {
  const factor = new Big(1).plus(new Big(vatRate).div(100));
  const value = new Big(price);
  return mode === 'excl'
    ? { excl: priceText(value), incl: priceText(value.times(factor)) }
    : { excl: priceText(value.div(factor)), incl: priceText(value) };
}

/** A bulk change by a percentage, rounded half-up to the cent (prices people read and type). */
export function changedPrice(price: string, percent: string): string {
  const next = new Big(price).times(new Big(100).plus(percent)).div(100).round(2, Big.roundHalfUp);
  return priceText(next.lt(0) ? new Big(0) : next);
}
