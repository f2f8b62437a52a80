import { describe, expect, it } from 'vitest';
import { computeTotals } from './totals.js';
import type {
  DocumentInput,
  DocumentTotals,
  ItemLineInput,
  ItemLineTotals,
  LineInput,
  SectionLineTotals,
} from './types.js';

function item(
  quantity: string,
  unitPrice: string,
  vatRate: string | number,
  extra: Partial<ItemLineInput> = {},
): ItemLineInput {
  return { kind: 'item', quantity, unitPrice, vatRate, vatCategory: 'S', ...extra };
}

const items = (totals: DocumentTotals) =>
  totals.lines.filter((line): line is ItemLineTotals => line.kind === 'item');
const sections = (totals: DocumentTotals) =>
  totals.lines.filter((line): line is SectionLineTotals => line.kind === 'section');
const groups = (totals: DocumentTotals) =>
  totals.vatGroups.map((g) => [g.vatRate, g.base, g.documentDiscount, g.totalExcl, g.vat]);

/** DOMAIN §4.1 Example A: an electrician, lines at 6 % and 21 %. */
const exampleA: LineInput[] = [
  { kind: 'section', title: 'Work' },
  item('3', '55.00', '6'),
  item('10', '1.85', '6', { discount: { type: 'percent', value: '10' } }),
  item('1', '12.40', '6'),
  { kind: 'text', text: 'Supply only:' },
  { kind: 'section', title: 'Material' },
  item('2', '24.99', '21'),
];

describe('computeTotals — DOMAIN §4.1 (prices excl VAT)', () => {
  it('Example A with 5 % document discount', () => {
    const totals = computeTotals({
      priceMode: 'excl',
      lines: exampleA,
      discount: { type: 'percent', value: '5' },
    });
    expect(items(totals).map((l) => [l.gross, l.discount, l.net])).toEqual([
      ['165.00', '0.00', '165.00'],
      ['18.50', '1.85', '16.65'],
      ['12.40', '0.00', '12.40'],
      ['49.98', '0.00', '49.98'],
    ]);
    expect(sections(totals).map((s) => s.subtotal)).toEqual(['194.05', '49.98']);
    expect(groups(totals)).toEqual([
      ['6', '194.05', '9.70', '184.35', '11.06'],
      ['21', '49.98', '2.50', '47.48', '9.97'],
    ]);
    expect(totals).toMatchObject({
      linesTotal: '244.03',
      documentDiscount: '12.20',
      totalBase: '244.03',
      totalDocumentDiscount: '12.20',
      totalExcl: '231.83',
      totalVat: '21.03',
      totalIncl: '252.86',
      totalPayable: '252.86',
      settlement: null,
    });
    expect(totals.lines[4]).toEqual({ kind: 'text' });
  });

  it('Example A with a fixed 10.00 discount splits 7.95 / 2.05', () => {
    const totals = computeTotals({
      priceMode: 'excl',
      lines: exampleA,
      discount: { type: 'amount', value: '10.00' },
    });
    expect(totals.vatGroups.map((g) => g.documentDiscount)).toEqual(['7.95', '2.05']);
    expect(totals.totalExcl).toBe('234.03');
  });

  it('rounds VAT per rate, never per line: 3 × 0.99 at 21 % → 0.62', () => {
    const line = item('1', '0.99', '21');
    const totals = computeTotals({ priceMode: 'excl', lines: [line, line, line] });
    expect(totals.totalVat).toBe('0.62');
    expect(totals.totalIncl).toBe('3.59');
  });

  it('uses an amount line discount as given', () => {
    const totals = computeTotals({
      priceMode: 'excl',
      lines: [item('4', '12.5', '21', { discount: { type: 'amount', value: '5' } })],
    });
    expect(items(totals)[0]).toMatchObject({ gross: '50.00', discount: '5.00', net: '45.00' });
  });

  it('rounds gross to cents before the line discount (4-decimal prices)', () => {
    const totals = computeTotals({
      priceMode: 'excl',
      lines: [item('3', '0.3333', '21', { discount: { type: 'percent', value: '50' } })],
    });
    // 0.9999 → 1.00; 50 % → 0.50.
    expect(items(totals)[0]).toMatchObject({ gross: '1.00', discount: '0.50', net: '0.50' });
  });

  it('lines before the first section belong to no section', () => {
    const totals = computeTotals({
      priceMode: 'excl',
      lines: [item('1', '5', '21'), { kind: 'section', title: 'A' }, item('2', '3', '21')],
    });
    expect(sections(totals).map((s) => s.subtotal)).toEqual(['6.00']);
  });

  it('zero-rate categories carry no VAT', () => {
    const totals = computeTotals({
      priceMode: 'excl',
      lines: [
        item('1', '1000', '0', { vatCategory: 'AE' }),
        item('1', '200', '0', { vatCategory: 'K' }),
        item('1', '100', '21'),
      ],
    });
    expect(totals.vatGroups.map((g) => [g.vatCategory, g.vatRate, g.vat])).toEqual([
      ['AE', '0', '0.00'],
      ['K', '0', '0.00'],
      ['S', '21', '21.00'],
    ]);
    expect(totals.totalIncl).toBe('1321.00');
  });

  it('groups equal rates written differently', () => {
    const totals = computeTotals({
      priceMode: 'excl',
      lines: [item('1', '0.99', '21'), item('1', '0.99', '21.00'), item('1', '0.99', 21)],
    });
    expect(totals.vatGroups).toHaveLength(1);
    expect(totals.totalVat).toBe('0.62');
  });

  it('an empty document is all zeros', () => {
    const totals = computeTotals({ priceMode: 'excl', lines: [] });
    expect(totals.vatGroups).toEqual([]);
    expect([totals.totalExcl, totals.totalVat, totals.totalIncl]).toEqual(['0.00', '0.00', '0.00']);
  });
});

describe('computeTotals — DOMAIN §4.3 (prices incl VAT)', () => {
  it('3 × 9.99 incl 21 % → 24.77 + 5.20, line nets 8.26 / 8.26 / 8.25', () => {
    const line = item('1', '9.99', '21');
    const totals = computeTotals({ priceMode: 'incl', lines: [line, line, line] });
    expect(groups(totals)).toEqual([['21', '24.77', '0.00', '24.77', '5.20']]);
    expect(items(totals).map((l) => [l.net, l.netExcl])).toEqual([
      ['9.99', '8.26'],
      ['9.99', '8.26'],
      ['9.99', '8.25'],
    ]);
    expect(totals.totalIncl).toBe('29.97');
  });

  it('G 100.00 → 82.64 + 17.36 (BR-CO-17 would recompute 17.35, within tolerance)', () => {
    const totals = computeTotals({ priceMode: 'incl', lines: [item('1', '100.00', '21')] });
    expect(totals).toMatchObject({ totalExcl: '82.64', totalVat: '17.36', totalIncl: '100.00' });
  });

  it('takes an incl document discount on the incl group total', () => {
    const totals = computeTotals({
      priceMode: 'incl',
      lines: [item('1', '121.00', '21'), item('1', '106.00', '6')],
      discount: { type: 'amount', value: '22.70' },
    });
    // Split pro rata on 121 / 106 → 12.10 / 10.60, leaving 108.90 and 95.40 incl.
    expect(totals.documentDiscount).toBe('22.70');
    expect(groups(totals)).toEqual([
      ['21', '100.00', '10.00', '90.00', '18.90'],
      ['6', '100.00', '10.00', '90.00', '5.40'],
    ]);
    expect(totals.totalIncl).toBe('204.30');
  });
});

describe('computeTotals — DOMAIN §4.4 settlement discount', () => {
  it('1,000.00 at 21 % with 2 % → 1,205.80, paid within 8 days 1,185.80', () => {
    const totals = computeTotals({
      priceMode: 'excl',
      lines: [item('1', '1000.00', '21')],
      settlementDiscount: { percent: '2', days: 8 },
    });
    expect(totals.vatGroups[0]).toMatchObject({
      totalExcl: '1000.00',
      settlementDiscount: '20.00',
      taxable: '980.00',
      vat: '205.80',
      totalIncl: '1205.80',
    });
    expect(totals.totalIncl).toBe('1205.80');
    expect(totals.settlement).toEqual({
      percent: '2',
      days: 8,
      discount: '20.00',
      totalPayable: '1185.80',
    });
  });

  it('in incl mode, VAT is recomputed on the discounted base', () => {
    const totals = computeTotals({
      priceMode: 'incl',
      lines: [item('1', '1210.00', '21')],
      settlementDiscount: { percent: '2', days: 8 },
    });
    expect(totals).toMatchObject({
      totalExcl: '1000.00',
      totalVat: '205.80',
      totalIncl: '1205.80',
    });
    expect(totals.settlement?.totalPayable).toBe('1185.80');
  });
});

describe('computeTotals — DOMAIN §4.5 margin and §4.7 packaging', () => {
  it('3 sold at 80.00 bought at 40.00 → profit 120.00', () => {
    const totals = computeTotals({
      priceMode: 'excl',
      lines: [item('3', '80.00', '21', { purchasePrice: '40.00' })],
    });
    expect(items(totals)[0]).toMatchObject({ cost: '120.00', profit: '120.00' });
    expect(totals).toMatchObject({ totalCost: '120.00', totalProfit: '120.00' });
  });

  it('profit is taken after the document discount in the totals', () => {
    const totals = computeTotals({
      priceMode: 'excl',
      lines: [item('1', '100', '21', { purchasePrice: '60' })],
      discount: { type: 'percent', value: '10' },
    });
    expect(totals.totalProfit).toBe('30.00');
  });

  it('two crates of 15.00 with a 3.90 deposit → 30.00 + 6.30 + 7.80 = 44.10', () => {
    const totals = computeTotals({
      priceMode: 'excl',
      lines: [item('2', '15.00', '21', { emptyGoodsValue: '3.90' })],
    });
    expect(totals).toMatchObject({
      totalExcl: '30.00',
      totalVat: '6.30',
      totalIncl: '36.30',
      totalEmpties: '7.80',
      totalPayable: '44.10',
    });
  });
});

describe('computeTotals — credit lines', () => {
  it('keeps an amount discount reducing a negative line', () => {
    const document: DocumentInput = {
      priceMode: 'excl',
      lines: [item('-4', '12.5', '21', { discount: { type: 'amount', value: '5' } })],
      discount: { type: 'amount', value: '4.50' },
    };
    const totals = computeTotals(document);
    expect(items(totals)[0]).toMatchObject({ gross: '-50.00', discount: '-5.00', net: '-45.00' });
    expect(totals).toMatchObject({ totalExcl: '-40.50', totalVat: '-8.51', totalIncl: '-49.01' });
  });
});
