import type { Tx } from '../../db/tenant.js';

/** What a draft reads of other records: the seller's defaults, the customer and its addresses. */

export async function findOrganizationDefaults(trx: Tx, organizationId: string) {
  return trx
    .selectFrom('organizations')
    .select(['vat_regime', 'currency', 'default_language'])
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
}

export async function findContact(trx: Tx, organizationId: string, contactId: string) {
  return trx
    .selectFrom('contacts')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', contactId)
    .executeTakeFirst();
}

/** The named address of the customer, or their first one (their default) without a name. */
export async function findContactAddress(
  trx: Tx,
  organizationId: string,
  contactId: string,
  addressId: string | null,
) {
  let query = trx
    .selectFrom('contact_addresses')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('contact_id', '=', contactId);
  query = addressId ? query.where('id', '=', addressId) : query.orderBy('position').limit(1);
  return query.executeTakeFirst();
}

/** Which of these product ids exist in the organization. */
export async function existingProductIds(
  trx: Tx,
  organizationId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  const rows = await trx
    .selectFrom('products')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((row) => row.id));
}
