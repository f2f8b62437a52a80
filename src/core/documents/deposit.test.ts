import { describe, expect, it } from 'vitest';
import { dec, formatMoney } from '../money/decimal.js';
import {
  type DepositErrorCode,
  type DepositSpec,
  DepositError,
  depositDeductionLines,
  depositInvoiceLines,
} from './deposit.js';
import { computeTotals } from './totals.js';
import type { DocumentTotals, ItemLineInput, PriceMode } from './types.js';

const line = (unitPrice: string, vatRate: string): ItemLineInput => ({
  kind: 'item',
  quantity: '1',
  unitPrice,
  vatRate,
  vatCategory: 'S',
});

function codeOf(quote: DocumentTotals, spec: DepositSpec): DepositErrorCode | null {
  try {
    depositInvoiceLines(quote, spec);
    return null;
  } catch (error) {
    if (error instanceof DepositError) return error.code;
    throw error;
  }
}

describe('deposits — DOMAIN §4.6', () => {
  const quoteLines = [line('10000.00', '6')];
  const quote = computeTotals({ priceMode: 'excl', lines: quoteLines });

  it('30 % of 10,000.00 at 6 % → 3,180.00, final 7,420.00, together 10,600.00', () => {
    const draft = depositInvoiceLines(quote, { type: 'percent', value: '30' });
    expect(draft.lines).toEqual([line('3000.00', '6')]);
    const deposit = computeTotals(draft);
    expect([deposit.totalExcl, deposit.totalVat, deposit.totalIncl]).toEqual([
      '3000.00',
      '180.00',
      '3180.00',
    ]);

    const deductions = depositDeductionLines(deposit, 'excl');
    expect(deductions).toEqual([
      { ...line('3000.00', '6'), quantity: '-1', isDepositDeduction: true },
    ]);
    const final = computeTotals({ priceMode: 'excl', lines: [...quoteLines, ...deductions] });
    expect([final.totalExcl, final.totalVat, final.totalIncl]).toEqual([
      '7000.00',
      '420.00',
      '7420.00',
    ]);
    expect(final.totalDepositDeductions).toBe('-3000.00');
    expect(formatMoney(dec(deposit.totalIncl).plus(dec(final.totalIncl)))).toBe('10600.00');
  });

  it('splits a fixed amount pro rata over the VAT groups, remainder on the largest', () => {
    const mixed = computeTotals({
      priceMode: 'excl',
      lines: [line('194.05', '6'), line('49.98', '21')],
    });
    const draft = depositInvoiceLines(mixed, { type: 'amount', value: '10.00' });
    expect(draft.lines.map((l) => [l.vatRate, l.unitPrice])).toEqual([
      ['6', '7.95'],
      ['21', '2.05'],
    ]);
  });

  it('works in incl mode: amounts and deductions incl VAT', () => {
    const inclQuote = computeTotals({ priceMode: 'incl', lines: [line('10600.00', '6')] });
    const deposit = computeTotals(
      depositInvoiceLines(inclQuote, { type: 'amount', value: '3180' }),
    );
    expect([deposit.priceMode, deposit.totalExcl, deposit.totalVat]).toEqual([
      'incl',
      '3000.00',
      '180.00',
    ]);
    const deductions = depositDeductionLines(deposit, 'incl');
    const final = computeTotals({
      priceMode: 'incl',
      lines: [line('10600.00', '6'), ...deductions],
    });
    expect([final.totalExcl, final.totalVat, final.totalIncl]).toEqual([
      '7000.00',
      '420.00',
      '7420.00',
    ]);
  });

  it.each<[PriceMode, string]>([
    ['excl', '3000.00'],
    ['incl', '3180.00'],
  ])('prices deduction lines in the final invoice mode (%s → %s)', (mode, price) => {
    const deposit = computeTotals(depositInvoiceLines(quote, { type: 'percent', value: '30' }));
    expect(depositDeductionLines(deposit, mode)[0]?.unitPrice).toBe(price);
  });

  it('leaves out groups whose share is zero', () => {
    const tiny = computeTotals({
      priceMode: 'excl',
      lines: [line('100', '21'), line('0.01', '6')],
    });
    const draft = depositInvoiceLines(tiny, { type: 'percent', value: '10' });
    expect(draft.lines.map((l) => l.vatRate)).toEqual(['21']);
  });

  it.each<[string, DepositSpec, DepositErrorCode]>([
    ['0 %', { type: 'percent', value: '0' }, 'invalidDeposit'],
    ['over 100 %', { type: 'percent', value: '100.01' }, 'invalidDeposit'],
    ['a negative amount', { type: 'amount', value: '-5' }, 'invalidDeposit'],
    ['more than the quote', { type: 'amount', value: '10000.01' }, 'depositExceedsTotal'],
    ['3 decimals', { type: 'amount', value: '1.001' }, 'tooManyDecimals'],
    ['garbage', { type: 'amount', value: 'lots' }, 'invalidNumber'],
  ])('refuses %s', (_label, spec, code) => expect(codeOf(quote, spec)).toBe(code));

  it('refuses a deposit on a quote with nothing to pay', () => {
    const empty = computeTotals({ priceMode: 'excl', lines: [] });
    expect(codeOf(empty, { type: 'percent', value: '30' })).toBe('nothingToDeposit');
  });
});

describe('deposit deductions and the document discount', () => {
  it('leaves deduction lines out of the discount base, so deposit + final = discounted quote', () => {
    const quote = computeTotals({
      priceMode: 'excl',
      discount: { type: 'percent', value: '5' },
      lines: [{ kind: 'item', quantity: '1', unitPrice: '80', vatRate: '21', vatCategory: 'S' }],
    });
    const deposit = computeTotals({
      ...depositInvoiceLines(quote, { type: 'percent', value: '30' }),
    });
    const final = computeTotals({
      priceMode: 'excl',
      discount: { type: 'percent', value: '5' },
      lines: [
        { kind: 'item', quantity: '1', unitPrice: '80', vatRate: '21', vatCategory: 'S' },
        ...depositDeductionLines(deposit, 'excl'),
      ],
    });
    expect(final.totalExcl).toBe('53.20');
    expect(final.totalIncl).toBe('64.37');
    expect(Number(deposit.totalIncl) + Number(final.totalIncl)).toBeCloseTo(
      Number(quote.totalIncl),
      10,
    );
  });
});
