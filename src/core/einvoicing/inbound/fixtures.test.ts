/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
// The shared fixtures are read in place (../shared), never copied into the repository. Core tests
// are also type-checked in the web project, without Node, hence Vite's raw imports over node:fs.
import expectedJson from '../../../../../shared/fixtures/peppol/EXPECTED.json?raw';
import {
  type ReceivedAllowanceCharge,
  type ReceivedDocument,
  type ReceivedParty,
  parseReceivedDocument,
} from './index.js';

const fixtureTexts = import.meta.glob<string>('../../../../../shared/fixtures/peppol/*.xml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
/** File name → text. */
const fixtures = new Map(
  Object.entries(fixtureTexts).map(([file, text]) => [file.slice(file.lastIndexOf('/') + 1), text]),
);

/** EXPECTED.json's vocabulary (see its `_about`); absent keys mean "not in the document". */
interface ExpectedParty {
  endpoint_id: string;
  endpoint_scheme: string;
  name?: string;
  registration_name?: string;
  vat_id?: string;
  legal_id?: string;
  legal_id_scheme?: string;
  country?: string;
}
interface ExpectedAllowanceCharge {
  charge: boolean;
  amount: string;
  base?: string;
  percent?: string;
  reason_code?: string;
  reason?: string;
  vat_category?: string;
  vat_rate?: string;
}
interface ExpectedSubtotal {
  category: string;
  rate?: string;
  taxable: string;
  tax: string;
  exemption_reason?: string;
  exemption_reason_code?: string;
}
interface ExpectedFile {
  bytes: number;
  document: 'Invoice' | 'CreditNote';
  customization_id: string;
  profile_id: string;
  id: string;
  issue_date: string;
  due_date?: string;
  type_code: string;
  currency: string;
  tax_currency?: string;
  buyer_reference?: string;
  order_reference?: string;
  billing_references?: string[];
  seller: ExpectedParty;
  buyer: ExpectedParty;
  tax_representative?: { name?: string; vat_id?: string; country?: string };
  payee?: { name?: string; legal_id?: string; legal_id_scheme?: string };
  payment_means?: { code: string; payment_id?: string; account: string }[];
  document_allowances_charges?: ExpectedAllowanceCharge[];
  tax_totals: { tax_amount: string; currency: string; subtotals: ExpectedSubtotal[] }[];
  totals: {
    line_extension: string;
    tax_exclusive: string;
    tax_inclusive: string;
    allowance_total?: string;
    charge_total?: string;
    prepaid?: string;
    rounding?: string;
    payable: string;
  };
  line_count: number;
  line_vat_categories: string[];
  line_allowances_charges: number;
  line_amounts: string[];
  attachments: number;
  note_count: number;
  check_line_sum_equals_line_extension: boolean;
  check_tax_inclusive: boolean;
  check_payable: boolean;
}

const expected = (JSON.parse(expectedJson) as { files: Record<string, ExpectedFile> }).files;

function read(file: string): string {
  const text = fixtures.get(file);
  if (text === undefined) throw new Error(`no fixture ${file}`);
  return text;
}

// EXPECTED.json's `vat_id` is the first PartyTaxScheme's CompanyID whatever its scheme: for
// Swedish sellers that is the F-tax approval (scheme TAX, BT-32), not the VAT number (BT-31).
// It is compared as such; `vatNumber` is checked separately below.
function party(p: ReceivedParty) {
  return {
    endpoint_id: p.endpoint?.id ?? null,
    endpoint_scheme: p.endpoint?.scheme ?? null,
    name: p.name,
    registration_name: p.registrationName,
    vat_id: p.taxRegistrations[0]?.companyId ?? null,
    legal_id: p.legalId?.id ?? null,
    legal_id_scheme: p.legalId?.scheme ?? null,
    country: p.address?.country ?? null,
  };
}

function expectedParty(e: ExpectedParty) {
  return {
    endpoint_id: e.endpoint_id,
    endpoint_scheme: e.endpoint_scheme,
    name: e.name ?? null,
    registration_name: e.registration_name ?? null,
    vat_id: e.vat_id ?? null,
    legal_id: e.legal_id ?? null,
    legal_id_scheme: e.legal_id_scheme ?? null,
    country: e.country ?? null,
  };
}

function allowanceCharge(ac: ReceivedAllowanceCharge) {
  return {
    charge: ac.charge,
    amount: ac.amount,
    base: ac.baseAmount,
    percent: ac.percent,
    reason_code: ac.reasonCode,
    reason: ac.reason,
    vat_category: ac.vatCategory,
    vat_rate: ac.vatRate,
  };
}

/** The document in EXPECTED.json's terms, every key present. */
function summary(doc: ReceivedDocument) {
  return {
    document: doc.kind === 'invoice' ? 'Invoice' : 'CreditNote',
    customization_id: doc.customizationId,
    profile_id: doc.profileId,
    id: doc.number,
    issue_date: doc.issueDate,
    due_date: doc.dueDate,
    type_code: doc.typeCode,
    currency: doc.currency,
    tax_currency: doc.taxCurrency,
    buyer_reference: doc.buyerReference,
    order_reference: doc.orderReference,
    billing_references: doc.billingReferences.map((reference) => reference.id),
    seller: party(doc.seller),
    buyer: party(doc.buyer),
    tax_representative: doc.taxRepresentative && {
      name: doc.taxRepresentative.name,
      vat_id: doc.taxRepresentative.vatNumber,
      country: doc.taxRepresentative.address?.country ?? null,
    },
    payee: doc.payee && {
      name: doc.payee.name,
      legal_id: doc.payee.legalId?.id ?? null,
      legal_id_scheme: doc.payee.legalId?.scheme ?? null,
    },
    payment_means: doc.paymentMeans.map((means) => ({
      code: means.code,
      payment_id: means.paymentId,
      account: means.account?.id ?? null,
    })),
    document_allowances_charges: doc.allowancesCharges.map(allowanceCharge),
    tax_totals: doc.taxTotals.map((total) => ({
      tax_amount: total.taxAmount,
      currency: total.currency,
      subtotals: total.subtotals.map((subtotal) => ({
        category: subtotal.category,
        rate: subtotal.percent,
        taxable: subtotal.taxableAmount,
        tax: subtotal.taxAmount,
        exemption_reason: subtotal.exemptionReason,
        exemption_reason_code: subtotal.exemptionReasonCode,
      })),
    })),
    totals: {
      line_extension: doc.totals.lineExtension,
      tax_exclusive: doc.totals.taxExclusive,
      tax_inclusive: doc.totals.taxInclusive,
      allowance_total: doc.totals.allowanceTotal,
      charge_total: doc.totals.chargeTotal,
      prepaid: doc.totals.prepaid,
      rounding: doc.totals.rounding,
      payable: doc.totals.payable,
    },
    line_count: doc.lines.length,
    line_vat_categories: [
      ...new Set(doc.lines.map((line) => `${line.vatCategory}/${line.vatRate ?? 'None'}`)),
    ].sort(),
    line_allowances_charges: doc.lines.reduce((n, line) => n + line.allowancesCharges.length, 0),
    line_amounts: doc.lines.map((line) => line.lineNet),
    attachments: doc.attachments.length,
    note_count: doc.notes.length,
  };
}

function expectedSummary(e: ExpectedFile): ReturnType<typeof summary> {
  return {
    document: e.document,
    customization_id: e.customization_id,
    profile_id: e.profile_id,
    id: e.id,
    issue_date: e.issue_date,
    due_date: e.due_date ?? null,
    type_code: e.type_code,
    currency: e.currency,
    tax_currency: e.tax_currency ?? null,
    buyer_reference: e.buyer_reference ?? null,
    order_reference: e.order_reference ?? null,
    billing_references: e.billing_references ?? [],
    seller: expectedParty(e.seller),
    buyer: expectedParty(e.buyer),
    tax_representative: e.tax_representative
      ? {
          name: e.tax_representative.name ?? null,
          vat_id: e.tax_representative.vat_id ?? null,
          country: e.tax_representative.country ?? null,
        }
      : null,
    payee: e.payee
      ? {
          name: e.payee.name ?? null,
          legal_id: e.payee.legal_id ?? null,
          legal_id_scheme: e.payee.legal_id_scheme ?? null,
        }
      : null,
    payment_means: (e.payment_means ?? []).map((means) => ({
      code: means.code,
      payment_id: means.payment_id ?? null,
      account: means.account,
    })),
    document_allowances_charges: (e.document_allowances_charges ?? []).map((ac) => ({
      charge: ac.charge,
      amount: ac.amount,
      base: ac.base ?? null,
      percent: ac.percent ?? null,
      reason_code: ac.reason_code ?? null,
      reason: ac.reason ?? null,
      vat_category: ac.vat_category ?? null,
      vat_rate: ac.vat_rate ?? null,
    })),
    tax_totals: e.tax_totals.map((total) => ({
      tax_amount: total.tax_amount,
      currency: total.currency,
      subtotals: total.subtotals.map((subtotal) => ({
        category: subtotal.category,
        rate: subtotal.rate ?? null,
        taxable: subtotal.taxable,
        tax: subtotal.tax,
        exemption_reason: subtotal.exemption_reason ?? null,
        exemption_reason_code: subtotal.exemption_reason_code ?? null,
      })),
    })),
    totals: {
      line_extension: e.totals.line_extension,
      tax_exclusive: e.totals.tax_exclusive,
      tax_inclusive: e.totals.tax_inclusive,
      allowance_total: e.totals.allowance_total ?? null,
      charge_total: e.totals.charge_total ?? null,
      prepaid: e.totals.prepaid ?? null,
      rounding: e.totals.rounding ?? null,
      payable: e.totals.payable,
    },
    line_count: e.line_count,
    line_vat_categories: [...e.line_vat_categories].sort(),
    line_allowances_charges: e.line_allowances_charges,
    line_amounts: e.line_amounts,
    attachments: e.attachments,
    note_count: e.note_count,
  };
}

const files = [...fixtures.keys()].sort();

describe('received PEPPOL fixtures (../shared/fixtures/peppol, EXPECTED.json)', () => {
  it('covers every fixture file, and EXPECTED.json describes each', () => {
    expect(files.length).toBeGreaterThanOrEqual(31);
    expect([...files].sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(files)('%s reads as EXPECTED.json says', (file) => {
    const e = expected[file];
    if (!e) throw new Error(`${file} is not in EXPECTED.json`);
    const text = read(file);
    expect(new TextEncoder().encode(text).length).toBe(e.bytes);
    const doc = parseReceivedDocument(text);
    expect(summary(doc)).toEqual(expectedSummary(e));

    // The arithmetic EXPECTED.json re-checked holds here too; and no rule is broken at all.
    const codes = doc.warnings.map((warning) => warning.code);
    if (e.check_line_sum_equals_line_extension)
      expect(codes).not.toContain('lineExtensionMismatch');
    if (e.check_tax_inclusive) expect(codes).not.toContain('taxInclusiveMismatch');
    if (e.check_payable) expect(codes).not.toContain('payableMismatch');
    expect(doc.warnings).toEqual([]);

    // BT-110 is the TaxTotal in the document currency.
    const main = e.tax_totals.find((total) => total.currency === e.currency);
    expect(doc.totals.taxTotal).toBe(main?.tax_amount ?? null);
  });
});

describe('details the summary does not cover', () => {
  it('tells the VAT number (BT-31) from another tax registration (BT-32)', () => {
    const doc = parseReceivedDocument(read('cef-en16931_BIS_Billing_30-Elhandel.xml'));
    expect(doc.seller.taxRegistrations).toEqual([
      { companyId: 'Godkänd för F-skatt', taxScheme: 'TAX' },
      { companyId: 'SE556677889901', taxScheme: 'VAT' },
    ]);
    expect(doc.seller.vatNumber).toBe('SE556677889901');
    expect(doc.seller.legalForm).toBe('Säte: Malmö');
  });

  it('reads the maximum-content invoice in full', () => {
    const doc = parseReceivedDocument(read('cef-en16931_Invoice-Max_content.xml'));
    expect(doc.totals.taxTotal).toBe('2500');
    expect(doc.totals.taxTotalInTaxCurrency).toBe('249');
    expect(doc.salesOrderReference).toBe('INK/0117/JM');
    expect(doc.contractReference).toBe('2017-123');
    expect(doc.projectReference).toBe('Project 99');
    expect(doc.invoicePeriod).toEqual({
      start: '2018-02-01',
      end: '2018-02-07',
      descriptionCode: null,
    });
    expect(doc.delivery?.date).toBe('2017-12-01');
    expect(doc.delivery?.locationId).toEqual({ id: '7350000001211', scheme: '0088' });
    expect(doc.notes).toEqual(['Document level Note\nLine break should be respected here.']);
    expect(doc.paymentTerms).toBe(
      '30 days net. Penalty rate 12 %\nLine break should be respected here.',
    );
    expect(doc.paymentMeans[0]).toMatchObject({
      code: '30',
      name: 'Credit transfer',
      structuredCommunication: null,
      account: {
        id: 'SE1212341234123412341234',
        name: 'Name-of-account_A (normally not used in Sweden)',
        bic: 'BANKSBIC',
      },
    });
    expect(doc.seller.contact).toEqual({
      name: 'A Persson',
      telephone: '0201234567',
      email: 'info@UCS.se',
    });
    expect(doc.seller.address).toEqual({
      street: 'Streetname-line1',
      additionalStreet: 'AddStreetname-line2',
      line: 'Address-line3',
      city: 'Big City',
      postalCode: '11122',
      subdivision: 'Delstat A',
      country: 'SE',
    });
    expect(doc.seller.identifiers).toEqual([
      { id: '7350000001204', scheme: '0088' },
      { id: 'BilateralID', scheme: null },
    ]);
    expect(doc.attachments).toEqual([
      {
        id: 'Time report 1',
        description: 'Attached sample document',
        content: '01234567',
        byteLength: 6,
        mimeCode: 'text/csv',
        filename: 'testfilnamn.abc',
        externalUri: null,
        isPdf: false,
      },
      {
        id: 'Example 1',
        description: 'Referenced external sample document',
        content: null,
        byteLength: null,
        mimeCode: null,
        filename: null,
        externalUri: 'http://www.example.com/index.html',
        isPdf: false,
      },
    ]);
    expect(doc.pdfAttachment).toBeNull();
    expect(doc.documentReferences).toEqual([
      { id: 'ABC123', scheme: 'VT', typeCode: '130', description: null },
      { id: 'MT123', scheme: null, typeCode: null, description: 'Contracted maintenance plan' },
    ]);
    const [first] = doc.lines;
    expect(first).toMatchObject({
      id: '1',
      quantity: '500',
      unitCode: 'MTR',
      lineNet: '10000',
      price: '20',
      baseQuantity: '1',
      baseQuantityUnitCode: 'MTR',
      priceDiscount: '0.50',
      grossPrice: '20.50',
      itemName: 'Universal product',
      description: 'Universal product, customized with option X',
      sellerItemId: 'UNI+X',
      buyerItemId: "Buyer's ID",
      standardId: { id: '17350053850016', scheme: '0088' },
      originCountry: 'SE',
      vatCategory: 'S',
      vatRate: '25',
      orderLineReference: '20080117/JM',
      period: { start: '2018-02-01', end: '2018-02-07', descriptionCode: null },
    });
    expect(first?.classifications).toEqual([
      { id: '9873242', scheme: 'SSR' },
      { id: 'SST3242', scheme: 'SST' },
    ]);
    expect(first?.properties).toEqual([
      { name: 'Surface grade', value: 'A11' },
      { name: 'Density', value: '2.33' },
    ]);
    expect(first?.allowancesCharges.map((ac) => [ac.charge, ac.reasonCode])).toEqual([
      [false, '95'],
      [true, 'WH'],
    ]);
  });

  it('marks the embedded PDF of a UBL.BE credit note without decoding it', () => {
    const doc = parseReceivedDocument(read('phive-rules-ublbe_V01-15000002.xml'));
    expect(doc.kind).toBe('creditNote');
    expect(doc.pdfAttachment).toBe(0);
    expect(doc.attachments[0]).toMatchObject({
      id: 'V01/15000002',
      content: 'VGVzdA==',
      byteLength: 4,
      mimeCode: 'application/pdf',
      filename: '15000002.pdf',
      isPdf: true,
    });
    expect(doc.documentReferences).toEqual([
      {
        id: 'UBL.BE',
        scheme: null,
        typeCode: null,
        description: 'UBL.BE Compatible software Version 5.21',
      },
    ]);
    expect(doc.lines[0]).toMatchObject({ quantity: '2', unitCode: 'ZZ', price: '200' });
    expect(doc.paymentMeans[0]?.account).toEqual({
      id: 'BE54000000000097',
      iban: 'BE54000000000097',
      name: null,
      bic: 'BPOTBEB1',
    });
  });
});
