import Big from 'big.js';
import type { Document, DocumentSummary } from '../../../contract/index.js';
import type { DocumentTotals } from '../../../core/documents/index.js';
import { kindOf, typeOfStored } from './document-kinds.js';
import type { StoredDiscount } from './document-totals.js';
import type { DocumentRow, LineRow } from './documents.repository.js';

/** A document made from a quote: what the quote's list row and page link to. */
export interface Conversion {
  id: string;
  document_type: string;
  number_formatted: string | null;
  deposit: unknown;
}

/**
 * What became of a quote: its (final) invoice, else its latest deposit invoice. Copies of a
 * quote as a new quote are not conversions (they carry no source).
 */
export function conversionOf(derived: readonly Conversion[]): Conversion | null {
  const invoices = derived.filter((d) => typeOfStored(d.document_type) === 'invoice');
  return invoices.findLast((d) => !d.deposit) ?? invoices.at(-1) ?? null;
}

function conversionSummary(conversion: Conversion | null): DocumentSummary['convertedTo'] {
  return (
    conversion && {
      id: conversion.id,
      type: typeOfStored(conversion.document_type),
      numberFormatted: conversion.number_formatted,
    }
  );
}

/**
 * Dates apply on read: a document past its validity (quotes) is expired, an unpaid one past its
 * due date (invoices) is overdue — as its kind's entry says it has these dates.
 */
export function displayStatus(
  row: Pick<DocumentRow, 'document_type' | 'status' | 'due_date' | 'valid_until'>,
  today: string,
  /** A quote converted into an invoice shows that, not "finalised" (or "expired"). */
  conversion: Conversion | null = null,
): string {
  if (row.document_type === 'quote' && conversion) {
    return conversion.deposit ? 'depositInvoiced' : 'invoiced';
  }
  const kind = kindOf(typeOfStored(row.document_type));
  if (
    kind.validity &&
    ['draft', 'finalized', 'sent'].includes(row.status) &&
    row.valid_until &&
    row.valid_until < today
  ) {
    return 'expired';
  }
  if (
    kind.dueDate &&
    ['finalized', 'sent', 'partiallyPaid'].includes(row.status) &&
    row.due_date &&
    row.due_date < today
  ) {
    return 'overdue';
  }
  return row.status;
}

/** `1.5000` → `1.5`, `12.4000` → `12.40`: quantities and unit prices as people write them. */
function trimDecimal(value: string | null, minDecimals: number): string | null {
  if (value === null) return null;
  const [whole = '0', fraction = ''] = value.split('.');
  const trimmed = fraction.replace(/0+$/, '').padEnd(minDecimals, '0');
  return trimmed ? `${whole}.${trimmed}` : whole;
}

export function toSummary(
  row: DocumentRow,
  today: string,
  conversion: Conversion | null = null,
): DocumentSummary {
  const customer = row.customer as { name: string };
  return {
    id: row.id,
    type: typeOfStored(row.document_type),
    status: row.status as DocumentSummary['status'],
    displayStatus: displayStatus(row, today, conversion),
    convertedTo: conversionSummary(conversion),
    numberFormatted: row.number_formatted,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    customerId: row.contact_id,
    customerName: customer.name,
    totalExcl: row.total_excl,
    totalIncl: row.total_incl,
    openBalance: new Big(row.total_incl).minus(row.amount_paid).toFixed(2),
    currency: row.currency,
  };
}

export function toDocument(
  row: DocumentRow,
  lines: LineRow[],
  totals: DocumentTotals,
  derived: (Conversion & { status: string })[],
  payments: Document['payments'],
  today: string,
): Document {
  return {
    ...toSummary(row, today, row.document_type === 'quote' ? conversionOf(derived) : null),
    journalId: row.journal_id,
    number: row.number,
    validUntil: row.valid_until,
    customer: row.customer as Document['customer'],
    language: row.language as Document['language'],
    currency: row.currency as Document['currency'],
    exchangeRate: row.exchange_rate,
    orderReference: row.order_reference,
    deliveryDate: row.delivery_date,
    deliveryAddress: (row.delivery_address ?? null) as Document['deliveryAddress'],
    sellerBankAccounts: (row.seller_bank_accounts ?? null) as Document['sellerBankAccounts'],
    priceMode: row.price_mode as Document['priceMode'],
    vatRegime: row.vat_regime as Document['vatRegime'],
    vatExemptionReason: row.vat_exemption_reason,
    discount: row.discount as StoredDiscount | null,
    settlementDiscount: row.settlement_discount as Document['settlementDiscount'],
    textAbove: row.text_above,
    textBelow: row.text_below,
    internalNote: row.internal_note,
    automaticReminders: row.automatic_reminders,
    lines: lines.map((line, i) => {
      const computed = totals.lines[i];
      return {
        id: line.id,
        kind: line.kind as Document['lines'][number]['kind'],
        productId: line.product_id,
        description: line.description ?? '',
        quantity: trimDecimal(line.quantity, 0),
        unitCode: line.unit_code,
        unitPrice: trimDecimal(line.unit_price, 2),
        discount: line.discount as StoredDiscount | null,
        vatRate: trimDecimal(line.vat_rate, 0),
        vatCategory: line.vat_category,
        purchasePrice: trimDecimal(line.purchase_price, 2),
        isDepositDeduction: line.is_deposit_deduction,
        amounts:
          computed?.kind === 'item'
            ? {
                gross: computed.gross,
                discount: computed.discount,
                net: computed.net,
                netExcl: computed.netExcl,
              }
            : null,
        subtotal: computed?.kind === 'section' ? computed.subtotal : null,
      };
    }),
    vatBreakdown: totals.vatGroups.map((group) => ({
      vatCategory: group.vatCategory,
      vatRate: group.vatRate,
      base: group.base,
      documentDiscount: group.documentDiscount,
      taxable: group.taxable,
      vat: group.vat,
    })),
    totals: {
      linesTotal: totals.linesTotal,
      documentDiscount: totals.documentDiscount,
      totalExcl: totals.totalExcl,
      totalVat: totals.totalVat,
      totalIncl: totals.totalIncl,
      settlementDiscount: totals.settlement?.discount ?? null,
      totalWithSettlementDiscount: totals.settlement?.totalPayable ?? null,
      totalProfit: totals.totalProfit,
    },
    structuredCommunication: row.structured_communication,
    payments,
    amountPaid: new Big(row.amount_paid).toFixed(2),
    sourceDocumentId: row.source_document_id,
    derivedDocuments: derived.map((d) => ({
      id: d.id,
      type: typeOfStored(d.document_type),
      numberFormatted: d.number_formatted,
      status: d.status,
    })),
    deleted: row.deleted_at !== null,
    finalizedAt: row.finalized_at?.toISOString() ?? null,
    lockedAt: row.locked_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
