import { describe, expect, it } from 'vitest';
import { effectiveBuyerReference } from './generate-ubl.js';
import { PEPPOL_ISSUE_CODES } from './peppol-issues.js';
import {
  SELLER,
  baseDocument,
  brokenDocuments,
  item,
} from '../../../tests/fixtures/ubl-corpus-documents.js';
import { validateForPeppol } from './validate-peppol.js';

const rules = (issues: ReturnType<typeof validateForPeppol>) => issues.map((i) => i.rule);

describe('validateForPeppol', () => {
  it('accepts an ordinary Belgian B2B invoice', () => {
    expect(validateForPeppol(baseDocument())).toEqual([]);
  });

  it('reports every problem at once, with the field to correct', () => {
    const issues = validateForPeppol(
      baseDocument({
        number: ' ',
        issueDate: '02/03/2026',
        seller: { ...SELLER, vatNumber: null, address: { ...SELLER.address, city: null } },
        lines: [item('', '1', '10.00', '21', { unitCode: 'hours' })],
      }),
    );
    expect(issues).toEqual([
      { rule: 'BR-02', path: 'number', code: 'numberMissing' },
      { rule: 'PEPPOL-EN16931-F001', path: 'issueDate', code: 'dateInvalid' },
      { rule: 'BR-25', path: 'lines.0.description', code: 'lineDescriptionMissing' },
      { rule: 'BR-CL-23', path: 'lines.0.unitCode', code: 'unitCodeInvalid' },
      { rule: 'FACTO-ADDRESS', path: 'seller.address.city', code: 'sellerAddressIncomplete' },
      { rule: 'BR-S-02', path: 'seller.vatNumber', code: 'sellerVatMissing' },
    ]);
  });

  it('maps what computeTotals refuses to the offending field', () => {
    const issues = validateForPeppol(baseDocument({ lines: [item('Câble', 'abc', '1.00', '21')] }));
    expect(issues).toEqual([
      { rule: 'FACTO-TOTALS', path: 'lines.0.quantity', code: 'invalidAmount' },
    ]);
    expect(
      validateForPeppol(
        baseDocument({ lines: [item('Câble', '1', '1.00', '21', { vatCategory: 'AE' })] }),
      ),
    ).toContainEqual({ rule: 'FACTO-TOTALS', path: 'lines.0.vatRate', code: 'invalidAmount' });
  });

  it('accepts an E line with a VATEX code only, refuses an unknown code', () => {
    const exempt = [item('Formation', '1', '300.00', '0', { vatCategory: 'E' })];
    expect(
      validateForPeppol(baseDocument({ lines: exempt, vatExemptionCode: 'VATEX-EU-132' })),
    ).toEqual([]);
    expect(
      rules(validateForPeppol(baseDocument({ lines: exempt, vatExemptionCode: 'VATEX-EU-999' }))),
    ).toEqual(['BR-CL-22']);
  });

  it('checks the export destination on the delivery address first', () => {
    const exported = [item('Panels', '1', '100.00', '0', { vatCategory: 'G' })];
    const toUs = {
      country: 'US',
      street: null,
      number: null,
      box: null,
      postalCode: null,
      city: null,
    };
    expect(validateForPeppol(baseDocument({ lines: exported, deliveryAddress: toUs }))).toEqual([]);
    expect(validateForPeppol(baseDocument({ lines: exported }))).toEqual([
      { rule: 'FACTO-G-EU', path: 'buyer.address.country', code: 'exportToEu' },
    ]);
  });

  it('does not ask a credit note or a paid invoice for an IBAN', () => {
    const noIban = { ...baseDocument().payment, iban: null, structuredCommunication: null };
    expect(validateForPeppol(baseDocument({ kind: 'creditNote', payment: noIban }))).toEqual([]);
    expect(validateForPeppol(baseDocument({ payment: noIban, prepaidAmount: '1210.00' }))).toEqual(
      [],
    );
    expect(rules(validateForPeppol(baseDocument({ payment: noIban })))).toEqual(['BR-61']);
  });

  it('reads a stored 0208 PEPPOL id strictly', () => {
    const buyer = { ...baseDocument().buyer, peppolId: '0208:403170701' };
    expect(validateForPeppol(baseDocument({ buyer }))).toEqual([
      { rule: 'PEPPOL-COMMON-R043', path: 'buyer.peppolId', code: 'endpointInvalid' },
    ]);
  });

  it('uses only codes that have messages, and the broken set covers most of them', () => {
    const used = new Set(brokenDocuments().map((d) => d.code));
    for (const code of used) expect(PEPPOL_ISSUE_CODES).toContain(code);
    expect(used.size).toBeGreaterThanOrEqual(20);
  });
});

describe('effectiveBuyerReference (R003)', () => {
  const doc = baseDocument();
  it.each([
    ['the given reference', { buyerReference: 'REF-1' }, 'REF-1'],
    ['nothing when an order reference is given', { orderReference: 'PO-9' }, ''],
    ['the customer number otherwise', {}, 'C00012'],
    [
      'the document number without a customer number',
      { buyer: { ...doc.buyer, customerNumber: null } },
      'F2026-0042',
    ],
  ] as const)('%s', (_, overrides, expected) => {
    expect(effectiveBuyerReference({ ...doc, ...overrides })).toBe(expected);
  });
});
