import { describe, expect, it } from 'vitest';
import {
  customerDefaults,
  emptyDocumentValues,
  emptyLine,
  toDocumentInput,
} from './document-form-values';

describe('toDocumentInput', () => {
  it('leaves out lines nobody filled in and remembers where the others were', () => {
    const values = emptyDocumentValues('2026-03-01');
    values.customerId = '01a20594-dc7f-75a1-922c-fa7591e4cf2c';
    values.lines = [
      { ...emptyLine('item'), description: 'Work', unitPrice: '55' },
      emptyLine('item'),
      { ...emptyLine('section'), description: 'Bathroom' },
      { ...emptyLine('item'), description: 'Tap', unitPrice: '80', discountValue: '10' },
    ];
    const { input, lineIndexes } = toDocumentInput(values);
    expect(lineIndexes).toEqual([0, 2, 3]);
    expect(input.lines).toHaveLength(3);
    expect(input.lines[2]).toMatchObject({
      kind: 'item',
      discount: { type: 'percent', value: '10' },
      purchasePrice: null,
    });
    expect(input.lines[1]).toEqual({ kind: 'section', description: 'Bathroom' });
  });

  it('sends empty texts as null and keeps the line breaks of texts', () => {
    const values = emptyDocumentValues('2026-03-01');
    values.textAbove = 'Dear customer,\n\nHere is our offer.';
    values.dueDate = '';
    const { input } = toDocumentInput(values);
    expect(input.textAbove).toBe('Dear customer,\n\nHere is our offer.');
    expect(input.textBelow).toBeNull();
    expect(input.dueDate).toBeNull();
    expect(input.settlementDiscount).toBeNull();
  });
});

describe('customerDefaults', () => {
  const customer = {
    id: '01a20594-dc7f-75a1-922c-fa7591e4cf2c',
    vatRegime: 'normal' as const,
    language: 'fr' as const,
    vatExemptionReason: null,
  };

  it('puts the customer’s default discount in the document discount', () => {
    expect(customerDefaults({ ...customer, defaultDiscountPercent: '10.00' })).toMatchObject({
      discountType: 'percent',
      discountValue: '10',
    });
    expect(customerDefaults({ ...customer, defaultDiscountPercent: '2.50' })).toMatchObject({
      discountValue: '2.5',
    });
  });

  it('leaves the discount alone for a customer without one', () => {
    const defaults = customerDefaults({ ...customer, defaultDiscountPercent: null });
    expect('discountValue' in defaults).toBe(false);
  });
});
