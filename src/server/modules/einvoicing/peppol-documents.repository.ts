import type { Tx } from '../../db/tenant.js';

/** What the failure notice names: the document's number, kind and customer. */
export const findDocumentHeading = (trx: Tx, organizationId: string, id: string) =>
  trx
    .selectFrom('documents')
    .select(['number_formatted', 'document_type', 'customer'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

export const findDocumentType = (trx: Tx, organizationId: string, id: string) =>
  trx
    .selectFrom('documents')
    .select('document_type')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

export async function isDepositDocument(
  trx: Tx,
  organizationId: string,
  id: string,
): Promise<boolean> {
  const row = await trx
    .selectFrom('documents')
    .select('deposit')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.deposit !== null;
}

/** Sent on PEPPOL is sent: a finalised document moves on to "sent". */
export async function markFinalizedDocumentSent(
  trx: Tx,
  organizationId: string,
  id: string,
  now: Date,
): Promise<void> {
  await trx
    .updateTable('documents')
    .set({ status: 'sent', updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('status', '=', 'finalized')
    .execute();
}

/** The codes the UBL gives the products on the lines (seller's code, EAN). */
export async function productCodes(
  trx: Tx,
  organizationId: string,
  ids: readonly string[],
): Promise<{ id: string; code: string | null; ean: string | null }[]> {
  if (ids.length === 0) return [];
  return trx
    .selectFrom('products')
    .select(['id', 'code', 'ean'])
    .where('organization_id', '=', organizationId)
    .where('id', 'in', ids)
    .execute();
}
