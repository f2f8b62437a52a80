import { normalizeEnterpriseNumber, normalizeVatNumber } from '../../../core/identifiers/index.js';

/**
 * The number typed at sign-up: a Belgian enterprise number (its VAT number is BE + the same
 * digits), or elsewhere a VAT number.
 */
export function companyNumbers(country: string, typed: string | null | undefined) {
  if (!typed) return { enterpriseNumber: null, vatNumber: null };
  if (country === 'BE') {
    const enterpriseNumber = normalizeEnterpriseNumber(typed);
    return { enterpriseNumber, vatNumber: `BE${enterpriseNumber}` };
  }
  return { enterpriseNumber: null, vatNumber: normalizeVatNumber(typed) };
}
