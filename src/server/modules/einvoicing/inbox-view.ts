import {
  translate,
  type InboxDocument,
  type InboxDocumentSummary,
  type Language,
} from '../../../contract/index.js';
import type {
  ReceivedAddress,
  ReceivedDocument,
  ReceivedParty,
} from '../../../core/einvoicing/inbound/index.js';
import type { Selectable } from 'kysely';
import type { InboxDocuments } from '../../db/schema.generated.js';

export type InboxRow = Selectable<InboxDocuments>;

export function toInboxSummary(row: InboxRow): InboxDocumentSummary {
  return {
    id: row.id,
    source: row.source as InboxDocumentSummary['source'],
    status: row.status as InboxDocumentSummary['status'],
    kind: row.document_kind as InboxDocumentSummary['kind'],
    number: row.number,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    currency: row.currency,
    sellerName: row.seller_name,
    sellerVatNumber: row.seller_vat_number,
    totalPayable: row.total_payable,
    receivedAt: row.received_at.toISOString(),
  };
}

function addressLines(address: ReceivedAddress | null): string[] {
  if (!address) return [];
  return [
    address.street,
    address.additionalStreet,
    address.line,
    [address.postalCode, address.city].filter(Boolean).join(' '),
    address.country,
  ].filter((line): line is string => Boolean(line));
}

export const partyName = (party: ReceivedParty): string =>
  party.registrationName ?? party.name ?? '';

/** The enterprise number of a party, from its legal id or an 0208 identifier. */
export function enterpriseNumberOf(party: ReceivedParty): string | null {
  const ids = [party.legalId, party.endpoint, ...party.identifiers];
  const found = ids.find((id) => id?.scheme === '0208');
  return found ? found.id.replace(/\D/g, '') : null;
}

function party(value: ReceivedParty) {
  return {
    name: partyName(value),
    vatNumber: value.vatNumber,
    enterpriseNumber: enterpriseNumberOf(value),
    endpoint: value.endpoint
      ? `${value.endpoint.scheme ? `${value.endpoint.scheme}:` : ''}${value.endpoint.id}`
      : null,
    addressLines: addressLines(value.address),
    email: value.contact?.email ?? null,
  };
}

/** The lines and VAT of a received document, as stored on its purchase invoice too. */
export function linesOf(document: ReceivedDocument): InboxDocument['lines'] {
  return document.lines.map((line) => ({
    name: line.itemName,
    description: line.description,
    quantity: line.quantity,
    unitCode: line.unitCode,
    price: line.price,
    net: line.lineNet,
    vatCategory: line.vatCategory,
    vatRate: line.vatRate,
  }));
}

/** The VAT breakdown in the document's own currency. */
export function vatBreakdownOf(document: ReceivedDocument): InboxDocument['vatBreakdown'] {
  const total =
    document.taxTotals.find((t) => t.subtotals.length > 0 && t.currency === document.currency) ??
    document.taxTotals.find((t) => t.subtotals.length > 0);
  return (total?.subtotals ?? []).map((subtotal) => ({
    category: subtotal.category,
    rate: subtotal.percent,
    taxable: subtotal.taxableAmount,
    vat: subtotal.taxAmount,
    exemptionReason: subtotal.exemptionReason,
  }));
}

/** Where to pay: the first credit transfer with an account. */
export function paymentOf(document: ReceivedDocument): InboxDocument['payment'] {
  const means = document.paymentMeans.find((m) => m.account) ?? document.paymentMeans[0];
  return {
    iban: means?.account?.iban ?? means?.account?.id ?? null,
    bic: means?.account?.bic ?? null,
    reference: means?.paymentId ?? null,
    structuredCommunication: means?.structuredCommunication ?? null,
    terms: document.paymentTerms,
  };
}

export function toInboxDocument(
  row: InboxRow,
  document: ReceivedDocument,
  language: Language,
): InboxDocument {
  return {
    ...toInboxSummary(row),
    rejectReason: row.reject_reason,
    purchaseInvoiceId: row.purchase_invoice_id,
    hasPdf: row.pdf_key !== null,
    seller: party(document.seller),
    buyer: party(document.buyer),
    orderReference: document.orderReference,
    buyerReference: document.buyerReference,
    billingReferences: document.billingReferences.map((ref) => ref.id),
    notes: document.notes,
    lines: linesOf(document),
    vatBreakdown: vatBreakdownOf(document),
    totals: {
      lineExtension: document.totals.lineExtension,
      taxExclusive: document.totals.taxExclusive,
      vat: document.totals.taxTotal ?? '0.00',
      taxInclusive: document.totals.taxInclusive,
      prepaid: document.totals.prepaid,
      payable: document.totals.payable,
    },
    payment: paymentOf(document),
    warnings: document.warnings.map((warning) =>
      translate(language, 'inbound.warning', {
        rule: warning.rule,
        expected: warning.expected ?? '—',
        found: warning.found ?? '—',
      }),
    ),
  };
}
