import type {
  DocumentDeliveryAddress,
  DocumentDeliveryAddressInput,
} from '../../../contract/index.js';
import type { Tx } from '../../db/tenant.js';
import { Validation } from '../../platform/errors.js';

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
  let query = trx
    .selectFrom('contact_addresses')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('contact_id', '=', contactId);
  query = input.contactAddressId
    ? query.where('id', '=', input.contactAddressId)
    : query.orderBy('position').limit(1);
  const row = await query.executeTakeFirst();
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
