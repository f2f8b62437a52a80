import { describe, expect, it } from 'vitest';
import { salePriceFromMarkup } from './margin.js';

describe('salePriceFromMarkup — DOMAIN §2 / §4.5', () => {
  it.each([
    ['40.00', '100', '80.00'],
    ['40', '0', '40.00'],
    ['10', '33.3333', '13.3333'],
    ['0.0125', '100', '0.025'],
    ['19.99', '25', '24.9875'],
    ['1.00005', '0', null],
  ])('%s with %s %% markup → %s', (cost, markup, expected) => {
    if (expected === null) expect(() => salePriceFromMarkup(cost, markup)).toThrow();
    else expect(salePriceFromMarkup(cost, markup)).toBe(expected);
  });
});
