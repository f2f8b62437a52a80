import { readAllowanceCharge } from './allowance-charge.js';
import { readAdditionalDocuments } from './attachments.js';
import { arithmeticWarnings, documentTaxTotal } from './checks.js';
import { InboundError } from './errors.js';
import { lineElements, readLine, readPeriod } from './lines.js';
import { NS } from './namespaces.js';
import { readAddress, readMainParty, readParty } from './parties.js';
import { fallbackDueDate, readPaymentMeans, readPaymentTerms } from './payment.js';
import {
  all,
  dateAt,
  dateOf,
  first,
  identifierOf,
  missing,
  optionalAmount,
  requiredAmount,
  requiredElement,
  requiredText,
  textAt,
  type ReadContext,
  type Step,
} from './read.js';
import { readTaxTotals } from './tax-totals.js';
import type {
  InboundWarning,
  ReceivedBillingReference,
  ReceivedDelivery,
  ReceivedDocument,
  ReceivedDocumentKind,
  ReceivedTotals,
} from './types.js';
import { pathOf, parseXmlTree, type XmlElement } from './xml-tree.js';

export interface ParseReceivedOptions {
  /** UTF-8 bytes; default 20 MB (embedded PDFs included). */
  maxBytes?: number;
  /** Elements in the document; default 500,000 (some 20,000 lines). */
  maxElements?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_ELEMENTS = 500_000;
const MAX_DEPTH = 64;

function currencyCode(parent: XmlElement, step: Step): string | null {
  const element = first(parent, step);
  const code = element?.text.trim();
  if (!element || !code) return null;
  if (!/^[A-Z]{3}$/.test(code)) throw new InboundError('invalidValue', pathOf(element), code);
  return code;
}

function readBillingReferences(root: XmlElement): ReceivedBillingReference[] {
  return all(root, 'cac:BillingReference').flatMap((billing) => {
    const reference =
      first(billing, 'cac:InvoiceDocumentReference') ??
      first(billing, 'cac:CreditNoteDocumentReference');
    const id = textAt(reference, 'cbc:ID');
    return id === null ? [] : [{ id, issueDate: dateAt(reference, 'cbc:IssueDate') }];
  });
}

function readDelivery(root: XmlElement): ReceivedDelivery | null {
  const delivery = first(root, 'cac:Delivery');
  if (!delivery) return null;
  const location = first(delivery, 'cac:DeliveryLocation');
  const read: ReceivedDelivery = {
    date: dateAt(delivery, 'cbc:ActualDeliveryDate'),
    locationId: identifierOf(first(location, 'cbc:ID')),
    address: readAddress(first(location, 'cac:Address')),
    partyName: textAt(delivery, 'cac:DeliveryParty', 'cac:PartyName', 'cbc:Name'),
  };
  return Object.values(read).some((value) => value !== null) ? read : null;
}

function readTotals(
  root: XmlElement,
  context: ReadContext,
): Omit<ReceivedTotals, 'taxTotal' | 'taxTotalInTaxCurrency'> {
  const totals = requiredElement(root, 'cac:LegalMonetaryTotal');
  return {
    lineExtension: requiredAmount(totals, 'cbc:LineExtensionAmount', context),
    allowanceTotal: optionalAmount(first(totals, 'cbc:AllowanceTotalAmount'), context),
    chargeTotal: optionalAmount(first(totals, 'cbc:ChargeTotalAmount'), context),
    taxExclusive: requiredAmount(totals, 'cbc:TaxExclusiveAmount', context),
    taxInclusive: requiredAmount(totals, 'cbc:TaxInclusiveAmount', context),
    prepaid: optionalAmount(first(totals, 'cbc:PrepaidAmount'), context),
    rounding: optionalAmount(first(totals, 'cbc:PayableRoundingAmount'), context),
    payable: requiredAmount(totals, 'cbc:PayableAmount', context),
  };
}

/**
 * Reads a received PEPPOL BIS 3 / UBL 2.1 invoice or credit note (a decoded string; a BOM is
 * tolerated). Throws an `InboundError` for anything unsafe, unreadable or missing what EN 16931
 * makes mandatory; sums that do not add up only become `warnings`.
 */
export function parseReceivedDocument(
  xml: string,
  options: ParseReceivedOptions = {},
): ReceivedDocument {
  const root = parseXmlTree(xml, {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxElements: options.maxElements ?? DEFAULT_MAX_ELEMENTS,
    maxDepth: MAX_DEPTH,
  });
  const kind: ReceivedDocumentKind = root.ns === NS.invoice ? 'invoice' : 'creditNote';

  const number = requiredText(root, 'cbc:ID');
  const issueDate = dateOf(requiredElement(root, 'cbc:IssueDate'));
  const typeCode = requiredText(
    root,
    kind === 'invoice' ? 'cbc:InvoiceTypeCode' : 'cbc:CreditNoteTypeCode',
  );
  const currency = currencyCode(root, 'cbc:DocumentCurrencyCode');
  if (currency === null) throw missing(root, 'cbc:DocumentCurrencyCode');
  const taxCurrency = currencyCode(root, 'cbc:TaxCurrencyCode');
  const warnings: InboundWarning[] = [];
  const context: ReadContext = { currency, warnings };

  const seller = readMainParty(root, 'cac:AccountingSupplierParty');
  const buyer = readMainParty(root, 'cac:AccountingCustomerParty');
  const payee = first(root, 'cac:PayeeParty');
  const taxRepresentative = first(root, 'cac:TaxRepresentativeParty');

  const lines = lineElements(root, kind);
  if (lines.length === 0) {
    throw missing(root, kind === 'invoice' ? 'cac:InvoiceLine' : 'cac:CreditNoteLine');
  }

  const taxTotals = readTaxTotals(root, context, taxCurrency);
  const mainTaxTotal = documentTaxTotal(taxTotals, currency, taxCurrency);
  const taxCurrencyTotal =
    taxCurrency !== null && taxCurrency !== currency
      ? taxTotals.find((total) => total.currency === taxCurrency)
      : undefined;
  const { attachments, documentReferences } = readAdditionalDocuments(root);
  const pdfAttachment = attachments.findIndex((attachment) => attachment.isPdf);

  const document: Omit<ReceivedDocument, 'warnings'> = {
    kind,
    customizationId: textAt(root, 'cbc:CustomizationID'),
    profileId: textAt(root, 'cbc:ProfileID'),
    number,
    issueDate,
    dueDate: dateAt(root, 'cbc:DueDate') ?? fallbackDueDate(root),
    typeCode,
    currency,
    taxCurrency,
    taxPointDate: dateAt(root, 'cbc:TaxPointDate'),
    accountingCost: textAt(root, 'cbc:AccountingCost'),
    buyerReference: textAt(root, 'cbc:BuyerReference'),
    orderReference: textAt(root, 'cac:OrderReference', 'cbc:ID'),
    salesOrderReference: textAt(root, 'cac:OrderReference', 'cbc:SalesOrderID'),
    contractReference: textAt(root, 'cac:ContractDocumentReference', 'cbc:ID'),
    projectReference: textAt(root, 'cac:ProjectReference', 'cbc:ID'),
    despatchReference: textAt(root, 'cac:DespatchDocumentReference', 'cbc:ID'),
    receiptReference: textAt(root, 'cac:ReceiptDocumentReference', 'cbc:ID'),
    tenderReference: textAt(root, 'cac:OriginatorDocumentReference', 'cbc:ID'),
    billingReferences: readBillingReferences(root),
    notes: all(root, 'cbc:Note').flatMap((note) => {
      const text = note.text.trim();
      return text ? [text] : [];
    }),
    invoicePeriod: readPeriod(first(root, 'cac:InvoicePeriod')),
    delivery: readDelivery(root),
    seller,
    buyer,
    payee: payee && readParty(payee),
    taxRepresentative: taxRepresentative && readParty(taxRepresentative),
    paymentMeans: all(root, 'cac:PaymentMeans').map(readPaymentMeans),
    paymentTerms: readPaymentTerms(root),
    allowancesCharges: all(root, 'cac:AllowanceCharge').map((element) =>
      readAllowanceCharge(element, context),
    ),
    lines: lines.map((line) => readLine(line, kind, context)),
    taxTotals,
    totals: {
      ...readTotals(root, context),
      taxTotal: mainTaxTotal?.taxAmount ?? null,
      taxTotalInTaxCurrency: taxCurrencyTotal?.taxAmount ?? null,
    },
    attachments,
    pdfAttachment: pdfAttachment >= 0 ? pdfAttachment : null,
    documentReferences,
  };
  return { ...document, warnings: [...warnings, ...arithmeticWarnings(document)] };
}
