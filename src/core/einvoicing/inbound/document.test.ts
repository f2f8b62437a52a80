/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
// The shared fixture is read in place (../shared), never copied into the repository.
import base from '../../../../../shared/fixtures/peppol/openpeppol_base-example.xml?raw';
import { type Decimal, dec, formatMoney, round2, sum } from '../../money/decimal.js';
import {
  documentKey,
  isAddressedTo,
  parseReceivedDocument,
  structuredCommunicationOf,
} from './index.js';

function edit(from: string, to: string, xml = base): string {
  if (!xml.includes(from)) throw new Error(`not in the document: ${from}`);
  return xml.replace(from, to);
}

const NS = {
  invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

interface SampleOptions {
  lines?: number;
  paymentId?: string;
  /** `null`: no `cbc:DueDate`, the date only in `PaymentMeans/PaymentDueDate`. */
  dueDate?: string | null;
}

const party = (endpoint: string, vat: string, name: string, enterprise: string) => `<cac:Party>
      <cbc:EndpointID schemeID="${endpoint.slice(0, 4)}">${endpoint.slice(5)}</cbc:EndpointID>
      <cac:PartyName><cbc:Name>${name}</cbc:Name></cac:PartyName>
      <cac:PostalAddress>
        <cbc:StreetName>Rue de la Loi 16</cbc:StreetName><cbc:CityName>Bruxelles</cbc:CityName>
        <cbc:PostalZone>1000</cbc:PostalZone>
        <cac:Country><cbc:IdentificationCode>BE</cbc:IdentificationCode></cac:Country>
      </cac:PostalAddress>
      <cac:PartyTaxScheme><cbc:CompanyID>${vat}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
      <cac:PartyLegalEntity><cbc:RegistrationName>${name} SRL</cbc:RegistrationName><cbc:CompanyID schemeID="0208">${enterprise}</cbc:CompanyID></cac:PartyLegalEntity>
    </cac:Party>`;

/**
 * A Belgian PEPPOL invoice of `lines` lines at 21 % and 6 %, its totals computed here with the
 * core's decimals, so a correct reader finds them consistent (no warnings).
 */
function sampleInvoice(options: SampleOptions = {}) {
  const count = options.lines ?? 100;
  const lines = Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const quantity = dec(String((n % 5) + 1));
    const price = dec(`${10 + n}.25`);
    return { n, quantity, price, net: round2(quantity.times(price)), rate: n % 3 ? '21' : '6' };
  });
  const groups = ['21', '6'].map((rate) => {
    const taxable = sum(lines.filter((line) => line.rate === rate).map((line) => line.net));
    return { rate, taxable, tax: round2(taxable.times(dec(rate)).div(dec('100'))) };
  });
  const m = (value: Decimal) => formatMoney(value);
  const lineTotal = sum(lines.map((line) => line.net));
  const taxTotal = sum(groups.map((group) => group.tax));
  const dueDate = options.dueDate === undefined ? '2026-04-01' : options.dueDate;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="${NS.invoice}" xmlns:cac="${NS.cac}" xmlns:cbc="${NS.cbc}">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>2026/0042</cbc:ID>
  <cbc:IssueDate>2026-03-02</cbc:IssueDate>
  ${dueDate ? `<cbc:DueDate>${dueDate}</cbc:DueDate>` : ''}
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:Note>Merci pour votre confiance</cbc:Note>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>C00123</cbc:BuyerReference>
  <cac:AccountingSupplierParty>
    ${party('0208:0566988259', 'BE0566988259', 'Électricité Dupont', '0566988259')}
  </cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty>
    ${party('9925:BE0403170701', 'BE 0403.170.701', 'Client & Fils', '0403170701').replaceAll('Client & Fils', 'Client &amp; Fils')}
  </cac:AccountingCustomerParty>
  <cac:Delivery><cbc:ActualDeliveryDate>2026-02-27</cbc:ActualDeliveryDate></cac:Delivery>
  <cac:PaymentMeans>
    <cbc:PaymentMeansCode name="Credit transfer">30</cbc:PaymentMeansCode>
    ${dueDate === null ? '<cbc:PaymentDueDate>2026-04-15</cbc:PaymentDueDate>' : ''}
    <cbc:PaymentID>${options.paymentId ?? '+++010/8068/17183+++'}</cbc:PaymentID>
    <cac:PayeeFinancialAccount>
      <cbc:ID>BE68 5390 0754 7034</cbc:ID>
      <cac:FinancialInstitutionBranch><cbc:ID>GEBABEBB</cbc:ID></cac:FinancialInstitutionBranch>
    </cac:PayeeFinancialAccount>
  </cac:PaymentMeans>
  <cac:PaymentTerms><cbc:Note>30 jours fin de mois</cbc:Note></cac:PaymentTerms>
  <cac:TaxTotal>
    <cbc:TaxAmount currencyID="EUR">${m(taxTotal)}</cbc:TaxAmount>
    ${groups
      .map(
        (group) => `<cac:TaxSubtotal>
      <cbc:TaxableAmount currencyID="EUR">${m(group.taxable)}</cbc:TaxableAmount>
      <cbc:TaxAmount currencyID="EUR">${m(group.tax)}</cbc:TaxAmount>
      <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>${group.rate}</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>
    </cac:TaxSubtotal>`,
      )
      .join('\n    ')}
  </cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">${m(lineTotal)}</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">${m(lineTotal)}</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">${m(lineTotal.plus(taxTotal))}</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">${m(lineTotal.plus(taxTotal))}</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
${lines
  .map(
    (line) => `  <cac:InvoiceLine>
    <cbc:ID>${line.n}</cbc:ID>
    <cbc:InvoicedQuantity unitCode="HUR">${line.quantity.toFixed()}</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="EUR">${m(line.net)}</cbc:LineExtensionAmount>
    <cac:Item>
      <cbc:Description>Travaux, poste ${line.n}</cbc:Description>
      <cbc:Name>Main-d'œuvre ${line.n}</cbc:Name>
      <cac:SellersItemIdentification><cbc:ID>P${line.n}</cbc:ID></cac:SellersItemIdentification>
      <cac:StandardItemIdentification><cbc:ID schemeID="0160">5410000000${String(line.n).padStart(3, '0')}</cbc:ID></cac:StandardItemIdentification>
      <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>${line.rate}</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>
    </cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="EUR">${line.price.toFixed(2)}</cbc:PriceAmount></cac:Price>
  </cac:InvoiceLine>`,
  )
  .join('\n')}
</Invoice>`;
  return {
    xml,
    lineTotal: m(lineTotal),
    taxTotal: m(taxTotal),
    payable: m(lineTotal.plus(taxTotal)),
  };
}

describe('a generated 100-line Belgian invoice', () => {
  const sample = sampleInvoice();
  const doc = parseReceivedDocument(sample.xml);

  it('reads every line and adds up', () => {
    expect(doc.lines).toHaveLength(100);
    expect(doc.warnings).toEqual([]);
    expect(doc.totals).toEqual({
      lineExtension: sample.lineTotal,
      allowanceTotal: null,
      chargeTotal: null,
      taxExclusive: sample.lineTotal,
      taxTotal: sample.taxTotal,
      taxTotalInTaxCurrency: null,
      taxInclusive: sample.payable,
      prepaid: null,
      rounding: null,
      payable: sample.payable,
    });
    expect(doc.taxTotals[0]?.subtotals.map((subtotal) => subtotal.percent)).toEqual(['21', '6']);
    expect(doc.lines[99]).toMatchObject({
      id: '100',
      quantity: '1',
      unitCode: 'HUR',
      lineNet: '110.25',
      price: '110.25',
      baseQuantity: null,
      itemName: "Main-d'œuvre 100",
      description: 'Travaux, poste 100',
      sellerItemId: 'P100',
      standardId: { id: '5410000000100', scheme: '0160' },
      vatCategory: 'S',
      vatRate: '21',
    });
  });

  it('reads the Belgian parties, payment and structured communication', () => {
    expect(doc).toMatchObject({
      kind: 'invoice',
      number: '2026/0042',
      issueDate: '2026-03-02',
      dueDate: '2026-04-01',
      typeCode: '380',
      currency: 'EUR',
      buyerReference: 'C00123',
      notes: ['Merci pour votre confiance'],
      delivery: { date: '2026-02-27', locationId: null, address: null, partyName: null },
      paymentTerms: '30 jours fin de mois',
    });
    expect(doc.seller).toMatchObject({
      endpoint: { scheme: '0208', id: '0566988259' },
      name: 'Électricité Dupont',
      registrationName: 'Électricité Dupont SRL',
      vatNumber: 'BE0566988259',
      legalId: { id: '0566988259', scheme: '0208' },
    });
    expect(doc.buyer.name).toBe('Client & Fils');
    expect(doc.paymentMeans).toEqual([
      {
        code: '30',
        name: 'Credit transfer',
        paymentId: '+++010/8068/17183+++',
        structuredCommunication: '+++010/8068/17183+++',
        dueDate: null,
        account: {
          id: 'BE68 5390 0754 7034',
          iban: 'BE68539007547034',
          name: null,
          bic: 'GEBABEBB',
        },
        mandate: null,
        card: null,
      },
    ]);
  });

  it('is addressed to the buyer, by any of its numbers, and to no one else', () => {
    expect(isAddressedTo(doc, { endpoints: [{ scheme: '9925', id: 'be0403170701' }] })).toBe(true);
    expect(isAddressedTo(doc, { endpoints: [{ scheme: '0208', id: '0403.170.701' }] })).toBe(true);
    expect(isAddressedTo(doc, { enterpriseNumber: '0403 170 701' })).toBe(true);
    expect(isAddressedTo(doc, { vatNumber: 'BE0403170701' })).toBe(true);
    expect(isAddressedTo(doc, { enterpriseNumber: '0566988259', vatNumber: 'BE0566988259' })).toBe(
      false,
    );
  });

  it('has a stable duplicate key', () => {
    expect(documentKey(doc)).toBe('BE:0566988259|invoice|2026/0042');
    expect(documentKey(parseReceivedDocument(sampleInvoice({ lines: 1 }).xml))).toBe(
      documentKey(doc),
    );
  });

  it('takes the due date from PaymentMeans when cbc:DueDate is absent', () => {
    expect(parseReceivedDocument(sampleInvoice({ lines: 2, dueDate: null }).xml).dueDate).toBe(
      '2026-04-15',
    );
  });
});

describe('structured communication in PaymentID', () => {
  it.each([
    ['+++010/8068/17183+++', '+++010/8068/17183+++'],
    ['010806817183', '+++010/8068/17183+++'],
    ['***010/8068/17183***', '+++010/8068/17183+++'],
    ['010 8068 17183', '+++010/8068/17183+++'],
    ['010806817184', null],
    ['01080681718', null],
    ['Invoice 15000001', null],
    ['Snippet1', null],
    [null, null],
  ])('%j → %j', (paymentId, expected) => {
    expect(structuredCommunicationOf(paymentId)).toBe(expected);
  });

  it('in a received document', () => {
    const ogm = parseReceivedDocument(sampleInvoice({ lines: 1, paymentId: '010806817183' }).xml);
    expect(ogm.paymentMeans[0]?.structuredCommunication).toBe('+++010/8068/17183+++');
    const free = parseReceivedDocument(sampleInvoice({ lines: 1, paymentId: 'Facture 42' }).xml);
    expect(free.paymentMeans[0]).toMatchObject({
      paymentId: 'Facture 42',
      structuredCommunication: null,
    });
  });
});

describe('namespaces, whatever the prefixes', () => {
  const reference = parseReceivedDocument(base);

  it('reads a prefixed root and other prefixes the same', () => {
    const prefixed = base
      .replace('<Invoice ', '<ubl:Invoice ')
      .replace('</Invoice>', '</ubl:Invoice>')
      .replace(`xmlns="${NS.invoice}"`, `xmlns:ubl="${NS.invoice}"`)
      .replace('xmlns:cac=', 'xmlns:a=')
      .replace('xmlns:cbc=', 'xmlns:b=')
      .replace(/<(\/?)cac:/g, '<$1a:')
      .replace(/<(\/?)cbc:/g, '<$1b:');
    expect(prefixed).toContain('<ubl:Invoice');
    expect(prefixed).toContain('<b:ID>Snippet1</b:ID>');
    expect(parseReceivedDocument(prefixed)).toEqual(reference);
  });

  it('reads elements in a default namespace declared on the spot', () => {
    const xml = edit('<cbc:ID>Snippet1</cbc:ID>', `<ID xmlns="${NS.cbc}">Snippet1</ID>`);
    expect(parseReceivedDocument(xml)).toEqual(reference);
  });

  it('ignores an element whose prefix is bound elsewhere, however it is spelt', () => {
    const xml = edit(
      '<cbc:ID>Snippet1</cbc:ID>',
      '<cbc:ID xmlns:cbc="urn:example:other">Snippet1</cbc:ID>',
    );
    expect(() => parseReceivedDocument(xml)).toThrow(/missingField at \/Invoice\/cbc:ID/);
  });

  it('tolerates a byte-order mark and blanks before the declaration', () => {
    expect(parseReceivedDocument(`\uFEFF${base}`)).toEqual(reference);
    expect(parseReceivedDocument(`\uFEFF\n  ${base}`)).toEqual(reference);
  });
});

describe('amounts as written', () => {
  it('keeps trailing zeros and normalises only the notation', () => {
    const doc = parseReceivedDocument(
      edit('>1656.25</cbc:PayableAmount>', '> +1656.250 </cbc:PayableAmount>', base).replace(
        '>7</cbc:InvoicedQuantity>',
        '>007.</cbc:InvoicedQuantity>',
      ),
    );
    expect(doc.totals.payable).toBe('1656.250');
    expect(doc.lines[0]?.quantity).toBe('7');
    expect(doc.warnings).toEqual([]);
    const zero = parseReceivedDocument(
      edit('<cbc:Percent>25.0</cbc:Percent>', '<cbc:Percent>-0.0</cbc:Percent>'),
    );
    expect(zero.allowancesCharges[0]?.vatRate).toBe('0.0');
  });
});

describe('warnings: what does not add up is reported, not refused', () => {
  it('Σ lines ≠ LineExtensionAmount (and so TaxExclusive)', () => {
    const doc = parseReceivedDocument(
      edit('>1300</cbc:LineExtensionAmount>', '>1301</cbc:LineExtensionAmount>'),
    );
    expect(doc.warnings).toEqual([
      {
        code: 'lineExtensionMismatch',
        rule: 'BR-CO-10',
        path: '/Invoice/cac:LegalMonetaryTotal/cbc:LineExtensionAmount',
        expected: '1300',
        found: '1301',
      },
      {
        code: 'taxExclusiveMismatch',
        rule: 'BR-CO-13',
        path: '/Invoice/cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount',
        expected: '1326',
        found: '1325',
      },
    ]);
  });

  it('TaxExclusive + tax ≠ TaxInclusive, Inclusive − Prepaid + Rounding ≠ Payable', () => {
    const doc = parseReceivedDocument(
      edit('>1656.25</cbc:TaxInclusiveAmount>', '>1656.26</cbc:TaxInclusiveAmount>'),
    );
    expect(doc.warnings.map((warning) => [warning.rule, warning.expected, warning.found])).toEqual([
      ['BR-CO-15', '1656.25', '1656.26'],
      ['BR-CO-16', '1656.26', '1656.25'],
    ]);
    const prepaid = parseReceivedDocument(
      edit(
        '<cbc:PayableAmount',
        '<cbc:PrepaidAmount currencyID="EUR">100</cbc:PrepaidAmount><cbc:PayableRoundingAmount currencyID="EUR">0.75</cbc:PayableRoundingAmount><cbc:PayableAmount',
      ),
    );
    expect(prepaid.totals).toMatchObject({ prepaid: '100', rounding: '0.75' });
    expect(prepaid.warnings).toMatchObject([
      { code: 'payableMismatch', expected: '1557', found: '1656.25' },
    ]);
  });

  it('charges, VAT breakdown, line net and currency', () => {
    const doc = parseReceivedDocument(
      edit('>25</cbc:Amount>', '>26</cbc:Amount>')
        .replace(
          '<cbc:TaxAmount currencyID="EUR">331.25</cbc:TaxAmount>\n        <cac:TaxSubtotal>',
          '<cbc:TaxAmount currencyID="EUR">331.00</cbc:TaxAmount>\n        <cac:TaxSubtotal>',
        )
        .replace('>2800</cbc:LineExtensionAmount>', '>2799.97</cbc:LineExtensionAmount>')
        .replace('<cbc:PriceAmount currencyID="EUR">500', '<cbc:PriceAmount currencyID="USD">500'),
    );
    expect(doc.warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['currencyMismatch', '/Invoice/cac:InvoiceLine[2]/cac:Price/cbc:PriceAmount'],
      ['lineExtensionMismatch', '/Invoice/cac:LegalMonetaryTotal/cbc:LineExtensionAmount'],
      ['chargeTotalMismatch', '/Invoice/cac:LegalMonetaryTotal/cbc:ChargeTotalAmount'],
      ['taxTotalMismatch', '/Invoice/cac:TaxTotal/cbc:TaxAmount'],
      ['taxInclusiveMismatch', '/Invoice/cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount'],
      ['lineNetMismatch', '/Invoice/cac:InvoiceLine[1]/cbc:LineExtensionAmount'],
    ]);
  });

  it('at most 20 of a kind, however many lines are wrong', () => {
    const { xml } = sampleInvoice();
    const doc = parseReceivedDocument(
      xml.replace(
        /<cbc:LineExtensionAmount currencyID="EUR">(\d+)\.(\d+)</g,
        '<cbc:LineExtensionAmount currencyID="USD">$1.9$2<',
      ),
    );
    const count = (code: string) => doc.warnings.filter((warning) => warning.code === code).length;
    expect(count('currencyMismatch')).toBe(20);
    expect(count('lineNetMismatch')).toBe(20);
    expect(count('lineExtensionMismatch')).toBe(1);
  });

  it('a VAT subtotal off by more than the BR-CO-17 tolerance', () => {
    const doc = parseReceivedDocument(
      edit(
        '<cbc:TaxAmount currencyID="EUR">331.25</cbc:TaxAmount>\n            <cac:TaxCategory>',
        '<cbc:TaxAmount currencyID="EUR">329.25</cbc:TaxAmount>\n            <cac:TaxCategory>',
      ),
    );
    expect(doc.warnings).toContainEqual({
      code: 'subtotalTaxMismatch',
      rule: 'BR-CO-17',
      path: '/Invoice/cac:TaxTotal/cac:TaxSubtotal/cbc:TaxAmount',
      expected: '331.25',
      found: '329.25',
    });
  });
});
