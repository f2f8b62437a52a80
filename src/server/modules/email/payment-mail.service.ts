import { emailAddressSchema, type EmailMessage } from '../../../contract/index.js';
import type { TagLanguage } from '../../../core/tags/index.js';
import type { Tx } from '../../db/tenant.js';
import { isSafeAddress } from '../../platform/mailer/index.js';
import type { DocumentMailService } from './document-mail.service.js';
import { findPaymentInvoice, findSettings } from './email.repository.js';
import { paymentMail, type PaymentOutcome } from './payment-mail.js';

/** A recorded payment, as the payments module tells it (amounts as decimal strings). */
export interface PaymentEmail {
  organizationId: string;
  invoiceId: string;
  paymentId: string;
  outcome: PaymentOutcome;
  amount: string;
  /** What remains open after the payment; negative when paid too much. */
  open: string;
  userId: string | null;
  ip: string | null;
}

/** "Payment received" to the customer: a document e-mail with its own texts. */
export function createPaymentMailService(
  documentMail: Pick<DocumentMailService, 'sendDocumentEmail'>,
) {
  return {
    /**
     * In the payment's transaction, when the company asks for it (Settings → E-mail) and the
     * invoice has the customer's address; otherwise nothing.
     */
    async sendPaymentEmail(trx: Tx, payment: PaymentEmail): Promise<EmailMessage | null> {
      const { organizationId, invoiceId } = payment;
      const [settings, invoice] = await Promise.all([
        findSettings(trx, organizationId),
        findPaymentInvoice(trx, organizationId, invoiceId),
      ]);
      const email = (invoice?.customer as { email?: string | null } | undefined)?.email;
      if (!settings?.payment_confirmation || !invoice || !email) return null;
      const texts = paymentMail({
        language: invoice.language as TagLanguage,
        outcome: payment.outcome,
        amount: payment.amount,
        open: payment.open,
        currency: invoice.currency,
      });
      // An address that cannot be written to (checked before any query) never blocks the payment.
      if (!emailAddressSchema.safeParse(email).success || !isSafeAddress(email)) return null;
      return documentMail.sendDocumentEmail(trx, {
        organizationId,
        documentId: invoiceId,
        kind: 'payment',
        paymentId: payment.paymentId,
        subject: texts.subject,
        body: texts.body,
        attachPdf: false,
        userId: payment.userId,
        ip: payment.ip,
      });
    },
  };
}
