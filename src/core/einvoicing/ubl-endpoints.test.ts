import { describe, expect, it } from 'vitest';
import { type EndpointParty, parsePeppolId, partyEndpoint } from './endpoints.js';
import { structuredPaymentId } from './payment-id.js';

const party = (overrides: Partial<EndpointParty>): EndpointParty => ({
  peppolId: null,
  enterpriseNumber: null,
  vatNumber: null,
  address: { country: 'BE' },
  ...overrides,
});

describe('partyEndpoint', () => {
  it.each([
    [
      'a stored PEPPOL id wins',
      { peppolId: '9925:BE0566988259', enterpriseNumber: '0403170701' },
      { scheme: '9925', value: 'BE0566988259' },
    ],
    [
      'the participant prefix is tolerated',
      { peppolId: 'iso6523-actorid-upis::0208:0566988259' },
      { scheme: '0208', value: '0566988259' },
    ],
    [
      'a Belgian company: 0208 + enterprise number',
      { enterpriseNumber: '0566.988.259', vatNumber: 'BE0403170701' },
      { scheme: '0208', value: '0566988259' },
    ],
    [
      'a legacy 9-digit enterprise number',
      { enterpriseNumber: '403170701' },
      { scheme: '0208', value: '0403170701' },
    ],
    [
      'a Belgian VAT number only: its enterprise number',
      { vatNumber: 'BE 0566.988.259' },
      { scheme: '0208', value: '0566988259' },
    ],
    [
      'a BE VAT number abroad is still Belgian',
      { vatNumber: 'BE0566988259', address: { country: 'FR' } },
      { scheme: '0208', value: '0566988259' },
    ],
    [
      'an invalid enterprise number falls back to the VAT number',
      { enterpriseNumber: '0566988258', vatNumber: 'BE0403170701' },
      { scheme: '9925', value: 'BE0403170701' },
    ],
    [
      'a Dutch company: its VAT scheme',
      { vatNumber: 'NL123456789B01', address: { country: 'NL' } },
      { scheme: '9944', value: 'NL123456789B01' },
    ],
    [
      'a German company',
      { vatNumber: 'de 123 456 789', address: { country: 'DE' } },
      { scheme: '9930', value: 'DE123456789' },
    ],
    [
      'a Greek company (EL prefix)',
      { vatNumber: 'GR123456789', address: { country: 'GR' } },
      { scheme: '9933', value: 'EL123456789' },
    ],
  ] as const)('%s', (_, overrides, expected) => {
    expect(partyEndpoint(party(overrides))).toEqual(expected);
  });

  it.each([
    ['a private person', {}],
    [
      'an Italian VAT number (no VAT scheme)',
      { vatNumber: 'IT12345678901', address: { country: 'IT' } },
    ],
    ['a malformed stored id', { peppolId: '0208-0566988259', enterpriseNumber: '0566988259' }],
  ] as const)('none for %s', (_, overrides) => {
    expect(partyEndpoint(party(overrides))).toBeNull();
  });

  it('parses scheme:value ids', () => {
    expect(parsePeppolId(' 0208:0566988259 ')).toEqual({ scheme: '0208', value: '0566988259' });
    expect(parsePeppolId('0208:')).toBeNull();
    expect(parsePeppolId('abc:1')).toBeNull();
    expect(parsePeppolId(null)).toBeNull();
  });
});

describe('structuredPaymentId', () => {
  it('sends the 12 digits of a valid structured communication', () => {
    expect(structuredPaymentId('+++012/3456/78939+++')).toBe('012345678939');
    expect(structuredPaymentId('***010/8068/17183***')).toBe('010806817183');
    expect(structuredPaymentId('000000000097')).toBe('000000000097');
  });

  it('refuses a wrong check digit or shape', () => {
    expect(structuredPaymentId('+++012/3456/78938+++')).toBeNull();
    expect(structuredPaymentId('+++012/3456/7893+++')).toBeNull();
    expect(structuredPaymentId('')).toBeNull();
    expect(structuredPaymentId(null)).toBeNull();
  });
});
