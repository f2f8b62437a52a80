import { describe, expect, it } from 'vitest';
import { TotalsError } from './errors.js';
import { computeTotals } from './totals.js';
import type { DocumentInput, ItemLineInput, TotalsOptions } from './types.js';

const line: ItemLineInput = {
  kind: 'item',
  quantity: '2',
  unitPrice: '10',
  vatRate: '21',
  vatCategory: 'S',
};

/** A one-line excl document with `change` applied to the line, or to the document. */
function withLine(change: Record<string, unknown>): DocumentInput {
  return { priceMode: 'excl', lines: [{ ...line, ...change } as ItemLineInput] };
}
function withDocument(change: Record<string, unknown>): DocumentInput {
  return { priceMode: 'excl', lines: [line], ...change } as DocumentInput;
}

function failure(document: DocumentInput, options?: TotalsOptions): [string, string] | null {
  try {
    computeTotals(document, options);
    return null;
  } catch (error) {
    if (error instanceof TotalsError) return [error.code, error.path];
    throw error;
  }
}

describe('computeTotals refuses absurd input with a code and a field path', () => {
  it.each<[string, DocumentInput, string, string]>([
    ['a word as quantity', withLine({ quantity: 'two' }), 'invalidNumber', 'lines.0.quantity'],
    ['NaN', withLine({ quantity: Number.NaN }), 'invalidNumber', 'lines.0.quantity'],
    ['Infinity', withLine({ unitPrice: Infinity }), 'invalidNumber', 'lines.0.unitPrice'],
    ['an exponent', withLine({ unitPrice: '1e3' }), 'invalidNumber', 'lines.0.unitPrice'],
    ['a missing price', withLine({ unitPrice: undefined }), 'invalidNumber', 'lines.0.unitPrice'],
    [
      '5 price decimals',
      withLine({ unitPrice: '1.23456' }),
      'tooManyDecimals',
      'lines.0.unitPrice',
    ],
    [
      '5 quantity decimals',
      withLine({ quantity: '0.00001' }),
      'tooManyDecimals',
      'lines.0.quantity',
    ],
    ['3 rate decimals', withLine({ vatRate: '5.125' }), 'tooManyDecimals', 'lines.0.vatRate'],
    ['a huge price', withLine({ unitPrice: '1000000000' }), 'amountTooLarge', 'lines.0.unitPrice'],
    [
      'a huge line',
      withLine({ quantity: '1000', unitPrice: '1000000' }),
      'amountTooLarge',
      'lines.0',
    ],
    [
      'an unknown category',
      withLine({ vatCategory: 'X' }),
      'unknownVatCategory',
      'lines.0.vatCategory',
    ],
    ['S at 0 %', withLine({ vatRate: '0' }), 'vatRateMismatch', 'lines.0.vatRate'],
    ['AE at 21 %', withLine({ vatCategory: 'AE' }), 'vatRateMismatch', 'lines.0.vatRate'],
    [
      'E at 6 %',
      withLine({ vatCategory: 'E', vatRate: '6' }),
      'vatRateMismatch',
      'lines.0.vatRate',
    ],
    ['a rate of 100 %', withLine({ vatRate: '100' }), 'invalidVatRate', 'lines.0.vatRate'],
    ['a negative rate', withLine({ vatRate: '-6' }), 'invalidVatRate', 'lines.0.vatRate'],
    [
      'a 101 % line discount',
      withLine({ discount: { type: 'percent', value: '101' } }),
      'invalidDiscount',
      'lines.0.discount.value',
    ],
    [
      'a negative line discount',
      withLine({ discount: { type: 'percent', value: '-1' } }),
      'invalidDiscount',
      'lines.0.discount.value',
    ],
    [
      'an amount discount with 3 decimals',
      withLine({ discount: { type: 'amount', value: '1.005' } }),
      'tooManyDecimals',
      'lines.0.discount.value',
    ],
    [
      'an amount discount above the line',
      withLine({ discount: { type: 'amount', value: '20.01' } }),
      'discountExceedsAmount',
      'lines.0.discount.value',
    ],
    [
      'an unknown discount type',
      withLine({ discount: { type: 'gift', value: '1' } }),
      'invalidDiscount',
      'lines.0.discount.type',
    ],
    [
      'a document discount above the total',
      withDocument({ discount: { type: 'amount', value: '20.01' } }),
      'discountExceedsAmount',
      'discount.value',
    ],
    [
      'a 150 % settlement discount',
      withDocument({ settlementDiscount: { percent: '150', days: 8 } }),
      'invalidDiscount',
      'settlementDiscount.percent',
    ],
    [
      'fractional settlement days',
      withDocument({ settlementDiscount: { percent: '2', days: 1.5 } }),
      'invalidSettlementDays',
      'settlementDiscount.days',
    ],
    [
      'an unknown price mode',
      withDocument({ priceMode: 'gross' }),
      'invalidPriceMode',
      'priceMode',
    ],
    [
      'an unknown line kind',
      withDocument({ lines: [line, { kind: 'picture' }] }),
      'unknownLineKind',
      'lines.1.kind',
    ],
    [
      'totals above the limit',
      withDocument({
        lines: [0, 1].map(() => ({ ...line, quantity: '1', unitPrice: '600000000' })),
      }),
      'amountTooLarge',
      '',
    ],
  ])('%s', (_label, document, code, path) => {
    expect(failure(document)).toEqual([code, path]);
  });

  it('checks standard rates against a rate table when given one', () => {
    const table = { standardRates: ['21', '12', '6'] };
    expect(failure(withLine({ vatRate: '7' }), table)).toEqual([
      'unknownVatRate',
      'lines.0.vatRate',
    ]);
    expect(failure(withLine({ vatRate: '6.00' }), table)).toBeNull();
    expect(failure(withLine({ vatCategory: 'Z', vatRate: '0' }), table)).toBeNull();
  });

  it('accepts negative quantities and prices (credit notes, deposit deductions)', () => {
    expect(failure(withLine({ quantity: '-3' }))).toBeNull();
    expect(failure(withLine({ unitPrice: '-10.5' }))).toBeNull();
  });
});
