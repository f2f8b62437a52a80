import { isValidEnterpriseNumber } from '../identifiers/enterprise-number.js';
import { isValidVatNumber } from '../identifiers/vat-number.js';
import { belgianEnterpriseNumber, isBelgian, parsePeppolId, partyEndpoint } from './endpoints.js';
import type { PeppolIssue, PeppolIssueCode } from './peppol-issues.js';
import { BE_ENTERPRISE_SCHEME, ENDPOINT_SCHEMES } from './ubl-constants.js';
import type { UblAddress, UblBuyer, UblSeller } from './ubl-types.js';
import { cleanText } from './xml-writer.js';

type Add = (rule: string, path: string, code: PeppolIssueCode) => void;

export function issueCollector(): { issues: PeppolIssue[]; add: Add } {
  const issues: PeppolIssue[] = [];
  return { issues, add: (rule, path, code) => issues.push({ rule, path, code }) };
}

export const isCountryCode = (value: string | null | undefined): boolean =>
  /^[A-Z]{2}$/.test(cleanText(value).toUpperCase());

function checkAddress(
  add: Add,
  address: UblAddress,
  prefix: 'seller' | 'buyer',
  countryRule: string,
): void {
  if (!isCountryCode(address.country)) {
    add(countryRule, `${prefix}.address.country`, `${prefix}CountryMissing`);
  }
  for (const field of ['postalCode', 'city'] as const) {
    if (!cleanText(address[field])) {
      add('FACTO-ADDRESS', `${prefix}.address.${field}`, `${prefix}AddressIncomplete`);
    }
  }
}

/** Identifiers that the receiver's checks would refuse, whatever the VAT categories. */
function checkIdentifiers(add: Add, party: UblSeller | UblBuyer, prefix: 'seller' | 'buyer'): void {
  const vat = cleanText(party.vatNumber);
  if (vat && !isValidVatNumber(vat)) add('BR-CO-09', `${prefix}.vatNumber`, 'vatNumberInvalid');
  if (
    isBelgian(party) &&
    (cleanText(party.enterpriseNumber) || vat.toUpperCase().startsWith('BE'))
  ) {
    const number = belgianEnterpriseNumber(party);
    if (number && !isValidEnterpriseNumber(number)) {
      const path = cleanText(party.enterpriseNumber) ? 'enterpriseNumber' : 'vatNumber';
      // A malformed BE VAT number was already reported above.
      if (path === 'enterpriseNumber' || isValidVatNumber(vat)) {
        add('PEPPOL-COMMON-R043', `${prefix}.${path}`, 'enterpriseNumberInvalid');
      }
    }
  }
}

function checkEndpoint(
  add: Add,
  party: UblSeller | UblBuyer,
  prefix: 'seller' | 'buyer',
  missingRule: string,
): void {
  const path = `${prefix}.peppolId`;
  if (cleanText(party.peppolId)) {
    const endpoint = parsePeppolId(party.peppolId);
    if (!endpoint || !ENDPOINT_SCHEMES.has(endpoint.scheme)) {
      add('PEPPOL-EN16931-CL008', path, 'endpointInvalid');
    } else if (
      endpoint.scheme === BE_ENTERPRISE_SCHEME &&
      !(/^\d{10}$/.test(endpoint.value) && isValidEnterpriseNumber(endpoint.value))
    ) {
      add('PEPPOL-COMMON-R043', path, 'endpointInvalid');
    }
  } else if (!partyEndpoint(party)) {
    add(missingRule, path, prefix === 'seller' ? 'sellerEndpointMissing' : 'buyerEndpointMissing');
  }
}

/**
 * `vatRule` is the rule that needs the seller's VAT number for the document's categories
 * (BR-S-02, BR-AE-02…), null when none does; `withVat` is false for out-of-scope documents,
 * which carry no VAT number, so only the enterprise number identifies the seller (BR-CO-26).
 */
export function checkSeller(
  add: Add,
  seller: UblSeller,
  vatRule: string | null,
  withVat: boolean,
): void {
  if (!cleanText(seller.legalName)) add('BR-06', 'seller.legalName', 'sellerNameMissing');
  checkAddress(add, seller.address, 'seller', 'BR-09');
  checkIdentifiers(add, seller, 'seller');
  const hasVat = Boolean(cleanText(seller.vatNumber));
  if (vatRule && !hasVat) add(vatRule, 'seller.vatNumber', 'sellerVatMissing');
  else if (!cleanText(seller.enterpriseNumber) && !(withVat && hasVat)) {
    add('BR-CO-26', 'seller.enterpriseNumber', 'sellerIdMissing');
  }
  checkEndpoint(add, seller, 'seller', 'PEPPOL-EN16931-R020');
}

/** `vatRule`: BR-AE-02 or BR-IC-02 when the categories need the buyer's VAT number. */
export function checkBuyer(add: Add, buyer: UblBuyer, vatRule: string | null): void {
  if (!cleanText(buyer.name)) add('BR-07', 'buyer.name', 'buyerNameMissing');
  checkAddress(add, buyer.address, 'buyer', 'BR-11');
  checkIdentifiers(add, buyer, 'buyer');
  if (vatRule && !cleanText(buyer.vatNumber)) add(vatRule, 'buyer.vatNumber', 'buyerVatMissing');
  checkEndpoint(add, buyer, 'buyer', 'PEPPOL-EN16931-R010');
}
