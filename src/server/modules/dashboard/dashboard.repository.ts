import Big from 'big.js';
import { sql } from 'kysely';
import type { Tx } from '../../db/tenant.js';

type Db = Tx;

/** Statuses of an invoice that is finalised and not fully paid. */
const OPEN_INVOICE = ['finalized', 'sent', 'partiallyPaid'] as const;
/** Statuses of a quote still awaiting the customer's answer. */
const WAITING_QUOTE = ['finalized', 'sent'] as const;

const money = (value: string | number | null | undefined) => new Big(value ?? 0).toFixed(2);

/**
 * Finalised, unpaid invoices: open balance (incl. VAT, less payments and finalised credit notes
 * made from the invoice, as reminders count it) in all, and the part past its due date.
 */
export async function receivables(db: Db, organizationId: string, today: string) {
  const { rows } = await sql<{
    open_count: string;
    open_amount: string | null;
    overdue_count: string;
    overdue_amount: string | null;
  }>`
    with open_invoices as (
      select d.due_date,
             d.total_incl - d.amount_paid - coalesce((
               select sum(c.total_incl) from documents c
               where c.organization_id = ${organizationId} and c.source_document_id = d.id
                 and c.document_type = 'credit_note' and c.status <> 'draft'
                 and c.deleted_at is null
             ), 0) as open
      from documents d
      where d.organization_id = ${organizationId} and d.document_type = 'invoice'
        and d.deleted_at is null and d.status in (${sql.join(OPEN_INVOICE)})
    )
    select count(*) as open_count, sum(open) as open_amount,
           count(*) filter (where due_date < ${today}) as overdue_count,
           sum(open) filter (where due_date < ${today}) as overdue_amount
    from open_invoices where open > 0
  `.execute(db);
  const row = rows[0];
  return {
    open: { count: Number(row?.open_count ?? 0), amount: money(row?.open_amount) },
    overdue: { count: Number(row?.overdue_count ?? 0), amount: money(row?.overdue_amount) },
  };
}

/** Σ excl. VAT of finalised invoices minus finalised credit notes issued in [from, until). */
export async function turnover(db: Db, organizationId: string, from: string, until: string) {
  const row = await db
    .selectFrom('documents')
    .select((eb) =>
      eb.fn
        .sum<string>(
          eb
            .case()
            .when('document_type', '=', 'credit_note')
            .then(sql<string>`-total_excl`)
            .else(sql<string>`total_excl`)
            .end(),
        )
        .as('amount'),
    )
    .where('organization_id', '=', organizationId)
    .where('document_type', 'in', ['invoice', 'credit_note'])
    .where('deleted_at', 'is', null)
    .where('status', '!=', 'draft')
    .where('issue_date', '>=', from)
    .where('issue_date', '<', until)
    .executeTakeFirstOrThrow();
  return money(row.amount);
}

/** Number of drafts per document type. */
export async function draftCounts(db: Db, organizationId: string) {
  const rows = await db
    .selectFrom('documents')
    .select((eb) => ['document_type', eb.fn.countAll<string>().as('count')])
    .where('organization_id', '=', organizationId)
    .where('deleted_at', 'is', null)
    .where('status', '=', 'draft')
    .groupBy('document_type')
    .execute();
  const count = (type: string) =>
    Number(rows.find((row) => row.document_type === type)?.count ?? 0);
  return { quotes: count('quote'), invoices: count('invoice'), creditNotes: count('credit_note') };
}

/** Quotes awaiting an answer and not expired: count and Σ excl. VAT. */
export async function quotesWaiting(db: Db, organizationId: string, today: string) {
  const row = await db
    .selectFrom('documents')
    .select((eb) => [
      eb.fn.countAll<string>().as('count'),
      eb.fn.sum<string>('total_excl').as('amount'),
    ])
    .where('organization_id', '=', organizationId)
    .where('document_type', '=', 'quote')
    .where('deleted_at', 'is', null)
    .where('status', 'in', WAITING_QUOTE)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', today)]))
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), amount: money(row.amount) };
}
