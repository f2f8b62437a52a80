import { TotalsError } from '../documents/errors.js';
import { computeTotals } from '../documents/totals.js';
import type { DocumentTotals, VatCategory } from '../documents/types.js';
import { isVatCategory } from '../documents/vat-category.js';
import { isValidStructuredCommunication } from '../identifiers/structured-communication.js';
import { type Decimal, DecimalError, ZERO, dec, parseDecimal } from '../money/decimal.js';
import { effectiveBuyerReference } from './generate-ubl.js';
import type { PeppolIssue } from './peppol-issues.js';
import { checkBuyer, checkSeller, isCountryCode, issueCollector } from './peppol-party-checks.js';
import { EU_COUNTRIES, EXEMPT_VATEX_CODES, FIXED_VATEX } from './ubl-constants.js';
import type { UblDocumentInput, UblItemLine } from './ubl-types.js';
import { cleanText } from './xml-writer.js';

type Add = ReturnType<typeof issueCollector>['add'];

/** The rule that needs the seller's VAT number, for the first category that needs it. */
const SELLER_VAT_RULES: Partial<Record<VatCategory, string>> = {
  S: 'BR-S-02',
  Z: 'BR-Z-02',
  E: 'BR-E-02',
  AE: 'BR-AE-02',
  K: 'BR-IC-02',
  G: 'BR-G-02',
};

/** A VATEX code of a fixed category given for E lines names the category it belongs to. */
const WRONG_CATEGORY_RULES: Readonly<Record<string, string>> = {
  [FIXED_VATEX.G ?? '']: 'PEPPOL-EN16931-P0104',
  [FIXED_VATEX.O ?? '']: 'PEPPOL-EN16931-P0105',
  [FIXED_VATEX.K ?? '']: 'PEPPOL-EN16931-P0106',
  [FIXED_VATEX.AE ?? '']: 'PEPPOL-EN16931-P0107',
};

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day >= 1 && day <= days;
}

function optionalDecimal(value: unknown): Decimal | null | 'invalid' {
  if (value === null || value === undefined || value === '') return null;
  try {
    return parseDecimal(value);
  } catch (error) {
    if (error instanceof DecimalError) return 'invalid';
    throw error;
  }
}

function checkDates(add: Add, input: UblDocumentInput): void {
  const dates: [string, string | null | undefined][] = [
    ['issueDate', input.issueDate],
    ['dueDate', input.dueDate],
    ['deliveryDate', input.deliveryDate],
    ['invoicePeriod.start', input.invoicePeriod?.start],
    ['invoicePeriod.end', input.invoicePeriod?.end],
    ['billingReference.issueDate', input.billingReference?.issueDate],
  ];
  for (const [path, value] of dates) {
    const text = cleanText(value);
    if ((path === 'issueDate' || text) && !isIsoDate(text)) {
      add('PEPPOL-EN16931-F001', path, 'dateInvalid');
    }
  }
  const start = cleanText(input.invoicePeriod?.start);
  const end = cleanText(input.invoicePeriod?.end);
  if (isIsoDate(start) && isIsoDate(end) && end < start) {
    add('BR-29', 'invoicePeriod.end', 'invoicePeriodInvalid');
  }
}

function checkHeader(add: Add, input: UblDocumentInput): void {
  if (!cleanText(input.number)) add('BR-02', 'number', 'numberMissing');
  checkDates(add, input);
  const currency = cleanText(input.currency).toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) add('BR-CL-04', 'currency', 'currencyInvalid');
  else if (currency !== 'EUR') {
    const rate = optionalDecimal(input.exchangeRateToEur);
    if (rate === null || rate === 'invalid' || rate.lte(ZERO)) {
      add('FACTO-EUR-RATE', 'exchangeRateToEur', 'exchangeRateMissing');
    }
  }
  if (!effectiveBuyerReference(input) && !cleanText(input.orderReference)) {
    add('PEPPOL-EN16931-R003', 'buyerReference', 'referenceMissing');
  }
}

function checkLines(add: Add, input: UblDocumentInput): UblItemLine[] {
  const items: UblItemLine[] = [];
  input.lines.forEach((line, index) => {
    if (line.kind !== 'item') return;
    items.push(line);
    if (!cleanText(line.description)) {
      add('BR-25', `lines.${index}.description`, 'lineDescriptionMissing');
    }
    const unit = cleanText(line.unitCode);
    if (unit && !/^[A-Z0-9]{2,3}$/.test(unit)) {
      add('BR-CL-23', `lines.${index}.unitCode`, 'unitCodeInvalid');
    }
  });
  if (items.length === 0) add('BR-16', 'lines', 'noLines');
  return items;
}

function checkExemption(add: Add, input: UblDocumentInput, categories: Set<VatCategory>): void {
  if (!categories.has('E')) return;
  const code = cleanText(input.vatExemptionCode).toUpperCase();
  if (!cleanText(input.vatExemptionReason) && !code) {
    add('BR-E-10', 'vatExemptionReason', 'exemptionReasonMissing');
  } else if (code && !EXEMPT_VATEX_CODES.has(code)) {
    add(WRONG_CATEGORY_RULES[code] ?? 'BR-CL-22', 'vatExemptionCode', 'exemptionCodeInvalid');
  }
}

function checkCategories(add: Add, input: UblDocumentInput, categories: Set<VatCategory>): void {
  if (categories.has('O') && categories.size > 1) {
    const index = input.lines.findIndex((l) => l.kind === 'item' && l.vatCategory !== 'O');
    add('BR-O-11', `lines.${index}.vatCategory`, 'outsideScopeMixed');
  }
  const seller = cleanText(input.seller.address.country).toUpperCase();
  const buyer = cleanText(input.buyer.address.country).toUpperCase();
  const delivery = cleanText(input.deliveryAddress?.country).toUpperCase();
  if (categories.has('K')) {
    if (isCountryCode(buyer) && !EU_COUNTRIES.has(buyer)) {
      add('FACTO-IC-COUNTRY', 'buyer.address.country', 'intraEuBuyerOutsideEu');
    } else if (buyer && buyer === seller) {
      add('FACTO-IC-DOMESTIC', 'buyer.address.country', 'intraEuBuyerDomestic');
    }
    const period = input.invoicePeriod;
    if (!cleanText(input.deliveryDate) && !cleanText(period?.start) && !cleanText(period?.end)) {
      add('BR-IC-11', 'deliveryDate', 'intraEuDeliveryDateMissing');
    }
    if (!delivery) add('BR-IC-12', 'deliveryAddress.country', 'intraEuDeliveryCountryMissing');
  }
  if (categories.has('G')) {
    const destination = delivery || buyer;
    if (EU_COUNTRIES.has(destination)) {
      add(
        'FACTO-G-EU',
        delivery ? 'deliveryAddress.country' : 'buyer.address.country',
        'exportToEu',
      );
    }
  }
  checkExemption(add, input, categories);
}

function checkPayment(add: Add, input: UblDocumentInput, payable: Decimal | null): void {
  const communication = cleanText(input.payment.structuredCommunication);
  if (communication && !isValidStructuredCommunication(communication)) {
    add('FACTO-OGM', 'payment.structuredCommunication', 'structuredCommunicationInvalid');
  }
  if (input.kind === 'creditNote' || payable === null || payable.lte(ZERO)) return;
  if (!cleanText(input.payment.iban)) add('BR-61', 'payment.iban', 'ibanMissing');
  if (!cleanText(input.dueDate) && !cleanText(input.payment.terms) && !input.settlementDiscount) {
    add('BR-CO-25', 'dueDate', 'dueDateMissing');
  }
}

function totalsOf(add: Add, input: UblDocumentInput): DocumentTotals | null {
  try {
    return computeTotals({
      priceMode: input.priceMode,
      lines: input.lines,
      discount: input.discount ?? null,
      settlementDiscount: input.settlementDiscount ?? null,
    });
  } catch (error) {
    if (!(error instanceof TotalsError)) throw error;
    add('FACTO-TOTALS', error.path, 'invalidAmount');
    return null;
  }
}

/**
 * What the PEPPOL receiver (EN 16931 and PEPPOL BIS 3 rules) or Belgian law would refuse in this
 * document, as field-level issues, before any XML is made; empty when `generateUbl` will produce
 * a valid document. Pure and fast (well under 5 ms for ordinary documents).
 */
export function validateForPeppol(input: UblDocumentInput): PeppolIssue[] {
  const { issues, add } = issueCollector();
  checkHeader(add, input);
  const items = checkLines(add, input);
  const categories = new Set(items.map((i) => i.vatCategory).filter(isVatCategory));
  const vatRule = [...categories].map((c) => SELLER_VAT_RULES[c]).find(Boolean) ?? null;
  checkSeller(add, input.seller, vatRule, !categories.has('O'));
  // Stricter than BR-AE-02, which also accepts the buyer's enterprise number: Belgian law
  // wants the co-contractor's VAT number on a reverse-charge invoice.
  const buyerVatRule = categories.has('K') ? 'BR-IC-02' : categories.has('AE') ? 'BR-AE-02' : null;
  checkBuyer(add, input.buyer, buyerVatRule);
  checkCategories(add, input, categories);

  const totals = items.length > 0 ? totalsOf(add, input) : null;
  const prepaid = optionalDecimal(input.prepaidAmount);
  if (prepaid === 'invalid') add('FACTO-TOTALS', 'prepaidAmount', 'invalidAmount');
  const payable =
    totals && prepaid !== 'invalid' ? dec(totals.totalPayable).minus(prepaid ?? ZERO) : null;
  checkPayment(add, input, payable);
  return issues;
}
