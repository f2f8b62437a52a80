import { normalizeEnterpriseNumber, normalizeVatNumber } from '../../identifiers/index.js';
import type { ReceivedIdentifier, ReceivedParty } from './types.js';

/** Upper case, letters and digits only: `be 0123.456.789` and `BE0123456789` compare equal. */
export function compactId(id: string): string {
  return id.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Peppol identifier schemes that carry a Belgian enterprise number (KBO/BCE). */
const ENTERPRISE_SCHEMES = new Set(['0208', '9956']);
/** Belgian VAT number (`BE` + enterprise number). */
const BELGIAN_VAT_SCHEME = '9925';

function enterpriseDigits(id: string): string | null {
  const digits = normalizeEnterpriseNumber(compactId(id));
  return /^[01]\d{9}$/.test(digits) ? digits : null;
}

/** The Belgian enterprise number an identifier designates, if it designates one. */
export function enterpriseNumberOf(identifier: ReceivedIdentifier): string | null {
  const scheme = identifier.scheme?.trim() ?? null;
  const compact = compactId(identifier.id);
  if (scheme !== null && ENTERPRISE_SCHEMES.has(scheme)) return enterpriseDigits(compact);
  if (scheme === BELGIAN_VAT_SCHEME || (scheme === null && compact.startsWith('BE'))) {
    return compact.startsWith('BE') ? enterpriseDigits(compact.slice(2)) : null;
  }
  return null;
}

/** Every Belgian enterprise number a party states: endpoint, identifiers, legal id, VAT number. */
export function partyEnterpriseNumbers(party: ReceivedParty): Set<string> {
  const numbers = new Set<string>();
  const identifiers = [...party.identifiers];
  if (party.endpoint) identifiers.push(party.endpoint);
  if (party.legalId) identifiers.push(party.legalId);
  if (party.vatNumber) identifiers.push({ id: party.vatNumber, scheme: null });
  for (const identifier of identifiers) {
    const number = enterpriseNumberOf(identifier);
    if (number) numbers.add(number);
  }
  // A legal id written without a scheme by a Belgian party is its enterprise number.
  if (party.legalId && party.legalId.scheme === null && party.address?.country === 'BE') {
    const number = enterpriseDigits(party.legalId.id);
    if (number) numbers.add(number);
  }
  return numbers;
}

export function vatNumberKey(vat: string): string {
  return normalizeVatNumber(compactId(vat));
}
