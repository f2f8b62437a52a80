import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatEnterpriseNumber,
  formatIban,
  isValidBic,
  isValidEnterpriseNumber,
  isValidIban,
  isValidStructuredCommunication,
  isValidVatNumber,
  normalizeVatNumber,
  structuredCommunication,
} from './index.js';
import { mod97 } from './mod97.js';

describe('enterprise number', () => {
  it.each([
    '0566988259',
    '0403170701',
    '0202023977',
    '0566.988.259',
    'BE 0566.988.259',
    '403170701',
  ])('accepts %s', (value) => expect(isValidEnterpriseNumber(value)).toBe(true));
  it.each(['0566988258', '2566988259', '12345', '', 'abcdefghij', '05669882590'])(
    'refuses %s',
    (value) => expect(isValidEnterpriseNumber(value)).toBe(false),
  );
  it('formats with dots', () => expect(formatEnterpriseNumber('0566988259')).toBe('0566.988.259'));
  it('any 8 digits starting with 0/1 plus their check digits is valid, any other check is not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 19_999_999 }),
        fc.integer({ min: 1, max: 96 }),
        (n, shift) => {
          const head = String(n).padStart(8, '0');
          const check = 97 - (n % 97);
          const good = head + String(check).padStart(2, '0');
          const badCheck = ((check - 1 + shift) % 97) + 1;
          expect(isValidEnterpriseNumber(good)).toBe(true);
          expect(isValidEnterpriseNumber(head + String(badCheck).padStart(2, '0'))).toBe(false);
        },
      ),
    );
  });
});

describe('VAT number', () => {
  it.each([
    'BE0566988259',
    'be 0566.988.259',
    'NL123456789B01',
    'FR40303265045',
    'DE123456789',
    'GR123456789',
  ])('accepts %s', (value) => expect(isValidVatNumber(value)).toBe(true));
  it.each(['BE0566988258', 'NL12345678B01', 'DE12345678', 'BE'])('refuses %s', (value) =>
    expect(isValidVatNumber(value)).toBe(false),
  );
  it('normalizes', () => {
    expect(normalizeVatNumber('be 566.988.259')).toBe('BE0566988259');
    expect(normalizeVatNumber('GR123456789')).toBe('EL123456789');
  });
});

describe('IBAN', () => {
  it.each([
    'BE68 5390 0754 7034',
    'BE71096123456769',
    'NL91ABNA0417164300',
    'DE89370400440532013000',
    'FR1420041010050500013M02606',
  ])('accepts %s', (value) => expect(isValidIban(value)).toBe(true));
  it.each(['BE68 5390 0754 7035', 'BE6853900754703', 'XX00', 'NL91ABNA041716430', ''])(
    'refuses %s',
    (value) => expect(isValidIban(value)).toBe(false),
  );
  it('prints in groups of four', () =>
    expect(formatIban('be68539007547034')).toBe('BE68 5390 0754 7034'));
  it('one changed digit is always caught', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 15 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const iban = 'BE68539007547034';
        const digit = (Number(iban[pos]) + delta) % 10;
        expect(isValidIban(iban.slice(0, pos) + digit + iban.slice(pos + 1))).toBe(false);
      }),
    );
  });
});

describe('BIC', () => {
  it.each(['GEBABEBB', 'gkccbebb', 'BBRUBEBB010'])('accepts %s', (v) =>
    expect(isValidBic(v)).toBe(true),
  );
  it.each(['GEBABEB', 'GEBA1EBB', 'GEBABEBB01', ''])('refuses %s', (v) =>
    expect(isValidBic(v)).toBe(false),
  );
});

describe('structured communication', () => {
  it.each([
    ['0000000000', '+++000/0000/00097+++'],
    ['0123456789', '+++012/3456/78939+++'],
    ['0108068171', '+++010/8068/17183+++'],
  ])('%s → %s', (base, expected) => {
    expect(structuredCommunication(base)).toBe(expected);
    expect(isValidStructuredCommunication(expected)).toBe(true);
  });
  it('refuses a wrong check', () =>
    expect(isValidStructuredCommunication('+++010/8068/17184+++')).toBe(false));
});

describe('mod97', () => {
  it('agrees with BigInt on long numbers', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,40}$/), (digits) => {
        expect(mod97(digits)).toBe(Number(BigInt(digits) % 97n));
      }),
    );
  });
});
