import Big from 'big.js';
import { documentKind, type Document } from '../../../../contract/index.js';
import type { PdfLabels, PdfLanguage } from './labels.js';
import { formatMoney, formatNumber, formatPercent } from './format.js';
import { depositsTotal } from './line-rows.js';
import type { PdfField, PdfTotal, PdfView } from './view-types.js';

/** One row per VAT rate and category: taxable amount and VAT, as the API computed them. */
export function vatSummary(
  document: Document,
  labels: PdfLabels,
  language: PdfLanguage,
): PdfView['vatSummary'] {
  return {
    title: labels.vatSummary,
    headers: [labels.vatRate, labels.taxable, labels.vat],
    rows: document.vatBreakdown.map((group) => [
      formatPercent(group.vatRate, language),
      formatNumber(group.taxable, language, 2),
      formatNumber(group.vat, language, 2),
    ]),
  };
}

/**
 * The totals column: deposits and document discount when present, excl, VAT, incl; on invoices
 * what was already paid and the amount due (total incl − payments = the API's open balance).
 */
export function totalLines(
  document: Document,
  labels: PdfLabels,
  language: PdfLanguage,
): PdfTotal[] {
  const money = (value: string | Big) =>
    formatMoney(typeof value === 'string' ? value : value.toFixed(2), language, document.currency);
  const { totals } = document;
  const lines: PdfTotal[] = [];
  const deposits = depositsTotal(document);
  if (!deposits.eq(0)) {
    lines.push(
      { label: labels.worksTotal, amount: money(new Big(totals.linesTotal).minus(deposits)) },
      { label: labels.depositsDeducted, amount: money(deposits) },
    );
  }
  if (!new Big(totals.documentDiscount).eq(0)) {
    const percent =
      document.discount?.type === 'percent'
        ? ` (${formatPercent(document.discount.value, language)})`
        : '';
    if (deposits.eq(0)) lines.push({ label: labels.subtotal, amount: money(totals.linesTotal) });
    lines.push({
      label: `${labels.documentDiscount}${percent}`,
      amount: money(new Big(totals.documentDiscount).neg()),
    });
  }
  lines.push(
    { label: labels.totalExcl, amount: money(totals.totalExcl) },
    { label: labels.totalVat, amount: money(totals.totalVat) },
    { label: labels.totalIncl, amount: money(totals.totalIncl), emphasis: 'total' },
  );
  // What is paid and still due: kinds that carry payments (invoices).
  if (documentKind(document.type).payable) {
    if (!new Big(document.amountPaid).eq(0))
      lines.push({ label: labels.alreadyPaid, amount: money(new Big(document.amountPaid).neg()) });
    lines.push({ label: labels.amountDue, amount: money(document.openBalance), emphasis: 'due' });
  }
  return lines;
}

/** "2 % discount within 8 days: 1,185.80" beside the full total (VAT Code art. 28, 1°). */
export function settlementLine(
  document: Document,
  labels: PdfLabels,
  language: PdfLanguage,
): PdfField | null {
  const settlement = document.settlementDiscount;
  const payable = document.totals.totalWithSettlementDiscount;
  if (!settlement || payable === null || new Big(settlement.percent).eq(0)) return null;
  return {
    label: labels.settlement(formatNumber(settlement.percent, language), settlement.days),
    value: formatMoney(payable, language, document.currency),
  };
}
