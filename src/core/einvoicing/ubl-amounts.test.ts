import { describe, expect, it } from 'vitest';
import { type Decimal, ZERO, dec, sum } from '../money/decimal.js';
import { computeTotals } from '../documents/totals.js';
import { generateUbl } from './generate-ubl.js';
import {
  baseDocument,
  corpusDocuments,
  item,
} from '../../../tests/fixtures/ubl-corpus-documents.js';
import { buildUblModel } from './ubl-model.js';
import type { UblDocumentInput } from './ubl-types.js';

/** The first value of each `<tag …>value</tag>` in a piece of XML. */
const values = (xml: string, tag: string): string[] =>
  [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => m[1] ?? '');
const one = (xml: string, tag: string): string => values(xml, tag)[0] ?? '';
const blocks = (xml: string, tag: string): string[] =>
  [...xml.matchAll(new RegExp(`<${tag}>(.*?)</${tag}>`, 'gs'))].map((m) => m[1] ?? '');

function monetary(xml: string) {
  const total = blocks(xml, 'cac:LegalMonetaryTotal')[0] ?? '';
  const get = (tag: string) => dec(one(total, `cbc:${tag}`) || '0');
  return {
    lineExtension: get('LineExtensionAmount'),
    taxExclusive: get('TaxExclusiveAmount'),
    taxInclusive: get('TaxInclusiveAmount'),
    allowances: get('AllowanceTotalAmount'),
    charges: get('ChargeTotalAmount'),
    prepaid: get('PrepaidAmount'),
    payable: get('PayableAmount'),
  };
}

function checkDocument(input: UblDocumentInput): void {
  const xml = generateUbl(input);
  const model = buildUblModel(input);
  const totals = model.totals;
  const creditNote = input.kind === 'creditNote';
  const lines = blocks(xml, creditNote ? 'cac:CreditNoteLine' : 'cac:InvoiceLine');
  const itemTotals = totals.lines.flatMap((l) => (l.kind === 'item' ? [l] : []));

  // Line nets are computeTotals' netExcl, in order, and satisfy R120 within its 0.02.
  expect(lines.map((l) => one(l, 'cbc:LineExtensionAmount'))).toEqual(
    itemTotals.map((l) => l.netExcl),
  );
  for (const line of lines) {
    const quantity = dec(one(line, creditNote ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity'));
    const price = dec(one(line, 'cbc:PriceAmount'));
    expect(price.gte(ZERO)).toBe(true);
    const allowance = dec(one(blocks(line, 'cac:AllowanceCharge')[0] ?? '', 'cbc:Amount') || '0');
    const net = dec(one(line, 'cbc:LineExtensionAmount'));
    expect(quantity.times(price).minus(allowance).minus(net).abs().lte(dec('0.02'))).toBe(true);
  }

  const m = monetary(xml);
  const lineSum: Decimal = sum(lines.map((l) => dec(one(l, 'cbc:LineExtensionAmount'))));
  expect(m.lineExtension.eq(lineSum)).toBe(true); // BR-CO-10
  expect(m.lineExtension.eq(dec(totals.totalBase))).toBe(true);
  expect(m.taxExclusive.eq(m.lineExtension.minus(m.allowances).plus(m.charges))).toBe(true); // BR-CO-13

  // The VAT breakdown is computeTotals' groups: VAT per group, taxable after the settlement
  // discount where VAT is due.
  const taxTotal = blocks(xml, 'cac:TaxTotal')[0] ?? '';
  expect(one(taxTotal, 'cbc:TaxAmount')).toBe(totals.totalVat);
  const subtotals = blocks(taxTotal, 'cac:TaxSubtotal');
  totals.vatGroups.forEach((group, i) => {
    const row = subtotals[i] ?? '';
    expect(values(row, 'cbc:TaxAmount')[0]).toBe(group.vat);
    expect(one(row, 'cbc:ID')).toBe(group.vatCategory);
    if (dec(group.vatRate).gt(ZERO)) expect(one(row, 'cbc:TaxableAmount')).toBe(group.taxable);
  });
  expect(sum(subtotals.map((s) => dec(one(s, 'cbc:TaxAmount')))).eq(dec(totals.totalVat))).toBe(
    true,
  ); // BR-CO-14
  expect(m.taxInclusive.eq(m.taxExclusive.plus(dec(totals.totalVat)))).toBe(true); // BR-CO-15
  expect(m.taxInclusive.eq(dec(totals.totalPayable))).toBe(true);
  expect(m.payable.eq(m.taxInclusive.minus(m.prepaid))).toBe(true); // BR-CO-16
}

describe('UBL amounts are computeTotals’ amounts', () => {
  it.each(corpusDocuments().map((d) => [d.name, d.input] as const))('%s', (_, input) => {
    checkDocument(input);
  });

  it('DOMAIN §4.4: settlement allowance under S 21 %, same charge outside the base', () => {
    const xml = generateUbl(
      baseDocument({
        lines: [item('Installation', '1', '1000.00', '21')],
        settlementDiscount: { percent: '2', days: 8 },
      }),
    );
    const [allowance, charge] = blocks(xml, 'cac:AllowanceCharge');
    expect(one(allowance ?? '', 'cbc:ChargeIndicator')).toBe('false');
    expect(one(allowance ?? '', 'cbc:Amount')).toBe('20.00');
    expect(one(allowance ?? '', 'cbc:BaseAmount')).toBe('1000.00');
    expect(one(allowance ?? '', 'cbc:ID')).toBe('S');
    expect(one(charge ?? '', 'cbc:ChargeIndicator')).toBe('true');
    expect(one(charge ?? '', 'cbc:Amount')).toBe('20.00');
    expect(one(charge ?? '', 'cbc:ID')).toBe('E');
    const subtotals = blocks(xml, 'cac:TaxSubtotal');
    expect(subtotals.map((s) => [one(s, 'cbc:TaxableAmount'), one(s, 'cbc:TaxAmount')])).toEqual([
      ['980.00', '205.80'],
      ['20.00', '0.00'],
    ]);
    expect(monetary(xml).payable.toFixed(2)).toBe('1205.80');
    expect(xml).not.toContain('</cbc:InvoiceTypeCode><cbc:Note>');
    expect(blocks(xml, 'cac:PaymentTerms')[0]).toContain('1185,80 EUR');
  });

  it('DOMAIN §4.3: 3 × 9.99 incl 21 % → line nets 8.26/8.26/8.25, taxable 24.77, VAT 5.20', () => {
    const line = item('Ampoule', '1', '9.99', '21');
    const xml = generateUbl(baseDocument({ priceMode: 'incl', lines: [line, line, line] }));
    expect(values(xml, 'cbc:LineExtensionAmount')).toEqual(['24.77', '8.26', '8.26', '8.25']);
    // 9.99 / 1.21 to 4 decimals: within a cent of each net, so R120 holds with the entered price.
    expect(values(xml, 'cbc:PriceAmount')).toEqual(['8.2562', '8.2562', '8.2562']);
    expect(values(xml, 'cbc:TaxAmount')).toEqual(['5.20', '5.20']);
  });

  it('DOMAIN §4.6: final invoice takes the deposit back as a negative line → 7,420.00', () => {
    const xml = generateUbl(
      baseDocument({
        lines: [
          item('Rénovation', '1', '10000.00', '6'),
          item('Acompte F2026-0031', '-1', '3000.00', '6', { isDepositDeduction: true }),
        ],
      }),
    );
    expect(values(xml, 'cbc:InvoicedQuantity')).toEqual(['1', '-1']);
    expect(values(xml, 'cbc:PriceAmount')).toEqual(['10000.00', '3000.00']);
    expect(monetary(xml).payable.toFixed(2)).toBe('7420.00');
    expect(one(xml, 'cbc:PrepaidAmount')).toBe('');
  });

  it('turns a credit note entered with negative quantities into a positive CreditNote', () => {
    const lines = [
      item('Main-d’œuvre', '-3', '55.00', '6', { discount: { type: 'percent', value: '10' } }),
      item('Coffret', '-2', '24.99', '21'),
    ];
    const negative = baseDocument({
      kind: 'creditNote',
      lines,
      discount: { type: 'amount', value: '7.00' },
      settlementDiscount: { percent: '2', days: 8 },
    });
    const model = buildUblModel(negative);
    expect(model.negated).toBe(true);
    const original = computeTotals({ ...negative, lines });
    expect(model.totals.totalPayable).toBe(dec(original.totalPayable).neg().toFixed(2));
    expect(model.totals.vatGroups.map((g) => g.vat)).toEqual(
      original.vatGroups.map((g) => dec(g.vat).neg().toFixed(2)),
    );
    const xml = generateUbl(negative);
    expect(xml).toContain('<CreditNote ');
    expect(values(xml, 'cbc:CreditedQuantity')).toEqual(['3', '2']);
    checkDocument(negative);
  });
});
