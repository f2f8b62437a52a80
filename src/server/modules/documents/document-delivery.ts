import type {
  DocumentDeliveryAddress,
  DocumentDeliveryAddressInput,
} from '../../../contract/index.js';
import type { Tx } from '../../db/tenant.js';
import { Validation } from '../../platform/errors.js';
import { findContactAddress } from './drafts.repository.js';

/**
 * The deliver-to address a document stores: a copy, so later edits of the customer's addresses
 * never change a document (issued documents are immutable). One of the customer's delivery
 * addresses — the first, their default, unless another is named — or an address typed for it.
 */
export async function deliveryAddressOf(
  trx: Tx,
  organizationId: string,
  contactId: string,
  input: DocumentDeliveryAddressInput | null | undefined,
): Promise<DocumentDeliveryAddress | null> {
  if (!input) return null;
  if (input.source === 'typed') {
    return {
      contactAddressId: null,
      label: null,
      street: input.street ?? null,
      number: input.number ?? null,
      box: input.box ?? null,
      postalCode: input.postalCode ?? null,
      city: input.city ?? null,
      country: input.country,
    };
  }
  const row = await findContactAddress(
    trx,
    organizationId,
    contactId,
    input.contactAddressId ?? null,
  );
  if (!row) {
    throw input.contactAddressId
      ? Validation({ 'deliveryAddress.contactAddressId': 'validation.unknownDeliveryAddress' })
      : Validation({ deliveryAddress: 'validation.noDeliveryAddress' });
  }
  return {
    contactAddressId: row.id,
    label: row.label,
    street: row.street,
    number: row.street_number,
    box: row.box,
    postalCode: row.postal_code,
    city: row.city,
    country: row.country,
  };
}
