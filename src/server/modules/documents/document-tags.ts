import { documentKind, type Document, type Organization } from '../../../contract/index.js';
import { documentTagValues, type TagValues } from '../../../core/tags/index.js';
import { sellerAsIssued } from './seller-accounts.js';

/**
 * The tag values of a saved document (DOMAIN §12), for e-mails and for the texts printed on the
 * document itself: one mapping, so `%total_amount_incl%` reads the same everywhere.
 */
export function tagValuesOf(
  document: Document,
  organization: Organization,
  options: { link: string | null; contactName?: string | null },
): TagValues {
  const { bankAccounts } = sellerAsIssued(document, organization);
  const account = bankAccounts.find((a) => a.isDefault) ?? bankAccounts[0];
  return documentTagValues({
    language: document.language,
    type: document.type,
    numberFormatted: document.numberFormatted,
    issueDate: document.issueDate,
    dueDate: document.dueDate,
    validUntil: document.validUntil,
    currency: document.currency,
    totalExcl: document.totals.totalExcl,
    totalIncl: document.totals.totalIncl,
    openBalance: documentKind(document.type).payable
      ? document.openBalance
      : document.totals.totalIncl,
    structuredCommunication: document.structuredCommunication,
    settlementDiscount: document.settlementDiscount && {
      percent: document.settlementDiscount.percent,
      days: document.settlementDiscount.days,
      totalWithDiscount: document.totals.totalWithSettlementDiscount,
    },
    customer: {
      name: document.customer.name,
      number: document.customer.reference,
      contactName: options.contactName ?? document.customer.attention,
    },
    company: {
      name: organization.legalName,
      iban: account?.iban ?? null,
      bic: account?.bic ?? null,
    },
    link: options.link,
  });
}
