import { mod97 } from './mod97.js';

/**
 * Belgian structured communication (OGM/VCS): 10 digits + 2 check digits (n mod 97, 0 → 97),
 * printed `+++DDD/DDDD/DDDDD+++`.
 */
export function structuredCommunication(base: string): string {
  if (!/^\d{10}$/.test(base)) throw new RangeError('A structured communication needs 10 digits');
  const check = mod97(base) || 97;
  const all = base + String(check).padStart(2, '0');
  return `+++${all.slice(0, 3)}/${all.slice(3, 7)}/${all.slice(7)}+++`;
}

export function isValidStructuredCommunication(input: string): boolean {
  const digits = input.replace(/[+/*\s]/g, '');
  if (!/^\d{12}$/.test(digits)) return false;
  return (mod97(digits.slice(0, 10)) || 97) === Number(digits.slice(10));
}
