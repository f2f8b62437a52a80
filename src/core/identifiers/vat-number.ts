import { isValidEnterpriseNumber, normalizeEnterpriseNumber } from './enterprise-number.js';

/** Shape of the national part of EU VAT numbers (VIES formats). Only BE has a checksum here. */
const EU_VAT_FORMATS: Readonly<Record<string, RegExp>> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  FR: /^[A-HJ-NP-Z0-9]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^\d[A-Z0-9+*]\d{5}[A-Z]{1,2}$/,
  IT: /^\d{11}$/,
  LT: /^(\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^\d{2,10}$/,
  SE: /^\d{12}$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
  XI: /^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
};

/** Canonical form: country prefix + national part, upper case, no separators (`BE0566988259`). */
export function normalizeVatNumber(input: string): string {
  const compact = input.toUpperCase().replace(/[\s.\-/]/g, '');
  if (compact.startsWith('BE')) return `BE${normalizeEnterpriseNumber(compact.slice(2))}`;
  // Greece uses EL in VAT numbers although its ISO code is GR.
  if (compact.startsWith('GR')) return `EL${compact.slice(2)}`;
  return compact;
}

export function isValidVatNumber(input: string): boolean {
  const vat = normalizeVatNumber(input);
  const prefix = vat.slice(0, 2);
  const format = EU_VAT_FORMATS[prefix];
  if (!format) return /^[A-Z]{2}[A-Z0-9]{2,13}$/.test(vat) && !isEuVatPrefix(prefix);
  if (!format.test(vat.slice(2))) return false;
  return prefix === 'BE' ? isValidEnterpriseNumber(vat.slice(2)) : true;
}

export function isEuVatPrefix(prefix: string): boolean {
  return prefix in EU_VAT_FORMATS;
}
