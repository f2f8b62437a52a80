import Big from 'big.js';
import { documentKind, type Document, type Organization } from '../../../../contract/index.js';
import { formatIban } from '../../../../core/identifiers/index.js';
import { EpcQrError, epcQrPayload } from '../../../../core/payments/index.js';
import type { PdfLabels, PdfLanguage } from './labels.js';
import { formatDate, formatMoney } from './format.js';
import { defaultBankAccount } from './parties.js';
import type { PdfPayment } from './view-types.js';

/**
 * The EPC QR payload (EPC069-12) for what is still due, to the default bank account, with the
 * structured communication; null when nothing is due or there is no account to pay to.
 */
export function paymentQrPayload(
  document: Pick<
    Document,
    'type' | 'status' | 'openBalance' | 'structuredCommunication' | 'numberFormatted'
  >,
  organization: Pick<Organization, 'legalName' | 'bankAccounts'>,
): string | null {
  const account = defaultBankAccount(organization);
  if (!documentKind(document.type).payable || document.status === 'draft' || !account) return null;
  if (new Big(document.openBalance).lte(0)) return null;
  try {
    return epcQrPayload({
      bic: account.bic,
      // The standard allows 70 characters; a longer legal name is cut rather than losing the code.
      name: [...organization.legalName].slice(0, 70).join(''),
      iban: account.iban,
      amount: document.openBalance,
      remittance: document.structuredCommunication
        ? { type: 'ogm', ogm: document.structuredCommunication }
        : { type: 'text', text: document.numberFormatted ?? '' },
    });
  } catch (error) {
    // A value the standard refuses (an amount over its limit): print the transfer details only.
    if (error instanceof EpcQrError) return null;
    throw error;
  }
}

/** How to pay (invoices), what happens to the amount (credit notes); nothing for quotes. */
export function paymentBlock(
  document: Document,
  organization: Organization,
  labels: PdfLabels,
  language: PdfLanguage,
  showQr: boolean,
): PdfPayment | null {
  if (document.type === 'creditNote')
    return { heading: labels.paymentHeading, lines: [labels.refundNote], qr: null };
  if (!documentKind(document.type).payable || new Big(document.openBalance).lte(0)) return null;
  const account = defaultBankAccount(organization);
  const lines = [
    labels.payBy(
      formatMoney(document.openBalance, language, document.currency),
      document.dueDate ? formatDate(document.dueDate, language) : null,
    ),
  ];
  if (account)
    lines.push(
      `${labels.iban} ${formatIban(account.iban)}${account.bic ? ` · ${labels.bic} ${account.bic}` : ''}`,
    );
  if (document.structuredCommunication)
    lines.push(`${labels.structuredCommunication} ${document.structuredCommunication}`);
  const payload =
    showQr && document.currency === 'EUR' ? paymentQrPayload(document, organization) : null;
  return {
    heading: labels.paymentHeading,
    lines,
    qr: payload ? { payload, caption: labels.scanToPay } : null,
  };
}
