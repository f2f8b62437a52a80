import { describe, expect, it } from 'vitest';
import type { Document } from '../../../../contract/index.js';
import {
  customerDefaults,
  emptyDocumentValues,
  emptyLine,
  toDocumentFormValues,
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

describe('delivery address', () => {
  const SITE = '01a20594-dc7f-75a1-922c-fa7591e4cf2d';
  const customer = {
    id: '01a20594-dc7f-75a1-922c-fa7591e4cf2c',
    vatRegime: 'intraEuGoods' as const,
    language: 'fr' as const,
    vatExemptionReason: null,
    defaultDiscountPercent: null,
  };

  it('starts from the customer’s default address, or none when it has none', () => {
    const address = {
      id: SITE,
      label: 'Lager',
      street: 'Hohe Straße',
      number: '52',
      box: null,
      postalCode: '50667',
      city: 'Köln',
      country: 'DE',
    };
    expect(customerDefaults({ ...customer, deliveryAddresses: [address] })).toMatchObject({
      deliveryChoice: SITE,
    });
    expect(customerDefaults({ ...customer, deliveryAddresses: [] })).toMatchObject({
      deliveryChoice: 'none',
    });
    expect(toDocumentInput(emptyDocumentValues('2026-03-01')).input.deliveryAddress).toBeNull();
  });

  it('sends the customer’s address by id and a typed one in full', () => {
    const values = emptyDocumentValues('2026-03-01');
    values.deliveryChoice = SITE;
    expect(toDocumentInput(values).input.deliveryAddress).toEqual({
      source: 'customer',
      contactAddressId: SITE,
    });
    values.deliveryChoice = 'typed';
    values.deliveryTyped = {
      street: ' Havenweg ',
      number: '3',
      box: '',
      postalCode: '6541 AD',
      city: 'Nijmegen',
      country: 'NL',
    };
    expect(toDocumentInput(values).input.deliveryAddress).toEqual({
      source: 'typed',
      street: 'Havenweg',
      number: '3',
      box: null,
      postalCode: '6541 AD',
      city: 'Nijmegen',
      country: 'NL',
    });
  });

  it('reads a saved document’s choice back: the customer’s address, or typed', () => {
    const stored = {
      contactAddressId: null,
      label: null,
      street: 'Quai 1',
      number: null,
      box: null,
      postalCode: null,
      city: 'Anvers',
      country: 'BE',
    };
    const base = { ...emptyDocumentValues('2026-03-01'), lines: [] };
    const document = (deliveryAddress: Document['deliveryAddress']) =>
      ({
        ...base,
        customerId: customer.id,
        journalId: customer.id,
        dueDate: null,
        validUntil: null,
        language: 'fr',
        currency: 'EUR',
        orderReference: null,
        deliveryDate: null,
        vatRegime: 'normal',
        vatExemptionReason: null,
        discount: null,
        settlementDiscount: null,
        textAbove: null,
        textBelow: null,
        internalNote: null,
        automaticReminders: true,
        deliveryAddress,
      }) as unknown as Document;
    expect(toDocumentFormValues(document(stored))).toMatchObject({
      deliveryChoice: 'typed',
      deliveryTyped: { street: 'Quai 1', number: '', city: 'Anvers', country: 'BE' },
    });
    expect(
      toDocumentFormValues(document({ ...stored, contactAddressId: SITE })).deliveryChoice,
    ).toBe(SITE);
    expect(toDocumentFormValues(document(null)).deliveryChoice).toBe('none');
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
