import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateProRata } from './allocate.js';
import { dec, formatMoney, sum } from './decimal.js';

const money = (values: readonly { toFixed(dp: number): string }[]) =>
  values.map((v) => v.toFixed(2));
const cents = (n: number) => dec(n.toString()).div(dec('100'));

describe('allocateProRata', () => {
  it('splits DOMAIN Example A fixed discount 7.95 / 2.05', () => {
    expect(money(allocateProRata(dec('10.00'), [dec('194.05'), dec('49.98')]))).toEqual([
      '7.95',
      '2.05',
    ]);
  });

  it('puts the remainder on the largest weight', () => {
    // 0.01 / 3 rounds to 0.00 each: the whole cent goes to the largest weight.
    expect(money(allocateProRata(dec('0.01'), [dec('1'), dec('3'), dec('2')]))).toEqual([
      '0.00',
      '0.01',
      '0.00',
    ]);
    // Equal weights: the first one takes it.
    expect(money(allocateProRata(dec('0.01'), [dec('1'), dec('1'), dec('1')]))).toEqual([
      '0.01',
      '0.00',
      '0.00',
    ]);
    // Each share rounds up: the largest gives the extra cent back.
    expect(money(allocateProRata(dec('0.02'), [dec('1'), dec('1'), dec('1')]))).toEqual([
      '0.00',
      '0.01',
      '0.01',
    ]);
  });

  it('refuses to split a non-zero amount over nothing', () => {
    expect(() => allocateProRata(dec('1'), [dec('5'), dec('-5')])).toThrow(RangeError);
    expect(money(allocateProRata(dec('0'), [dec('5'), dec('-5')]))).toEqual(['0.00', '0.00']);
  });

  it('always adds up exactly, stays within a cent per share, and is symmetric', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.array(fc.integer({ min: 1, max: 10_000_000 }), { minLength: 1, maxLength: 6 }),
        (totalCents, weightCents) => {
          const total = cents(totalCents);
          const weights = weightCents.map(cents);
          const shares = allocateProRata(total, weights);
          expect(formatMoney(sum(shares))).toBe(formatMoney(total));
          const weightSum = sum(weights);
          shares.forEach((share, i) => {
            const exact = total.times(weights[i] ?? dec('0')).div(weightSum);
            expect(
              share
                .minus(exact)
                .abs()
                .lte(dec('0.01').times(dec(String(shares.length)))),
            ).toBe(true);
          });
          const negated = allocateProRata(
            total.neg(),
            weights.map((w) => w.neg()),
          );
          expect(negated.map(formatMoney)).toEqual(shares.map((s) => formatMoney(s.neg())));
        },
      ),
    );
  });
});
