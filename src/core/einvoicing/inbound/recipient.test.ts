/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { type ReceivedParty, documentKey, isAddressedTo, parseReceivedDocument } from './index.js';

// The shared fixtures are read in place (../shared), never copied into the repository.
const texts = import.meta.glob<string>('../../../../../shared/fixtures/peppol/*.xml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function fixture(name: string) {
  const text = texts[`../../../../../shared/fixtures/peppol/${name}`];
  if (text === undefined) throw new Error(`no fixture ${name}`);
  return parseReceivedDocument(text);
}

function party(overrides: Partial<ReceivedParty> = {}): ReceivedParty {
  return {
    endpoint: null,
    identifiers: [],
    name: null,
    registrationName: 'Buyer SRL',
    vatNumber: null,
    taxRegistrations: [],
    legalId: null,
    legalForm: null,
    address: null,
    contact: null,
    ...overrides,
  };
}

const to = (buyer: ReceivedParty) => ({ buyer });
const ours = {
  endpoints: [{ scheme: '0208', id: '0403170701' }],
  vatNumber: 'BE0403170701',
  enterpriseNumber: '0403.170.701',
};

describe('isAddressedTo', () => {
  it.each<[string, Partial<ReceivedParty>]>([
    ['0208 endpoint', { endpoint: { scheme: '0208', id: '0403170701' } }],
    ['0208 endpoint with punctuation', { endpoint: { scheme: '0208', id: '0403.170.701' } }],
    ['9925 endpoint, lower case', { endpoint: { scheme: '9925', id: 'be0403170701' } }],
    ['9925 endpoint with blanks', { endpoint: { scheme: '9925', id: 'BE 0403 170 701' } }],
    ['old 9956 endpoint', { endpoint: { scheme: '9956', id: '0403170701' } }],
    ['legacy 9-digit number', { endpoint: { scheme: '0208', id: '403170701' } }],
    ['VAT number only', { vatNumber: 'be 0403.170.701' }],
    ['legal id 0208 only', { legalId: { scheme: '0208', id: '0403170701' } }],
    [
      'legal id without scheme, Belgian address',
      {
        legalId: { scheme: null, id: '0403170701' },
        address: {
          street: null,
          additionalStreet: null,
          line: null,
          city: null,
          postalCode: null,
          subdivision: null,
          country: 'BE',
        },
      },
    ],
    ['party identification 0208', { identifiers: [{ scheme: '0208', id: '0403170701' }] }],
  ])('yes: %s', (_, buyer) => {
    expect(isAddressedTo(to(party(buyer)), ours)).toBe(true);
  });

  it.each<[string, Partial<ReceivedParty>]>([
    [
      'another company',
      { endpoint: { scheme: '0208', id: '0566988259' }, vatNumber: 'BE0566988259' },
    ],
    ['same digits under a foreign scheme', { endpoint: { scheme: '0088', id: '0403170701' } }],
    ['same digits as a foreign VAT number', { vatNumber: 'NL0403170701' }],
    ['no identifier at all', {}],
    ['a blank endpoint', { endpoint: { scheme: '0208', id: ' ' } }],
  ])('no: %s', (_, buyer) => {
    expect(isAddressedTo(to(party(buyer)), ours)).toBe(false);
  });

  it('matches any of several endpoints, and non-Belgian ones exactly', () => {
    const company = {
      endpoints: [
        { scheme: '0088', id: '5410000000001' },
        { scheme: '0007', id: '1234512345' },
      ],
    };
    expect(
      isAddressedTo(to(party({ endpoint: { scheme: '0007', id: '1234512345' } })), company),
    ).toBe(true);
    expect(
      isAddressedTo(to(party({ endpoint: { scheme: '0088', id: '1234512345' } })), company),
    ).toBe(false);
    expect(isAddressedTo(to(party({ endpoint: { scheme: '0208', id: '0403170701' } })), {})).toBe(
      false,
    );
  });

  it('on real documents: the UBL.BE buyer (9956), and the Swedish buyer of Max_content', () => {
    const ublBe = fixture('phive-rules-ublbe_V01-15000001.xml');
    expect(isAddressedTo(ublBe, { enterpriseNumber: '0000000295' })).toBe(true);
    expect(isAddressedTo(ublBe, { vatNumber: 'BE0000000295' })).toBe(true);
    expect(isAddressedTo(ublBe, { endpoints: [{ scheme: '9925', id: 'BE0000000295' }] })).toBe(
      true,
    );
    expect(isAddressedTo(ublBe, { enterpriseNumber: '0000000196' })).toBe(false); // the seller
    const max = fixture('cef-en16931_Invoice-Max_content.xml');
    expect(isAddressedTo(max, { endpoints: [{ scheme: '0007', id: '1234512345' }] })).toBe(true);
    expect(isAddressedTo(max, { vatNumber: 'SE123451234501' })).toBe(true);
    expect(isAddressedTo(max, { vatNumber: 'SE123456789001' })).toBe(false); // the seller
  });
});

describe('documentKey', () => {
  const doc = (
    seller: Partial<ReceivedParty>,
    number = '2026/0042',
    kind = 'invoice' as const,
  ) => ({
    seller: party(seller),
    kind,
    number,
  });

  it('identifies a Belgian seller by its enterprise number, however it is stated', () => {
    const keys = [
      doc({ endpoint: { scheme: '0208', id: '0566988259' } }),
      doc({ endpoint: { scheme: '9925', id: 'BE0566988259' } }),
      doc({ vatNumber: 'BE 0566.988.259' }),
      doc({ legalId: { scheme: '0208', id: '0566.988.259' }, registrationName: 'Other name' }),
    ].map(documentKey);
    expect(new Set(keys)).toEqual(new Set(['BE:0566988259|invoice|2026/0042']));
  });

  it('falls back on VAT number, endpoint, legal id, then name', () => {
    expect(
      documentKey(doc({ vatNumber: 'nl 123456789B01', endpoint: { scheme: '0106', id: 'x' } })),
    ).toBe('VAT:NL123456789B01|invoice|2026/0042');
    expect(documentKey(doc({ endpoint: { scheme: '0088', id: '7300010000001' } }))).toBe(
      'EP:0088:7300010000001|invoice|2026/0042',
    );
    expect(documentKey(doc({ legalId: { scheme: '0007', id: '55667-78899' } }))).toBe(
      'ID:0007:5566778899|invoice|2026/0042',
    );
    expect(documentKey(doc({ registrationName: '  Dupont   &  Fils ' }))).toBe(
      'NAME:DUPONT & FILS|invoice|2026/0042',
    );
  });

  it('normalises the number without merging different ones', () => {
    const seller = { vatNumber: 'BE0566988259' };
    expect(documentKey(doc(seller, ' inv  42 '))).toBe(documentKey(doc(seller, 'INV 42')));
    expect(documentKey(doc(seller, '2026/1'))).not.toBe(documentKey(doc(seller, '2026-1')));
    expect(documentKey(doc(seller, '1'))).not.toBe(
      documentKey({ ...doc(seller, '1'), kind: 'creditNote' }),
    );
  });

  it('is the same for the same received document, and differs between fixtures', () => {
    const a = fixture('openpeppol_base-example.xml');
    expect(documentKey(a)).toBe(documentKey(fixture('openpeppol_base-example.xml')));
    expect(documentKey(a)).toBe('VAT:GB1232434|invoice|SNIPPET1');
    // The credit note correcting it has the same number but is another document.
    expect(documentKey(fixture('openpeppol_base-creditnote-correction.xml'))).toBe(
      'VAT:GB1232434|creditNote|SNIPPET1',
    );
    expect(documentKey(fixture('phive-rules-ublbe_V01-15000001.xml'))).toBe(
      'BE:0000000196|invoice|V01/15000001',
    );
  });
});
