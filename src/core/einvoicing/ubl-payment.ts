import { cleanText as clean, element, textElement } from './xml-writer.js';
import { dec, formatMoney, ZERO } from '../money/decimal.js';
import { localNumber } from './labels.js';
import { structuredPaymentId } from './payment-id.js';
import { PAYMENT_MEANS_CREDIT_TRANSFER } from './ubl-constants.js';
import type { UblModel } from './ubl-model.js';

/**
 * BG-16/BG-17: a credit transfer to the seller's account with the structured communication.
 * Written for invoices that name an account or a communication; a credit note is settled by
 * the seller, so it carries none.
 */
export function paymentMeansXml(model: UblModel): string {
  const { input } = model;
  const iban = clean(input.payment.iban).replace(/\s/g, '').toUpperCase();
  const paymentId = structuredPaymentId(input.payment.structuredCommunication);
  if (input.kind === 'creditNote' || (!iban && !paymentId)) return '';
  return element('cac:PaymentMeans', [
    textElement('cbc:PaymentMeansCode', PAYMENT_MEANS_CREDIT_TRANSFER),
    textElement('cbc:PaymentID', paymentId),
    element('cac:PayeeFinancialAccount', [
      textElement('cbc:ID', iban),
      iban
        ? element('cac:FinancialInstitutionBranch', [
            textElement('cbc:ID', clean(input.payment.bic).replace(/\s/g, '').toUpperCase()),
          ])
        : '',
    ]),
  ]);
}

/** BT-20: the terms as given, then the settlement discount's conditions (§4.4). */
export function paymentTermsXml(model: UblModel): string {
  const { input, labels, totals } = model;
  const parts = [clean(input.payment.terms)];
  const settlement = totals.settlement;
  if (settlement && !dec(settlement.discount).eq(ZERO)) {
    const due = dec(settlement.totalPayable).minus(model.monetary.prepaid);
    parts.push(
      labels.settlementTerms(
        localNumber(settlement.percent, input.language),
        settlement.days,
        localNumber(formatMoney(due), input.language),
        clean(input.currency).toUpperCase(),
      ),
    );
  }
  // BR-CO-25 wants terms or a due date when something is due; a credit note has no due date.
  if (input.kind === 'creditNote' && !parts.some(Boolean)) parts.push(labels.creditNoteTerms);
  return element('cac:PaymentTerms', [textElement('cbc:Note', parts.filter(Boolean).join('\n'))]);
}
