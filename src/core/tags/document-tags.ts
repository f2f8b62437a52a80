import {
  addDays,
  daysBetween,
  formatAmount,
  formatDate,
  formatPercent,
  type TagLanguage,
} from './format.js';
import type { TagValues } from './tags.js';

/** What the tags of one document are made of: plain values, no I/O (the server gathers them). */
export interface DocumentTagInput {
  language: TagLanguage;
  type: 'quote' | 'invoice' | 'creditNote';
  numberFormatted: string | null;
  /** ISO dates. */
  issueDate: string;
  dueDate: string | null;
  validUntil: string | null;
  currency: string;
  /** Decimal strings, as the totals function computed them. */
  totalExcl: string;
  totalIncl: string;
  /** Still to be paid (total incl − payments). */
  openBalance: string;
  structuredCommunication: string | null;
  settlementDiscount: {
    percent: string;
    days: number;
    /** Total incl VAT once the discount is deducted. */
    totalWithDiscount: string | null;
  } | null;
  customer: { name: string; number: string | null; contactName: string | null };
  company: { name: string; iban: string | null; bic: string | null };
  /** Absolute URL of the document for the customer (secure link, or the app's page). */
  link: string | null;
  /** Subscription period, ISO dates, when the document comes from a subscription. */
  start?: string | null;
  end?: string | null;
}

const DAYS: Record<TagLanguage, (n: number) => string> = {
  fr: (n) => `${n} jour${n === 1 ? '' : 's'}`,
  nl: (n) => `${n} dag${n === 1 ? '' : 'en'}`,
  en: (n) => `${n} day${n === 1 ? '' : 's'}`,
  de: (n) => `${n} Tag${n === 1 ? '' : 'e'}`,
};

/** An IBAN in groups of four, as printed: `BE68 5390 0754 7034`. */
function groupedIban(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Every tag of a document, in its language with Belgian formatting. Tags that do not apply (the
 * structured communication of a quote, a settlement discount that was not granted) are empty.
 */
export function documentTagValues(input: DocumentTagInput): TagValues {
  const { language } = input;
  const amount = (value: string) => formatAmount(value, language, input.currency);
  const date = (value: string | null | undefined) => (value ? formatDate(value, language) : '');
  const expiration = input.type === 'quote' ? input.validUntil : input.dueDate;
  const term = expiration ? daysBetween(input.issueDate, expiration) : null;
  const settlement = input.settlementDiscount;
  const number = input.numberFormatted ?? '';
  return {
    company_name: input.company.name,
    iban: input.company.iban ? groupedIban(input.company.iban) : '',
    bic: input.company.bic ?? '',
    customer_name: input.customer.name,
    contact_name: input.customer.contactName ?? '',
    customer_number: input.customer.number ?? '',
    document_number: number,
    number,
    document_date: date(input.issueDate),
    expiration_date: date(expiration),
    term: term !== null && term >= 0 ? DAYS[language](term) : '',
    total_amount_excl: amount(input.totalExcl),
    total_amount_incl: amount(input.totalIncl),
    total_amount_to_be_paid: amount(input.openBalance),
    structured_message: input.structuredCommunication ?? '',
    financial_discount: settlement ? formatPercent(settlement.percent, language) : '',
    financial_discount_date: settlement ? date(addDays(input.issueDate, settlement.days)) : '',
    total_amount_incl_with_financial_discount: settlement?.totalWithDiscount
      ? amount(settlement.totalWithDiscount)
      : '',
    link: input.link ?? '',
    payment_button: input.type === 'invoice' ? (input.link ?? '') : '',
    sign_button: input.type === 'quote' ? (input.link ?? '') : '',
    start: date(input.start),
    end: date(input.end),
  };
}
