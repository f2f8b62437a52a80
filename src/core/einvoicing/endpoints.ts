import {
  isValidEnterpriseNumber,
  normalizeEnterpriseNumber,
} from '../identifiers/enterprise-number.js';
import { normalizeVatNumber } from '../identifiers/vat-number.js';
import { BE_ENTERPRISE_SCHEME, VAT_ENDPOINT_SCHEMES } from './ubl-constants.js';
import { cleanText } from './xml-writer.js';

/** A PEPPOL participant: EAS scheme code and identifier (`0208` + `0566988259`). */
export interface Endpoint {
  scheme: string;
  value: string;
}

export interface EndpointParty {
  peppolId: string | null;
  enterpriseNumber: string | null;
  vatNumber: string | null;
  address: { country: string | null };
}

/** Parses a stored `scheme:value` (an `iso6523-actorid-upis::` prefix is tolerated), or null. */
export function parsePeppolId(peppolId: string | null | undefined): Endpoint | null {
  const text = cleanText(peppolId).replace(/^iso6523-actorid-upis::/i, '');
  const match = /^(\d{4}):(\S+)$/.exec(text);
  return match?.[1] && match[2] ? { scheme: match[1], value: match[2] } : null;
}

/** Established in Belgium, or known by a Belgian VAT number. */
export function isBelgian(party: EndpointParty): boolean {
  return (
    cleanText(party.address.country).toUpperCase() === 'BE' ||
    cleanText(party.vatNumber).toUpperCase().startsWith('BE')
  );
}

/** The enterprise number of a Belgian party, from its own field or from its BE VAT number. */
export function belgianEnterpriseNumber(party: EndpointParty): string | null {
  const fromField = cleanText(party.enterpriseNumber);
  if (fromField) return normalizeEnterpriseNumber(fromField);
  const vat = party.vatNumber ? normalizeVatNumber(party.vatNumber) : '';
  return vat.startsWith('BE') ? vat.slice(2) : null;
}

/**
 * The EndpointID of a party (BT-34/BT-49): the stored PEPPOL id when there is one; else, for a
 * Belgian party, `0208` + enterprise number, where every Belgian company must be registered;
 * else the VAT number under its country's VAT scheme (`9925` for BE, `9944` for NL…).
 * Null when none applies (typically a private person): the document cannot go over PEPPOL.
 */
export function partyEndpoint(party: EndpointParty): Endpoint | null {
  if (cleanText(party.peppolId)) return parsePeppolId(party.peppolId);
  const enterprise = isBelgian(party) ? belgianEnterpriseNumber(party) : null;
  if (enterprise && isValidEnterpriseNumber(enterprise)) {
    return { scheme: BE_ENTERPRISE_SCHEME, value: enterprise };
  }
  const vat = cleanText(party.vatNumber) ? normalizeVatNumber(party.vatNumber ?? '') : '';
  const scheme = VAT_ENDPOINT_SCHEMES[vat.slice(0, 2)];
  return scheme ? { scheme, value: vat } : null;
}
