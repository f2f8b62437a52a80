import type { Insertable } from 'kysely';
import type { PurchaseInvoices } from '../../db/schema.generated.js';
import type { Tx } from '../../db/tenant.js';

const SUMMARY_COLUMNS = [
  'p.id',
  'p.document_kind',
  'p.number',
  'p.supplier_id',
  'c.name as supplier_name',
  'p.issue_date',
  'p.due_date',
  'p.currency',
  'p.total_excl',
  'p.total_vat',
  'p.total_incl',
  'p.total_payable',
  'p.status',
  'p.paid_at',
] as const;

/** A purchase invoice as lists show it, with its supplier's name. */
export interface PurchaseSummaryRow {
  id: string;
  document_kind: string;
  number: string;
  supplier_id: string;
  supplier_name: string;
  issue_date: string;
  due_date: string | null;
  currency: string;
  total_excl: string;
  total_vat: string;
  total_incl: string;
  total_payable: string;
  status: string;
  paid_at: string | null;
}

function withSupplier(trx: Tx, organizationId: string) {
  return trx
    .selectFrom('purchase_invoices as p')
    .innerJoin('contacts as c', (join) =>
      join.onRef('c.organization_id', '=', 'p.organization_id').onRef('c.id', '=', 'p.supplier_id'),
    )
    .where('p.organization_id', '=', organizationId);
}

export const findPurchaseRow = (trx: Tx, organizationId: string, id: string) =>
  withSupplier(trx, organizationId)
    .select([
      ...SUMMARY_COLUMNS,
      'p.inbox_document_id',
      'p.iban',
      'p.bic',
      'p.payment_reference',
      'p.lines',
      'p.vat_breakdown',
    ])
    .where('p.id', '=', id)
    .executeTakeFirst();

/** One page of purchase invoices, newest first, with the count of all that match. */
export async function listPurchaseRows(
  trx: Tx,
  organizationId: string,
  query: { page: number; pageSize: number; status?: string },
): Promise<{ rows: PurchaseSummaryRow[]; total: number }> {
  const base = withSupplier(trx, organizationId).$if(Boolean(query.status), (qb) =>
    qb.where('p.status', '=', query.status ?? 'toPay'),
  );
  const [rows, count] = await Promise.all([
    base
      .select(SUMMARY_COLUMNS)
      .orderBy('p.issue_date', 'desc')
      .orderBy('p.id', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

/** Paid on a date, or back to "to pay" (null); false when there is no such invoice. */
export async function setPurchasePaid(
  trx: Tx,
  organizationId: string,
  id: string,
  date: string | null,
  now: Date,
): Promise<boolean> {
  const result = await trx
    .updateTable('purchase_invoices')
    .set({ status: date ? 'paid' : 'toPay', paid_at: date, updated_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Stores the purchase invoice of an inbox entry; nothing when that entry has one already. */
export async function insertPurchase(trx: Tx, row: Insertable<PurchaseInvoices>): Promise<boolean> {
  const inserted = await trx
    .insertInto('purchase_invoices')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}
