import type { Insertable } from 'kysely';
import type { InboxDocuments } from '../../db/schema.generated.js';
import type { Tx } from '../../db/tenant.js';
import type { InboxRow } from './inbox-view.js';

export const findInboxRow = (
  trx: Tx,
  organizationId: string,
  id: string,
): Promise<InboxRow | undefined> =>
  trx
    .selectFrom('inbox_documents')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();

/** The entry, its row locked until the transaction ends (accepting and rejecting wait). */
export const lockInboxRow = (
  trx: Tx,
  organizationId: string,
  id: string,
): Promise<InboxRow | undefined> =>
  trx
    .selectFrom('inbox_documents')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();

/** Stores a received document; nothing when the same one is there already. */
export const insertInboxRow = (
  trx: Tx,
  row: Insertable<InboxDocuments>,
): Promise<InboxRow | undefined> =>
  trx
    .insertInto('inbox_documents')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();

/** The entry already there for the same document (by its key or the access point's id). */
export const findSameInboxRow = (
  trx: Tx,
  organizationId: string,
  documentKey: string,
  externalId: string | null,
): Promise<InboxRow> =>
  trx
    .selectFrom('inbox_documents')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where((eb) =>
      eb.or([
        eb('document_key', '=', documentKey),
        ...(externalId ? [eb('external_id', '=', externalId)] : []),
      ]),
    )
    .executeTakeFirstOrThrow();

/** One page of entries, newest first, with the count of all that match. */
export async function listInboxRows(
  trx: Tx,
  organizationId: string,
  query: { page: number; pageSize: number; status?: string },
): Promise<{ rows: InboxRow[]; total: number }> {
  const base = trx
    .selectFrom('inbox_documents')
    .where('organization_id', '=', organizationId)
    .$if(Boolean(query.status), (qb) => qb.where('status', '=', query.status ?? 'new'));
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('received_at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export async function markInboxAccepted(
  trx: Tx,
  organizationId: string,
  id: string,
  purchaseInvoiceId: string,
  now: Date,
): Promise<void> {
  await trx
    .updateTable('inbox_documents')
    .set({ status: 'accepted', purchase_invoice_id: purchaseInvoiceId, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

export const markInboxRejected = (
  trx: Tx,
  organizationId: string,
  id: string,
  reason: string,
  now: Date,
): Promise<InboxRow> =>
  trx
    .updateTable('inbox_documents')
    .set({ status: 'rejected', reject_reason: reason, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
