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
import {
  findPurchaseRow,
  listPurchaseRows,
  setPurchasePaid,
  type PurchaseSummaryRow,
} from './purchases.repository.js';

function toSummary(row: PurchaseSummaryRow): PurchaseInvoiceSummary {
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
  const row = await findPurchaseRow(trx, organizationId, id);
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
      if (!(await setPurchasePaid(trx, actor.organizationId, id, date, now))) throw NotFound();
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
        const { rows, total } = await listPurchaseRows(trx, organizationId, query);
        return { items: rows.map(toSummary), page: query.page, pageSize: query.pageSize, total };
      });
    },
    get: (organizationId: string, id: string) =>
      withTenant(db, organizationId, (trx) => loadPurchase(trx, organizationId, id)),
    markPaid: (actor: Actor, id: string, date: string) => setPaid(actor, id, date),
    markUnpaid: (actor: Actor, id: string) => setPaid(actor, id, null),
  };
}

export type PurchasesService = ReturnType<typeof createPurchasesService>;
