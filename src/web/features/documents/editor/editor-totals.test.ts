import { describe, expect, it } from 'vitest';
import { emptyDocumentValues, emptyLine, type DocumentFormValues } from './document-form-values';
import { deductionsOf, editorTotals } from './editor-totals';

function invoice(): DocumentFormValues {
  const values = emptyDocumentValues('2026-11-22');
  values.lines = [
    { ...emptyLine('item', '21'), description: 'Tap', quantity: '2', unitPrice: '80' },
    {
      ...emptyLine('item', '6'),
      description: 'Work',
      quantity: '3.5',
      unitPrice: '55',
      discountValue: '10',
    },
    { ...emptyLine('text'), description: 'Done on 12 November' },
  ];
  values.settlementPercent = '2';
  values.settlementDays = 8;
  return values;
}

describe('editorTotals', () => {
  it('computes what the server stores, VAT on the base less the settlement discount', () => {
    const { totals } = editorTotals(invoice(), 'normal', 'liable', 'en');
    expect(totals?.totalExcl).toBe('333.25');
    expect(totals?.totalVat).toBe('43.12');
    expect(totals?.totalIncl).toBe('376.37');
    expect(totals?.settlement?.totalPayable).toBe('369.70');
    expect(totals?.vatGroups.map((group) => [group.vatCategory, group.vatRate])).toEqual([
      ['S', '21'],
      ['S', '6'],
    ]);
  });

  it('puts every line at 0 % outside the normal regime', () => {
    const { totals } = editorTotals(invoice(), 'reverseCharge', 'liable', 'en');
    expect(totals?.totalVat).toBe('0.00');
    expect(totals?.vatGroups.map((group) => group.vatCategory)).toEqual(['AE']);
    const exempt = editorTotals(invoice(), 'normal', 'franchise', 'en').totals;
    expect(exempt?.vatGroups.map((group) => group.vatCategory)).toEqual(['E']);
  });

  it('counts what is still being typed as what it will become', () => {
    const values = invoice();
    values.lines[0] = { ...emptyLine('item'), quantity: '2.', unitPrice: '' };
    expect(editorTotals(values, 'normal', 'liable', 'en').totals?.totalExcl).toBe('173.25');
  });

  it('names the input at fault when the totals refuse a value', () => {
    const values = invoice();
    values.lines[1] = { ...emptyLine('item'), unitPrice: '10', discountValue: '150' };
    const { totals, problem } = editorTotals(values, 'normal', 'liable', 'en');
    expect(totals).toBeNull();
    expect(problem).toEqual({
      path: 'lines.1.discountValue',
      message: 'Enter a percentage between 0 and 100, with at most 2 decimals.',
    });
  });
});

describe('editorTotals with an oversized price', () => {
  it('puts the schema limit on that price and keeps the other lines’ totals', () => {
    const values = invoice();
    values.lines[0] = { ...emptyLine('item'), quantity: '1', unitPrice: '100000000.01' };
    const { totals, lineAmounts, problem, problems } = editorTotals(
      values,
      'normal',
      'liable',
      'fr',
    );
    expect(totals).toBeNull();
    expect(lineAmounts).toEqual([null, '173.25', null]);
    expect(problems).toEqual([
      { path: 'lines.0.unitPrice', message: 'Ce montant est trop élevé.' },
    ]);
    expect(problem).toEqual(problems[0]);
  });

  it('puts a line amount out of range on its price, as the server does', () => {
    const values = invoice();
    values.lines.unshift({ ...emptyLine('section'), description: 'Works' });
    values.lines[2] = {
      ...emptyLine('item', '6'),
      description: 'Work',
      quantity: '1000000',
      unitPrice: '100000000',
    };
    const { lineAmounts, problems } = editorTotals(values, 'normal', 'liable', 'nl');
    expect(lineAmounts).toEqual([null, '160.00', null, null]);
    expect(problems).toEqual([{ path: 'lines.2.unitPrice', message: 'Dit bedrag is te groot.' }]);
  });

  it('computes section subtotals from the lines themselves', () => {
    const values = invoice();
    values.lines.unshift({ ...emptyLine('section'), description: 'Works' });
    const { lineAmounts, problems } = editorTotals(values, 'normal', 'liable', 'en');
    expect(problems).toEqual([]);
    expect(lineAmounts).toEqual(['333.25', '160.00', '173.25', null]);
  });
});

describe('a negative quantity', () => {
  it('is allowed and shows as a deduction of the total', () => {
    const values = invoice();
    values.lines.push({
      ...emptyLine('item', '21'),
      description: 'Reprise ancien boiler',
      quantity: '-1',
      unitPrice: '50',
    });
    const { totals, lineAmounts, problems } = editorTotals(values, 'normal', 'liable', 'fr');
    expect(problems).toEqual([]);
    expect(lineAmounts[3]).toBe('-50.00');
    expect(totals?.totalExcl).toBe('283.25');
    expect(deductionsOf(values.lines, lineAmounts)).toBe('-50.00');
    expect(
      deductionsOf(invoice().lines, editorTotals(invoice(), 'normal', 'liable', 'fr').lineAmounts),
    ).toBeNull();
  });
});
