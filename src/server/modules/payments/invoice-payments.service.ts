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
import { findAccountActive } from './accounts.repository.js';
import {
  deletePayment,
  hasTwinPayment,
  insertPayment,
  lockInvoice as lockInvoiceRow,
  openInvoiceTotals,
  setInvoicePaid,
} from './payments.repository.js';

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
    const row = await lockInvoiceRow(trx, organizationId, id);
    if (!row || row.document_type !== 'invoice' || row.deleted_at) throw NotFound();
    if (!PAYABLE.includes(row.status)) throw InvalidState('error.invalidState');
    return row;
  }

  async function record(actor: Actor, invoiceId: string, input: PaymentInput): Promise<Document> {
    await withTenant(db, actor.organizationId, async (trx) => {
      const invoice = await lockInvoice(trx, actor.organizationId, invoiceId);
      const account = await findAccountActive(trx, actor.organizationId, input.paymentAccountId);
      if (!account?.active) throw Validation({ paymentAccountId: 'validation.invalid' });
      const total = new Big(invoice.total_incl);
      const open = total.minus(invoice.amount_paid);
      const amount = new Big(input.amount);
      if (!input.confirm) {
        if (amount.gt(open))
          throw InvalidState('error.overpayment', { params: { open: open.toFixed(2) } });
        const twin = await hasTwinPayment(trx, actor.organizationId, invoiceId, {
          date: input.date,
          amount: amount.toFixed(2),
          reference: input.reference,
        });
        if (twin) throw Conflict('error.possibleDuplicatePayment');
      }
      const now = clock.now();
      const id = newId();
      await insertPayment(trx, actor.organizationId, {
        id,
        invoiceId,
        accountId: input.paymentAccountId,
        date: input.date,
        amount: amount.toFixed(2),
        reference: input.reference,
        now,
      });
      const paid = new Big(invoice.amount_paid).plus(amount);
      await setInvoicePaid(trx, actor.organizationId, invoiceId, {
        amountPaid: paid.toFixed(2),
        status: statusFor(paid, total, invoice.sent_at !== null),
        now,
      });
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
        const amount = await deletePayment(trx, actor.organizationId, invoiceId, paymentId);
        if (amount === undefined) throw NotFound();
        const now = clock.now();
        const paid = new Big(invoice.amount_paid).minus(amount);
        await setInvoicePaid(trx, actor.organizationId, invoiceId, {
          amountPaid: paid.toFixed(2),
          status: statusFor(paid, new Big(invoice.total_incl), invoice.sent_at !== null),
          now,
        });
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
        const row = await openInvoiceTotals(trx, organizationId, today, customerId);
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
