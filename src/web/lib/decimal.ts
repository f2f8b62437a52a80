import Big from 'big.js';

const DECIMAL = /^\d+(\.\d+)?$/;

/**
 * The API takes decimals with a dot, as strings; people in Belgium type a comma and sometimes
 * group thousands with spaces.
 */
export function normalizeDecimalInput(value: string): string {
  return value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
}

/** A non-negative decimal the arithmetic below can take. */
export function isPlainDecimal(value: string): boolean {
  return DECIMAL.test(value);
}

/** `12.5000` → `12.50`: trailing zeros go, but money keeps two decimals. */
export function trimDecimal(value: string, minDecimals = 2): string {
  const [whole, fraction = ''] = value.split('.');
  const kept = fraction.replace(/0+$/, '').padEnd(minDecimals, '0');
  return kept ? `${whole}.${kept}` : (whole ?? '');
}

/**
 * Sale price from a purchase price and a markup on cost (100 % = twice the purchase price),
 * rounded half-up to 4 decimals. With a VAT rate, the result includes that VAT, for products
 * whose price is entered VAT included. Exact decimal arithmetic: no float ever sees money.
 */
export function markupPrice(
  purchasePrice: string,
  marginPercent: string,
  vatRate: string | null = null,
): string | null {
  const purchase = normalizeDecimalInput(purchasePrice);
  const margin = normalizeDecimalInput(marginPercent);
  if (!isPlainDecimal(purchase) || !isPlainDecimal(margin)) return null;
  let price = new Big(purchase).times(new Big(margin).plus(100)).div(100);
  if (vatRate !== null) price = price.times(new Big(vatRate).plus(100)).div(100);
  return trimDecimal(price.round(4, Big.roundHalfUp).toFixed(4));
}

/** `16` and `16.00` are the same amount; anything unreadable is different. */
export function sameAmount(a: string, b: string): boolean {
  const left = normalizeDecimalInput(a);
  const right = normalizeDecimalInput(b);
  return isPlainDecimal(left) && isPlainDecimal(right) && new Big(left).eq(new Big(right));
}

/** The price on the other side of VAT, for a hint next to the input; the server stays the authority. */
export function otherSidePrice(
  price: string,
  vatRate: string,
  mode: 'excl' | 'incl',
): string | null {
  const value = normalizeDecimalInput(price);
  if (!isPlainDecimal(value)) return null;
  const factor = new Big(vatRate).plus(100).div(100);
  const other = mode === 'excl' ? new Big(value).times(factor) : new Big(value).div(factor);
  return trimDecimal(other.round(4, Big.roundHalfUp).toFixed(4));
}
