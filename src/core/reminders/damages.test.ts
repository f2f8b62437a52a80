import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../money/decimal.js';
import { CONSUMER_DAMAGES_MAX, consumerDamagesCap } from './damages.js';

/** Amounts with cents up to 10 million, as decimal strings. */
const amount = fc
  .bigInt({ min: 0n, max: 1_000_000_000n })
  .map((cents) => (Number(cents) / 100).toFixed(2));

describe('consumer damages cap (Book XIX)', () => {
  it.each([
    ['120', '20.00'],
    ['400', '55.00'],
    ['2000', '140.00'],
    ['50000', '2000.00'],
  ])('DOMAIN §9 test value %s → %s', (due, cap) => expect(consumerDamagesCap(due)).toBe(cap));

  it.each([
    ['0', '0.00'],
    ['0.01', '20.00'],
    ['150', '20.00'],
    ['150.01', '30.00'],
    ['150.05', '30.01'],
    ['500', '65.00'],
    ['500.01', '65.00'],
    ['500.10', '65.01'],
    ['39200', '2000.00'],
    ['39199.80', '1999.99'],
  ])('at the edges of the table: %s → %s', (due, cap) => expect(consumerDamagesCap(due)).toBe(cap));

  it('never decreases when more is due', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        const [low, high] = dec(a).lte(dec(b)) ? [a, b] : [b, a];
        return dec(consumerDamagesCap(low)).lte(dec(consumerDamagesCap(high)));
      }),
    );
  });

  it('is never above 2,000 EUR, and never negative', () => {
    fc.assert(
      fc.property(amount, (a) => {
        const cap = dec(consumerDamagesCap(a));
        return cap.lte(CONSUMER_DAMAGES_MAX) && cap.gte('0');
      }),
    );
  });

  it('is a whole number of cents', () => {
    fc.assert(fc.property(amount, (a) => /^\d+\.\d{2}$/.test(consumerDamagesCap(a))));
  });
});
