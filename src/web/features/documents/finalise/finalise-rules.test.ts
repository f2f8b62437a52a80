import { describe, expect, it } from 'vitest';
import type { Document } from '../../../../contract/index.js';
import { emptyLine } from '../editor/document-form-values';
import { editorWarnings } from '../editor/editor-warnings';
import { creditNoteInputOf } from './credit-note-input';

describe('editorWarnings', () => {
  const lines = [{ ...emptyLine('item', '6'), description: 'Carrelage', unitPrice: '50' }];
  const business = { vatNumber: 'BE0403170701' };

  it('warns about 6 % for a customer with a VAT number, not for a private one', () => {
    expect(editorWarnings('invoice', { lines }, business, null, true)).toEqual(['renovationVat']);
    expect(editorWarnings('quote', { lines }, business, null, true)).toEqual(['renovationVat']);
    expect(editorWarnings('invoice', { lines }, { vatNumber: null }, null, true)).toEqual([]);
    // Reverse charge and the like put every line at 0 %: no 6 % is charged.
    expect(editorWarnings('invoice', { lines }, business, null, false)).toEqual([]);
  });

  it('warns about an invoice asking a negative amount, not a credit note', () => {
    const totals = { totalIncl: '-121.00' };
    expect(editorWarnings('invoice', { lines: [] }, undefined, totals, true)).toEqual([
      'negativeTotal',
    ]);
    expect(editorWarnings('creditNote', { lines: [] }, undefined, totals, true)).toEqual([]);
    expect(
      editorWarnings('invoice', { lines: [] }, undefined, { totalIncl: '0.00' }, true),
    ).toEqual([]);
  });
});

describe('creditNoteInputOf', () => {
  const line = (id: string, quantity: string, unitPrice: string) => ({
    id,
    kind: 'item' as const,
    productId: null,
    description: `Line ${id}`,
    quantity,
    unitCode: 'C62',
    unitPrice,
    discount: null,
    vatRate: '21',
    vatCategory: 'S',
    purchasePrice: null,
    isDepositDeduction: false,
    amounts: null,
    subtotal: null,
  });
  const invoice = {
    type: 'invoice',
    customerId: '01a20594-dc7f-75a1-922c-fa7591e4cf2c',
    journalId: '01a20594-dc7f-75a1-922c-fa7591e4cf2d',
    issueDate: '2026-03-10',
    dueDate: '2026-04-10',
    validUntil: null,
    language: 'fr',
    currency: 'EUR',
    orderReference: null,
    deliveryDate: null,
    priceMode: 'excl',
    vatRegime: 'normal',
    vatExemptionReason: null,
    discount: null,
    settlementDiscount: null,
    textAbove: null,
    textBelow: null,
    internalNote: null,
    automaticReminders: true,
    lines: [
      line('a', '-1', '100'),
      line('b', '2', '10'),
      { ...line('c', '1', '0'), kind: 'section', description: 'Notes' },
    ],
  } as unknown as Document;

  it('turns the signs of the lines, in the credit notes’ default journal, without a due date', () => {
    const input = creditNoteInputOf(invoice);
    expect([input.journalId, input.dueDate, input.customerId]).toEqual([
      null,
      null,
      invoice.customerId,
    ]);
    expect(input.lines.map((l) => (l.kind === 'item' ? l.quantity : l.kind))).toEqual([
      '1',
      '-2',
      'section',
    ]);
  });
});
