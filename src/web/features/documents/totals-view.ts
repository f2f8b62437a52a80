import type { Document } from '../../../contract/index.js';
import type { DocumentTotals } from '../../../core/documents/index.js';

/** The figures of a totals panel, from the editor's live totals or from a saved document. */
export interface TotalsView {
  currency: string;
  priceMode: 'excl' | 'incl';
  linesTotal: string;
  documentDiscount: string;
  vatGroups: { vatCategory: string; vatRate: string; taxable: string; vat: string }[];
  totalExcl: string;
  totalVat: string;
  totalIncl: string;
  settlement: { percent: string; days: number; total: string } | null;
}

export function totalsViewOfEditor(totals: DocumentTotals, currency: string): TotalsView {
  return {
    currency,
    priceMode: totals.priceMode,
    linesTotal: totals.linesTotal,
    documentDiscount: totals.documentDiscount,
    vatGroups: totals.vatGroups,
    totalExcl: totals.totalExcl,
    totalVat: totals.totalVat,
    totalIncl: totals.totalIncl,
    settlement: totals.settlement && {
      percent: totals.settlement.percent,
      days: totals.settlement.days,
      total: totals.settlement.totalPayable,
    },
  };
}

export function totalsViewOfDocument(document: Document): TotalsView {
  const { totals, settlementDiscount } = document;
  return {
    currency: document.currency,
    priceMode: document.priceMode,
    linesTotal: totals.linesTotal,
    documentDiscount: totals.documentDiscount,
    vatGroups: document.vatBreakdown,
    totalExcl: totals.totalExcl,
    totalVat: totals.totalVat,
    totalIncl: totals.totalIncl,
    settlement:
      settlementDiscount && totals.totalWithSettlementDiscount
        ? {
            percent: settlementDiscount.percent,
            days: settlementDiscount.days,
            total: totals.totalWithSettlementDiscount,
          }
        : null,
  };
}
