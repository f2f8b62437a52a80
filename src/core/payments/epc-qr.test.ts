/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
// The shared fixture is read in place (../shared), never copied into the repository.
import fixtureReadme from '../../../../shared/fixtures/epc-qr/README.md?raw';
import { type EpcQrErrorCode, type EpcQrInput, EpcQrError, epcQrPayload } from './epc-qr.js';

/** The fixture's one-line escaped form of the EPC069-12 sample payload. */
function fixturePayload(): string {
  const line = /^BCD\\n.*$/m.exec(fixtureReadme)?.[0];
  if (!line) throw new Error('EPC QR fixture payload not found');
  return line.replaceAll('\\n', '\n');
}

const janssens: EpcQrInput = {
  bic: 'GEBABEBB',
  name: 'Elektro Janssens BV',
  iban: 'BE68 5390 0754 7034',
  amount: '1234.56',
  remittance: { type: 'ogm', ogm: '+++010/8068/17183+++' },
};

function codeOf(input: EpcQrInput): EpcQrErrorCode | null {
  try {
    epcQrPayload(input);
    return null;
  } catch (error) {
    if (error instanceof EpcQrError) return error.code;
    throw error;
  }
}

describe('EPC QR payload', () => {
  it('reproduces the EPC069-12 sample of the shared fixture byte for byte', () => {
    const expected = fixturePayload();
    const payload = epcQrPayload({
      version: '001',
      bic: 'BPOTBEB1',
      name: 'Red Cross of Belgium',
      iban: 'BE72000000001616',
      amount: '1.00',
      purpose: 'CHAR',
      remittance: { type: 'text', text: 'Urgency fund' },
      information: 'Sample EPC QR code',
    });
    expect(payload).toBe(expected);
    expect(new TextEncoder().encode(payload).length).toBe(103);
  });

  it('puts the 12 OGM digits in element 10 by default (DOMAIN §8 sample)', () => {
    expect(epcQrPayload(janssens)).toBe(
      'BCD\n002\n1\nSCT\nGEBABEBB\nElektro Janssens BV\nBE68539007547034\nEUR1234.56\n\n010806817183',
    );
  });

  it('can put the printed OGM in element 11 instead, leaving element 10 empty', () => {
    const lines = epcQrPayload({ ...janssens, ogmPlacement: 'unstructured' }).split('\n');
    expect(lines.slice(8)).toEqual(['', '', '+++010/8068/17183+++']);
  });

  it.each([
    ['12.34', 'EUR12.34'],
    ['12.50', 'EUR12.5'],
    [7, 'EUR7'],
    ['0.01', 'EUR0.01'],
    ['999999999.99', 'EUR999999999.99'],
  ])('amount %s → %s', (amount, expected) => {
    expect(epcQrPayload({ ...janssens, amount }).split('\n')[7]).toBe(expected);
  });

  it.each([null, undefined, '', '0', '0.00'])('leaves the amount empty for %s', (amount) => {
    expect(epcQrPayload({ ...janssens, amount }).split('\n')[7]).toBe('');
  });

  it('omits the BIC in version 002 and drops trailing empty elements', () => {
    expect(epcQrPayload({ name: 'Jan', iban: 'BE71096123456769' })).toBe(
      'BCD\n002\n1\nSCT\n\nJan\nBE71096123456769',
    );
  });

  it('counts the 331-byte limit in UTF-8 bytes', () => {
    const base = { name: 'Ééé', iban: 'BE71096123456769', information: 'é'.repeat(70) };
    const text = (n: number) => ({
      ...base,
      remittance: { type: 'text' as const, text: 'é'.repeat(n) },
    });
    expect(new TextEncoder().encode(epcQrPayload(text(74))).length).toBe(331);
    expect(codeOf(text(75))).toBe('payloadTooLong');
  });

  it.each<[string, Partial<EpcQrInput>, EpcQrErrorCode]>([
    ['BIC missing in 001', { version: '001', bic: null }, 'bicRequired'],
    ['bad BIC', { bic: 'GEBABE' }, 'invalidBic'],
    ['empty name', { name: '  ' }, 'invalidName'],
    ['name over 70', { name: 'x'.repeat(71) }, 'invalidName'],
    ['line break in name', { name: 'A\nB' }, 'invalidName'],
    ['bad IBAN', { iban: 'BE68539007547035' }, 'invalidIban'],
    ['negative amount', { amount: '-1' }, 'invalidAmount'],
    ['three decimals', { amount: '1.234' }, 'invalidAmount'],
    ['too large', { amount: '1000000000' }, 'invalidAmount'],
    ['exponent', { amount: '1e3' }, 'invalidAmount'],
    ['NaN', { amount: Number.NaN }, 'invalidAmount'],
    ['purpose', { purpose: 'CHARITY' }, 'invalidPurpose'],
    ['OGM check', { remittance: { type: 'ogm', ogm: '+++010/8068/17184+++' } }, 'invalidReference'],
    ['text over 140', { remittance: { type: 'text', text: 'x'.repeat(141) } }, 'invalidRemittance'],
    ['information over 70', { information: 'x'.repeat(71) }, 'invalidInformation'],
  ])('refuses %s', (_label, change, code) => {
    expect(codeOf({ ...janssens, ...change })).toBe(code);
  });
});
