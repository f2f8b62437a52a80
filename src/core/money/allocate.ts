import { type Decimal, ZERO, round2, sum } from './decimal.js';

/**
 * Splits `total` over `weights` pro rata, each share rounded to cents, the rounding remainder on
 * the largest weight (by absolute value; the first one on a tie), so the shares add up to
 * `total` exactly. Symmetric: negating `total` and `weights` negates every share.
 * Throws a `RangeError` when a non-zero total has nothing to be split over.
 */
export function allocateProRata(total: Decimal, weights: readonly Decimal[]): Decimal[] {
  const weightSum = sum(weights);
  if (weightSum.eq(ZERO)) {
    if (total.eq(ZERO)) return weights.map(() => ZERO);
    throw new RangeError('Cannot split a non-zero amount over weights that sum to zero');
  }
  const shares = weights.map((weight) => round2(total.times(weight).div(weightSum)));
  let largest = 0;
  weights.forEach((weight, i) => {
    if (weight.abs().gt((weights[largest] ?? ZERO).abs())) largest = i;
  });
  shares[largest] = (shares[largest] ?? ZERO).plus(total.minus(sum(shares)));
  return shares;
}
