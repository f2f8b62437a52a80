import type { Tx } from '../../db/tenant.js';

/** The finalised sales invoices and credit notes issued in the period, in date and number order. */
export const salesOfPeriod = (trx: Tx, organizationId: string, from: string, to: string) =>
  trx
    .selectFrom('documents')
    .select([
      'id',
      'document_type',
      'number_formatted',
      'issue_date',
      'customer',
      'total_excl',
      'total_vat',
      'total_incl',
      'currency',
    ])
    .where('organization_id', '=', organizationId)
    .where('document_type', 'in', ['invoice', 'credit_note'])
    .where('status', '!=', 'draft')
    .where('deleted_at', 'is', null)
    .where('issue_date', '>=', from)
    .where('issue_date', '<=', to)
    .orderBy('issue_date')
    .orderBy('number_formatted')
    .execute();

/** The purchase invoices of the period, with their supplier and the files they arrived as. */
export const purchasesOfPeriod = (trx: Tx, organizationId: string, from: string, to: string) =>
  trx
    .selectFrom('purchase_invoices as p')
    .innerJoin('contacts as c', (join) =>
      join.onRef('c.organization_id', '=', 'p.organization_id').onRef('c.id', '=', 'p.supplier_id'),
    )
    .leftJoin('inbox_documents as i', (join) =>
      join
        .onRef('i.organization_id', '=', 'p.organization_id')
        .onRef('i.id', '=', 'p.inbox_document_id'),
    )
    .select([
      'p.document_kind',
      'p.number',
      'p.issue_date',
      'c.name as supplier',
      'p.total_excl',
      'p.total_vat',
      'p.total_incl',
      'p.currency',
      'i.xml',
      'i.pdf_key',
    ])
    .where('p.organization_id', '=', organizationId)
    .where('p.issue_date', '>=', from)
    .where('p.issue_date', '<=', to)
    .orderBy('p.issue_date')
    .execute();
