import type { Tx } from '../../db/tenant.js';

/** The invoice's amounts and state, its row locked so concurrent payments add up. */
export const lockInvoice = (trx: Tx, organizationId: string, id: string) =>
  trx
    .selectFrom('documents')
    .select([
      'id',
      'status',
      'total_incl',
      'amount_paid',
      'sent_at',
      'deleted_at',
      'document_type',
      'number_formatted',
      'customer',
      'currency',
    ])
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();

/** Whether a payment of this amount, date and reference is already on the invoice. */
export async function hasTwinPayment(
  trx: Tx,
  organizationId: string,
  invoiceId: string,
  payment: { date: string; amount: string; reference: string | null },
): Promise<boolean> {
  const twin = await trx
    .selectFrom('payments')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('document_id', '=', invoiceId)
    .where('payment_date', '=', payment.date)
    .where('amount', '=', payment.amount)
    .where((eb) =>
      payment.reference ? eb('reference', '=', payment.reference) : eb('reference', 'is', null),
    )
    .executeTakeFirst();
  return twin !== undefined;
}

export async function insertPayment(
  trx: Tx,
  organizationId: string,
  payment: {
    id: string;
    invoiceId: string;
    accountId: string;
    date: string;
    amount: string;
    reference: string | null;
    now: Date;
  },
): Promise<void> {
  await trx
    .insertInto('payments')
    .values({
      organization_id: organizationId,
      id: payment.id,
      document_id: payment.invoiceId,
      payment_account_id: payment.accountId,
      payment_date: payment.date,
      amount: payment.amount,
      reference: payment.reference,
      created_at: payment.now,
    })
    .execute();
}

/** Removes a payment of the invoice; answers its amount, or nothing when there is none. */
export async function deletePayment(
  trx: Tx,
  organizationId: string,
  invoiceId: string,
  paymentId: string,
): Promise<string | undefined> {
  const payment = await trx
    .deleteFrom('payments')
    .where('organization_id', '=', organizationId)
    .where('document_id', '=', invoiceId)
    .where('id', '=', paymentId)
    .returning('amount')
    .executeTakeFirst();
  return payment?.amount;
}

/** What has been paid on the invoice, and the status that follows. */
export async function setInvoicePaid(
  trx: Tx,
  organizationId: string,
  invoiceId: string,
  values: { amountPaid: string; status: string; now: Date },
): Promise<void> {
  await trx
    .updateTable('documents')
    .set({ amount_paid: values.amountPaid, status: values.status, updated_at: values.now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', invoiceId)
    .execute();
}

/** Open invoices (one customer's or all) and their open amount, overdue ones apart. */
export async function openInvoiceTotals(
  trx: Tx,
  organizationId: string,
  today: string,
  customerId?: string,
) {
  let query = trx
    .selectFrom('documents')
    .select((eb) => [
      eb.fn.countAll<number>().as('count'),
      eb.fn
        .coalesce(eb.fn.sum<string>(eb('total_incl', '-', eb.ref('amount_paid'))), eb.val('0'))
        .as('open'),
      eb.fn.count<number>(eb.case().when('due_date', '<', today).then(1).end()).as('overdue_count'),
      eb.fn
        .coalesce(
          eb.fn.sum<string>(
            eb
              .case()
              .when('due_date', '<', today)
              .then(eb('total_incl', '-', eb.ref('amount_paid')))
              .end(),
          ),
          eb.val('0'),
        )
        .as('overdue_open'),
    ])
    .where('organization_id', '=', organizationId)
    .where('document_type', '=', 'invoice')
    .where('deleted_at', 'is', null)
    .where('status', 'in', ['finalized', 'sent', 'partiallyPaid']);
  if (customerId) query = query.where('contact_id', '=', customerId);
  return query.executeTakeFirstOrThrow();
}
