import { mod97 } from './mod97.js';

/** IBAN length per country (ISO 13616 registry, SEPA area and common partners). */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  VA: 22,
};

export function normalizeIban(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

/** Letters become 10..35, as ISO 7064 mod 97-10 requires. */
function toDigits(value: string): string {
  return value.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
}

export function isValidIban(input: string): boolean {
  const iban = normalizeIban(input);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const expectedLength = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expectedLength !== undefined && iban.length !== expectedLength) return false;
  if (mod97(toDigits(iban.slice(4) + iban.slice(0, 4))) !== 1) return false;
  return iban.startsWith('BE') ? isValidBelgianBban(iban.slice(4)) : true;
}

/** Belgian BBAN: 12 digits, the last two = first ten mod 97 (0 → 97). */
function isValidBelgianBban(bban: string): boolean {
  if (!/^\d{12}$/.test(bban)) return false;
  const check = mod97(bban.slice(0, 10)) || 97;
  return check === Number(bban.slice(10));
}

/** Printed form in groups of four: `BE68 5390 0754 7034`. */
export function formatIban(input: string): string {
  return normalizeIban(input).replace(/(.{4})(?=.)/g, '$1 ');
}
