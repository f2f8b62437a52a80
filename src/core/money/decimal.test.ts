import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DecimalErrorCode,
  DecimalError,
  MONEY_LIMIT,
  dec,
  formatDecimal,
  formatMoney,
  parseDecimal,
  round2,
} from './decimal.js';

function codeOf(run: () => unknown): DecimalErrorCode | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof DecimalError) return error.code;
    throw error;
  }
}

describe('parseDecimal', () => {
  it.each([
    ['12.50', '12.5'],
    [' 3 ', '3'],
    ['-0.0001', '-0.0001'],
    ['007', '7'],
    [0.1, '0.1'],
    [42, '42'],
    [-2.5, '-2.5'],
  ])('accepts %j', (input, expected) => expect(parseDecimal(input).toFixed()).toBe(expected));

  it.each([
    '',
    'abc',
    '1e3',
    '1E-2',
    '+1',
    '.5',
    '5.',
    '1,50',
    '1 000',
    'NaN',
    'Infinity',
    '0x10',
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1e21,
    1e-7,
    null,
    undefined,
    {},
  ])('refuses %j as invalidNumber', (input) =>
    expect(codeOf(() => parseDecimal(input))).toBe('invalidNumber'),
  );

  it('counts decimals, trailing zeros included', () => {
    expect(codeOf(() => parseDecimal('1.12345', { maxDecimals: 4 }))).toBe('tooManyDecimals');
    expect(codeOf(() => parseDecimal('1.1000', { maxDecimals: 4 }))).toBeNull();
    expect(codeOf(() => parseDecimal('1.10000', { maxDecimals: 4 }))).toBe('tooManyDecimals');
    expect(codeOf(() => parseDecimal(0.30000000000000004, { maxDecimals: 4 }))).toBe(
      'tooManyDecimals',
    );
  });

  it('refuses magnitudes over the limit, both signs', () => {
    expect(codeOf(() => parseDecimal('999999999.99', { max: MONEY_LIMIT }))).toBeNull();
    expect(codeOf(() => parseDecimal('1000000000', { max: MONEY_LIMIT }))).toBe('amountTooLarge');
    expect(codeOf(() => parseDecimal('-1000000000', { max: MONEY_LIMIT }))).toBe('amountTooLarge');
  });
});

describe('round2 and formatting', () => {
  it.each([
    ['2.345', '2.35'],
    ['-2.345', '-2.35'],
    ['2.344999', '2.34'],
    ['0.005', '0.01'],
    ['-0.004', '0.00'],
    ['-0', '0.00'],
    ['1', '1.00'],
    ['123456789.125', '123456789.13'],
  ])('formatMoney(%s) = %s', (input, expected) => expect(formatMoney(dec(input))).toBe(expected));

  it.each([
    ['21.00', 0, '21'],
    ['5.50', 0, '5.5'],
    ['80', 2, '80.00'],
    ['0.0125', 2, '0.0125'],
    ['-0', 0, '0'],
  ])('formatDecimal(%s, %i) = %s', (input, min, expected) =>
    expect(formatDecimal(dec(input), min)).toBe(expected),
  );

  it('rounds half away from zero, symmetrically', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (thousandths) => {
        const x = dec(thousandths.toString()).div(dec('1000'));
        expect(round2(x.neg()).eq(round2(x).neg())).toBe(true);
        // Half-up: the result is within half a cent, and exactly half a cent rounds away from 0.
        const diff = round2(x).minus(x).abs();
        expect(diff.lte(dec('0.005'))).toBe(true);
      }),
    );
  });

  it('never produces a float artefact on classic cases', () => {
    expect(formatMoney(dec('0.1').plus(dec('0.2')))).toBe('0.30');
    expect(formatMoney(dec('1.005'))).toBe('1.01');
  });
});
