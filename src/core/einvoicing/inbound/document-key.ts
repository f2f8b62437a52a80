import { compactId, partyEnterpriseNumbers, vatNumberKey } from './party-identity.js';
import type { ReceivedDocument, ReceivedParty } from './types.js';

/**
 * The seller's most stable identity: its Belgian enterprise number wherever it is stated (so a
 * resend under a 9925 instead of a 0208 endpoint is still the same seller), else its VAT number,
 * Peppol endpoint, legal id, and last its name.
 */
function sellerKey(seller: ReceivedParty): string {
  const [enterprise] = [...partyEnterpriseNumbers(seller)].sort();
  if (enterprise) return `BE:${enterprise}`;
  if (seller.vatNumber) return `VAT:${vatNumberKey(seller.vatNumber)}`;
  if (seller.endpoint) return `EP:${seller.endpoint.scheme ?? ''}:${compactId(seller.endpoint.id)}`;
  if (seller.legalId) return `ID:${seller.legalId.scheme ?? ''}:${compactId(seller.legalId.id)}`;
  const name = seller.registrationName ?? seller.name ?? '';
  return `NAME:${name.toUpperCase().replace(/\s+/g, ' ').trim()}`;
}

/**
 * Duplicate-detection fingerprint: seller + kind + number. The number keeps its punctuation
 * (`2026/1` and `2026-1` may be different documents) but not its case or spacing.
 */
export function documentKey(
  document: Pick<ReceivedDocument, 'seller' | 'kind' | 'number'>,
): string {
  const number = document.number.toUpperCase().replace(/\s+/g, ' ').trim();
  return `${sellerKey(document.seller)}|${document.kind}|${number}`;
}
