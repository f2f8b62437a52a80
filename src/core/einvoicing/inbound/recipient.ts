import {
  compactId,
  enterpriseNumberOf,
  partyEnterpriseNumbers,
  vatNumberKey,
} from './party-identity.js';
import type { ReceivedDocument } from './types.js';

/** How the receiving company is known: its Peppol endpoints and Belgian numbers. */
export interface RecipientIdentity {
  endpoints?: readonly { scheme: string; id: string }[];
  vatNumber?: string | null;
  enterpriseNumber?: string | null;
}

/**
 * Whether the buyer of a received document is this company, so the server can refuse a UBL meant
 * for someone else. Matches a buyer endpoint with one of ours (same scheme, id compared without
 * case or punctuation), a Belgian enterprise number stated anywhere on either side (0208, 9925
 * and the older 9956 endpoints, legal id, VAT number), or the VAT number itself.
 */
export function isAddressedTo(
  document: Pick<ReceivedDocument, 'buyer'>,
  company: RecipientIdentity,
): boolean {
  const { buyer } = document;
  const endpoints = company.endpoints ?? [];

  if (buyer.endpoint) {
    const scheme = buyer.endpoint.scheme?.trim() ?? '';
    const id = compactId(buyer.endpoint.id);
    const same = endpoints.some(
      (endpoint) => endpoint.scheme.trim() === scheme && compactId(endpoint.id) === id,
    );
    if (same && id !== '') return true;
  }

  const ours = new Set<string>();
  const add = (number: string | null) => {
    if (number) ours.add(number);
  };
  if (company.enterpriseNumber)
    add(enterpriseNumberOf({ id: company.enterpriseNumber, scheme: '0208' }));
  if (company.vatNumber) add(enterpriseNumberOf({ id: company.vatNumber, scheme: null }));
  for (const endpoint of endpoints) add(enterpriseNumberOf(endpoint));
  for (const number of partyEnterpriseNumbers(buyer)) if (ours.has(number)) return true;

  if (company.vatNumber && buyer.vatNumber) {
    const key = vatNumberKey(company.vatNumber);
    if (key.length > 2 && vatNumberKey(buyer.vatNumber) === key) return true;
  }
  return false;
}
