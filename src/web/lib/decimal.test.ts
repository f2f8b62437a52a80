import { describe, expect, it } from 'vitest';
import {
  markupPrice,
  normalizeDecimalInput,
  otherSidePrice,
  sameAmount,
  trimDecimal,
} from './decimal';

describe('markupPrice', () => {
  it('treats 100 % as twice the purchase price', () => {
    expect(markupPrice('10', '100')).toBe('20.00');
    expect(markupPrice('12.34', '0')).toBe('12.34');
  });

  it('rounds half-up to 4 decimals without float errors', () => {
    // 0.1 × 1.15 = 0.115 exactly; a float gives 0.11499999…
    expect(markupPrice('0.1', '15')).toBe('0.115');
    expect(markupPrice('0.00005', '0')).toBe('0.0001');
    expect(markupPrice('1.23456', '0')).toBe('1.2346');
    expect(markupPrice('0.00004', '25')).toBe('0.0001');
  });

  it('adds VAT for prices entered VAT included', () => {
    expect(markupPrice('100', '50', '21')).toBe('181.50');
    expect(markupPrice('10', '0', '6')).toBe('10.60');
  });

  it('accepts commas and refuses what is not a number', () => {
    expect(markupPrice('10,5', '10')).toBe('11.55');
    expect(markupPrice('', '10')).toBeNull();
    expect(markupPrice('10', 'abc')).toBeNull();
    expect(markupPrice('-1', '10')).toBeNull();
  });
});

describe('decimal helpers', () => {
  it('normalizes what people type', () => {
    expect(normalizeDecimalInput(' 1 234,5 ')).toBe('1234.5');
  });

  it('compares amounts, not their spelling', () => {
    expect(sameAmount('16', '16.00')).toBe(true);
    expect(sameAmount('16,5', '16.50')).toBe(true);
    expect(sameAmount('16', '')).toBe(false);
  });

  it('trims trailing zeros but keeps two decimals', () => {
    expect(trimDecimal('12.5000')).toBe('12.50');
    expect(trimDecimal('12.1234')).toBe('12.1234');
    expect(trimDecimal('7')).toBe('7.00');
    expect(trimDecimal('7.10', 0)).toBe('7.1');
    expect(trimDecimal('7.00', 0)).toBe('7');
  });
});

describe('otherSidePrice', () => {
  it('adds or removes VAT', () => {
    expect(otherSidePrice('100', '21', 'excl')).toBe('121.00');
    expect(otherSidePrice('121', '21', 'incl')).toBe('100.00');
    expect(otherSidePrice('10', '6', 'incl')).toBe('9.434');
    expect(otherSidePrice('x', '6', 'incl')).toBeNull();
  });
});
