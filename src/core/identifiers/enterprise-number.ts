import { mod97 } from './mod97.js';

/**
 * Belgian enterprise number (KBO/BCE): 10 digits, first digit 0 or 1, last two digits equal
 * 97 − (first eight mod 97). Legacy 9-digit numbers get a leading 0.
 */
export function normalizeEnterpriseNumber(input: string): string {
  let digits = input
    .trim()
    .toUpperCase()
    .replace(/^BE/, '')
    .replace(/[\s.\-/]/g, '');
  if (/^\d{9}$/.test(digits)) digits = `0${digits}`;
  return digits;
}

export function isValidEnterpriseNumber(input: string): boolean {
  const digits = normalizeEnterpriseNumber(input);
  if (!/^[01]\d{9}$/.test(digits)) return false;
  const check = 97 - mod97(digits.slice(0, 8));
  return check === Number(digits.slice(8));
}

/** Display form `0566.988.259`. */
export function formatEnterpriseNumber(input: string): string {
  const d = normalizeEnterpriseNumber(input);
  return `${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}`;
}
