import Big from 'big.js';
import type { Document } from '../../../../contract/index.js';
import type { PdfLabels, PdfLanguage } from './labels.js';
import { formatNumber, formatPercent } from './format.js';
import type { ColumnKey, PdfColumn, PdfRow } from './view-types.js';

type Line = Document['lines'][number];

/** The columns a document needs: discount only when a line has one, unit as the layout says. */
export function lineColumns(document: Document, labels: PdfLabels, showUnit: boolean): PdfColumn[] {
  const incl = document.priceMode === 'incl';
  const columns: PdfColumn[] = [
    { key: 'description', header: labels.description, align: 'left' },
    { key: 'quantity', header: labels.quantity, align: 'right' },
  ];
  if (showUnit) columns.push({ key: 'unit', header: labels.unit, align: 'left' });
  columns.push({
    key: 'unitPrice',
    header: incl ? labels.unitPriceIncl : labels.unitPriceExcl,
    align: 'right',
  });
  if (document.lines.some((line) => line.discount))
    columns.push({ key: 'discount', header: labels.discount, align: 'right' });
  columns.push(
    { key: 'vat', header: labels.vatRate, align: 'right' },
    { key: 'amount', header: incl ? labels.amountIncl : labels.amountExcl, align: 'right' },
  );
  return columns;
}

function itemRow(line: Line, labels: PdfLabels, language: PdfLanguage): PdfRow {
  // Table cells carry no currency sign (the totals do): columns of bare numbers read best.
  const money = (value: string | null) => (value === null ? '' : formatNumber(value, language, 2));
  const discount = line.discount
    ? line.discount.type === 'percent'
      ? formatPercent(line.discount.value, language)
      : money(line.discount.value)
    : '';
  const cells: Record<ColumnKey, string> = {
    description: line.description,
    quantity: line.quantity === null ? '' : formatNumber(line.quantity, language),
    unit: line.unitCode ? (labels.units[line.unitCode] ?? line.unitCode) : '',
    // Unit prices may carry up to four decimals; at least two are always shown.
    unitPrice: line.unitPrice === null ? '' : formatNumber(line.unitPrice, language, 2),
    discount,
    vat: line.vatRate === null ? '' : formatPercent(line.vatRate, language),
    amount: money(line.amounts?.net ?? null),
  };
  return { kind: 'item', cells };
}

/**
 * The table body: sections as headings closed by their subtotal, free text lines, and the
 * deposits deducted (DOMAIN §4.6) gathered under their own heading at the end.
 */
export function lineRows(document: Document, labels: PdfLabels, language: PdfLanguage): PdfRow[] {
  const rows: PdfRow[] = [];
  let openSection: { title: string; subtotal: string | null } | null = null;
  const closeSection = () => {
    if (openSection && openSection.subtotal !== null) {
      rows.push({
        kind: 'subtotal',
        label: `${labels.subtotal} ${openSection.title}`,
        amount: formatNumber(openSection.subtotal, language, 2),
      });
    }
    openSection = null;
  };
  const deposits = document.lines.filter((line) => line.isDepositDeduction);
  for (const line of document.lines) {
    if (line.isDepositDeduction) continue;
    if (line.kind === 'section') {
      closeSection();
      openSection = { title: line.description, subtotal: line.subtotal };
      rows.push({ kind: 'section', text: line.description });
    } else if (line.kind === 'text') {
      rows.push({ kind: 'text', text: line.description });
    } else {
      rows.push(itemRow(line, labels, language));
    }
  }
  closeSection();
  if (deposits.length > 0) {
    rows.push({ kind: 'section', text: labels.depositsHeading });
    for (const line of deposits) rows.push(itemRow(line, labels, language));
  }
  return rows;
}

/** Σ of the deposit lines' net amounts (negative), in the document's price mode. */
export function depositsTotal(document: Document): Big {
  return document.lines
    .filter((line) => line.isDepositDeduction && line.amounts)
    .reduce((total, line) => total.plus(line.amounts?.net ?? '0'), new Big(0));
}
