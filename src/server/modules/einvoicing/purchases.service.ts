import type {
  PurchaseInvoice,
  PurchaseInvoiceSummary,
  PurchaseListQuery,
  PurchasePage,
} from '../../../contract/index.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import type { Actor, Deps } from '../../deps.js';
import { writeAudit } from '../../platform/audit.js';
import { NotFound } from '../../platform/errors.js';

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

function baseQuery(trx: Tx, organizationId: string) {
  return trx
    .selectFrom('purchase_invoices as p')
    .innerJoin('contacts as c', (join) =>
      join.onRef('c.organization_id', '=', 'p.organization_id').onRef('c.id', '=', 'p.supplier_id'),
    )
    .where('p.organization_id', '=', organizationId);
}

type SummaryRow = {
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
};

function toSummary(row: SummaryRow): PurchaseInvoiceSummary {
  return {
    id: row.id,
    kind: row.document_kind as PurchaseInvoiceSummary['kind'],
    number: row.number,
    supplierId: row.supplier_id,
    supplierName: row.supplier_name,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    currency: row.currency,
    totalExcl: row.total_excl,
    totalVat: row.total_vat,
    totalIncl: row.total_incl,
    totalPayable: row.total_payable,
    status: row.status as PurchaseInvoiceSummary['status'],
    paidAt: row.paid_at,
  };
}

export async function loadPurchase(
  trx: Tx,
  organizationId: string,
  id: string,
): Promise<PurchaseInvoice> {
  const row = await baseQuery(trx, organizationId)
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
  if (!row) throw NotFound();
  return {
    ...toSummary(row),
    inboxDocumentId: row.inbox_document_id,
    iban: row.iban,
    bic: row.bic,
    paymentReference: row.payment_reference,
    lines: row.lines as PurchaseInvoice['lines'],
    vatBreakdown: row.vat_breakdown as PurchaseInvoice['vatBreakdown'],
  };
}

/** Purchase invoices accepted from the inbox: what the company owes, and what it has paid. */
export function createPurchasesService(deps: Pick<Deps, 'db' | 'clock'>) {
  const { db, clock } = deps;

  async function setPaid(actor: Actor, id: string, date: string | null): Promise<PurchaseInvoice> {
    return withTenant(db, actor.organizationId, async (trx) => {
      const now = clock.now();
      const result = await trx
        .updateTable('purchase_invoices')
        .set({ status: date ? 'paid' : 'toPay', paid_at: date, updated_at: now })
        .where('organization_id', '=', actor.organizationId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw NotFound();
      await writeAudit(trx, {
        organizationId: actor.organizationId,
        userId: actor.userId,
        action: date ? 'purchase.paid' : 'purchase.unpaid',
        entityType: 'purchaseInvoice',
        entityId: id,
        ip: actor.ip,
        at: now,
      });
      return loadPurchase(trx, actor.organizationId, id);
    });
  }

  return {
    list(
      organizationId: string,
      query: { page: number; pageSize: number; status?: PurchaseListQuery['status'] },
    ): Promise<PurchasePage> {
      return withTenant(db, organizationId, async (trx) => {
        const base = baseQuery(trx, organizationId).$if(Boolean(query.status), (qb) =>
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
        return {
          items: rows.map(toSummary),
          page: query.page,
          pageSize: query.pageSize,
          total: Number(count.total),
        };
      });
    },
    get: (organizationId: string, id: string) =>
      withTenant(db, organizationId, (trx) => loadPurchase(trx, organizationId, id)),
    markPaid: (actor: Actor, id: string, date: string) => setPaid(actor, id, date),
    markUnpaid: (actor: Actor, id: string) => setPaid(actor, id, null),
  };
}

export type PurchasesService = ReturnType<typeof createPurchasesService>;
