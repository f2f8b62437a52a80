import Big from 'big.js';
import type { z } from 'zod';
import type {
  Document,
  InvoiceBalance,
  markPaidRequestSchema,
  paymentInputSchema,
} from '../../../contract/index.js';
import type { Actor, Deps } from '../../deps.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import { todayInBelgium } from '../../platform/dates.js';
import { NotFound, Conflict, InvalidState, Validation } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { DocumentsService } from '../documents/index.js';
import type { PaymentEmail, PaymentOutcome } from '../email/index.js';
import { notify } from '../notifications/index.js';

type PaymentInput = z.output<typeof paymentInputSchema>;
type MarkPaid = z.output<typeof markPaidRequestSchema>;

const PAYABLE = ['finalized', 'sent', 'partiallyPaid', 'paid'];

/** The stored status that follows from what has been paid. */
function statusFor(paid: Big, total: Big, wasSent: boolean): string {
  if (paid.lte(0)) return wasSent ? 'sent' : 'finalized';
  return paid.lt(total) ? 'partiallyPaid' : 'paid';
}

/** Queues the "payment received" e-mail in the payment's transaction (the e-mail module's). */
export type PaymentMailer = (trx: Tx, payment: PaymentEmail) => Promise<unknown>;

/** Full, partial or too much (a double payment): the wording of the notice and the e-mail. */
function outcomeOf(paid: Big, total: Big): PaymentOutcome {
  if (paid.gt(total)) return 'overpaid';
  return paid.lt(total) ? 'partial' : 'full';
}

/** Payments on finalized invoices: the invoice row is locked so concurrent payments add up. */
export function createInvoicePaymentsService(
  { db, clock }: Deps,
  documents: DocumentsService,
  options: { paymentMailer?: PaymentMailer } = {},
) {
  async function lockInvoice(trx: Tx, organizationId: string, id: string) {
    const row = await trx
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
    if (!row || row.document_type !== 'invoice' || row.deleted_at) throw NotFound();
    if (!PAYABLE.includes(row.status)) throw InvalidState('error.invalidState');
    return row;
  }

  async function record(actor: Actor, invoiceId: string, input: PaymentInput): Promise<Document> {
    await withTenant(db, actor.organizationId, async (trx) => {
      const invoice = await lockInvoice(trx, actor.organizationId, invoiceId);
      const account = await trx
        .selectFrom('payment_accounts')
        .select(['id', 'active'])
        .where('organization_id', '=', actor.organizationId)
        .where('id', '=', input.paymentAccountId)
        .executeTakeFirst();
      if (!account?.active) throw Validation({ paymentAccountId: 'validation.invalid' });
      const total = new Big(invoice.total_incl);
      const open = total.minus(invoice.amount_paid);
      const amount = new Big(input.amount);
      if (!input.confirm) {
        if (amount.gt(open))
          throw InvalidState('error.overpayment', { params: { open: open.toFixed(2) } });
        const twin = await trx
          .selectFrom('payments')
          .select('id')
          .where('organization_id', '=', actor.organizationId)
          .where('document_id', '=', invoiceId)
          .where('payment_date', '=', input.date)
          .where('amount', '=', amount.toFixed(2))
          .where((eb) =>
            input.reference ? eb('reference', '=', input.reference) : eb('reference', 'is', null),
          )
          .executeTakeFirst();
        if (twin) throw Conflict('error.possibleDuplicatePayment');
      }
      const now = clock.now();
      const id = newId();
      await trx
        .insertInto('payments')
        .values({
          organization_id: actor.organizationId,
          id,
          document_id: invoiceId,
          payment_account_id: input.paymentAccountId,
          payment_date: input.date,
          amount: amount.toFixed(2),
          reference: input.reference,
          created_at: now,
        })
        .execute();
      const paid = new Big(invoice.amount_paid).plus(amount);
      await trx
        .updateTable('documents')
        .set({
          amount_paid: paid.toFixed(2),
          status: statusFor(paid, total, invoice.sent_at !== null),
          updated_at: now,
        })
        .where('organization_id', '=', actor.organizationId)
        .where('id', '=', invoiceId)
        .execute();
      await writeAudit(trx, {
        ...actor,
        action: 'payment.recorded',
        entityType: 'document',
        entityId: invoiceId,
        data: { payment: id, amount: amount.toFixed(2), overpaid: paid.gt(total) },
        at: now,
      });
      // Told once per payment: the notice and the customer's e-mail commit with the payment.
      const outcome = outcomeOf(paid, total);
      await notify(
        trx,
        actor.organizationId,
        'paymentReceived',
        {
          amount: amount.toFixed(2),
          currency: invoice.currency,
          number: invoice.number_formatted ?? '',
          customer: (invoice.customer as { name?: string }).name ?? '',
          outcome,
          open: total.minus(paid).toFixed(2),
        },
        { link: `/invoices/${invoiceId}`, at: now },
      );
      await options.paymentMailer?.(trx, {
        organizationId: actor.organizationId,
        invoiceId,
        paymentId: id,
        outcome,
        amount: amount.toFixed(2),
        open: total.minus(paid).toFixed(2),
        userId: actor.userId,
        ip: actor.ip,
      });
    });
    return documents.get(actor.organizationId, 'invoice', invoiceId);
  }

  return {
    record,

    /** One click: a payment of the whole open balance. */
    async markPaid(actor: Actor, invoiceId: string, request: MarkPaid): Promise<Document> {
      const invoice = await documents.get(actor.organizationId, 'invoice', invoiceId);
      const open = new Big(invoice.openBalance);
      if (open.lte(0)) throw InvalidState('error.invalidState');
      return record(actor, invoiceId, {
        date: request.date ?? todayInBelgium(clock.now()),
        amount: open.toFixed(2),
        paymentAccountId: request.paymentAccountId,
        reference: null,
        confirm: false,
      });
    },

    /** Removing a payment puts the invoice back in the status its remaining payments give it. */
    async remove(actor: Actor, invoiceId: string, paymentId: string): Promise<Document> {
      await withTenant(db, actor.organizationId, async (trx) => {
        const invoice = await lockInvoice(trx, actor.organizationId, invoiceId);
        const payment = await trx
          .deleteFrom('payments')
          .where('organization_id', '=', actor.organizationId)
          .where('document_id', '=', invoiceId)
          .where('id', '=', paymentId)
          .returning('amount')
          .executeTakeFirst();
        if (!payment) throw NotFound();
        const now = clock.now();
        const paid = new Big(invoice.amount_paid).minus(payment.amount);
        await trx
          .updateTable('documents')
          .set({
            amount_paid: paid.toFixed(2),
            status: statusFor(paid, new Big(invoice.total_incl), invoice.sent_at !== null),
            updated_at: now,
          })
          .where('organization_id', '=', actor.organizationId)
          .where('id', '=', invoiceId)
          .execute();
        await writeAudit(trx, {
          ...actor,
          action: 'payment.deleted',
          entityType: 'document',
          entityId: invoiceId,
          data: { payment: paymentId },
          at: now,
        });
      });
      return documents.get(actor.organizationId, 'invoice', invoiceId);
    },

    /** What is still to be received, and how much of it is overdue: for one customer or all. */
    balance: (organizationId: string, customerId?: string): Promise<InvoiceBalance> =>
      withTenant(db, organizationId, async (trx) => {
        const today = todayInBelgium(clock.now());
        let query = trx
          .selectFrom('documents')
          .select((eb) => [
            eb.fn.countAll<number>().as('count'),
            eb.fn
              .coalesce(
                eb.fn.sum<string>(eb('total_incl', '-', eb.ref('amount_paid'))),
                eb.val('0'),
              )
              .as('open'),
            eb.fn
              .count<number>(eb.case().when('due_date', '<', today).then(1).end())
              .as('overdue_count'),
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
        const row = await query.executeTakeFirstOrThrow();
        return {
          unpaid: { count: Number(row.count), openBalance: new Big(row.open).toFixed(2) },
          overdue: {
            count: Number(row.overdue_count),
            openBalance: new Big(row.overdue_open).toFixed(2),
          },
        };
      }),
  };
}

export type InvoicePaymentsService = ReturnType<typeof createInvoicePaymentsService>;
