import type { Insertable } from 'kysely';
import type { Contacts } from '../../db/schema.generated.js';
import type { Tx } from '../../db/tenant.js';

/**
 * The oldest contact that is this seller: by VAT or enterprise number, by name when the
 * seller gave neither.
 */
export const findSellerContact = (
  trx: Tx,
  organizationId: string,
  seller: { vatNumber: string | null; enterpriseNumber: string | null; name: string },
) =>
  trx
    .selectFrom('contacts')
    .select(['id', 'is_supplier'])
    .where('organization_id', '=', organizationId)
    .where((eb) =>
      eb.or([
        ...(seller.vatNumber ? [eb('vat_number', '=', seller.vatNumber)] : []),
        ...(seller.enterpriseNumber ? [eb('enterprise_number', '=', seller.enterpriseNumber)] : []),
      ]),
    )
    .$if(!seller.vatNumber && !seller.enterpriseNumber, (qb) => qb.where('name', '=', seller.name))
    .orderBy('created_at')
    .executeTakeFirst();

export async function markContactSupplier(
  trx: Tx,
  organizationId: string,
  id: string,
  now: Date,
): Promise<void> {
  await trx
    .updateTable('contacts')
    .set({ is_supplier: true, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

export async function insertContact(trx: Tx, contact: Insertable<Contacts>): Promise<void> {
  await trx.insertInto('contacts').values(contact).execute();
}
