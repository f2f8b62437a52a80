import type { Document, Organization } from '../../../contract/index.js';
import type { VatCategory } from '../../../core/documents/index.js';
import type { UblDocumentInput, UblLine } from '../../../core/einvoicing/index.js';
import { PDF_LABELS, sellerAsIssued } from '../documents/index.js';

/** What the document itself does not carry but its UBL needs. */
export interface UblContext {
  organization: Organization;
  /** Product code and EAN of each product used on the lines, by product id. */
  products: Map<string, { code: string | null; ean: string | null }>;
  /** A deposit invoice is type 386. */
  isDepositInvoice: boolean;
  /** The invoice a credit note corrects. */
  creditedInvoice: { number: string; issueDate: string } | null;
  /** The PDF of the same document, embedded for the receiver (absent for checks). */
  pdf: { filename: string; data: Buffer } | null;
  /** The period an invoice covers (BG-14), e.g. a subscription's month. */
  invoicePeriod?: { start: string; end: string } | null;
}

/**
 * A saved document as the UBL generator reads it: the same lines, rates and discounts the totals
 * were computed from, so the UBL's amounts are the PDF's, and the parties as printed.
 */
export function toUblInput(document: Document, context: UblContext): UblDocumentInput {
  const organization = sellerAsIssued(document, context.organization);
  const labels = PDF_LABELS[document.language];
  const bank = organization.bankAccounts.find((a) => a.isDefault) ?? organization.bankAccounts[0];
  const legalForm = [
    organization.legalForm ? labels.legalForms[organization.legalForm] : null,
    organization.registerCourt ? `${labels.register} ${organization.registerCourt}` : null,
  ]
    .filter(Boolean)
    .join(' — ');
  const customer = document.customer;
  const lines: UblLine[] = document.lines.map((line) => {
    if (line.kind === 'section') return { kind: 'section', title: line.description };
    if (line.kind === 'text') return { kind: 'text', text: line.description };
    const product = line.productId ? context.products.get(line.productId) : undefined;
    return {
      kind: 'item',
      description: line.description,
      quantity: line.quantity ?? '0',
      unitPrice: line.unitPrice ?? '0',
      discount: line.discount,
      vatRate: line.vatRate ?? '0',
      vatCategory: (line.vatCategory ?? 'S') as VatCategory,
      isDepositDeduction: line.isDepositDeduction,
      unitCode: line.unitCode,
      sellerItemId: product?.code ?? null,
      ean: product?.ean ?? null,
    };
  });
  return {
    kind:
      document.type === 'creditNote'
        ? 'creditNote'
        : context.isDepositInvoice
          ? 'depositInvoice'
          : 'invoice',
    language: document.language,
    number: document.numberFormatted ?? 'DRAFT',
    issueDate: document.issueDate,
    dueDate: document.dueDate,
    currency: document.currency,
    exchangeRateToEur: document.currency === 'EUR' ? null : document.exchangeRate,
    buyerReference: null,
    orderReference: document.orderReference,
    note: document.textBelow,
    deliveryDate: document.deliveryDate,
    deliveryAddress: document.deliveryAddress && {
      street: document.deliveryAddress.street,
      number: document.deliveryAddress.number,
      box: document.deliveryAddress.box,
      postalCode: document.deliveryAddress.postalCode,
      city: document.deliveryAddress.city,
      country: document.deliveryAddress.country,
    },
    invoicePeriod: context.invoicePeriod ?? null,
    billingReference: context.creditedInvoice,
    seller: {
      legalName: organization.legalName,
      legalForm: legalForm || null,
      enterpriseNumber: organization.enterpriseNumber,
      vatNumber: organization.vatNumber,
      address: organization.address,
      email: organization.email,
      phone: organization.phone,
      peppolId: null,
    },
    buyer: {
      kind: customer.vatNumber || customer.enterpriseNumber ? 'company' : 'person',
      name: customer.name,
      vatNumber: customer.vatNumber,
      enterpriseNumber: customer.enterpriseNumber,
      address: {
        street: customer.street,
        number: customer.number,
        box: customer.box,
        postalCode: customer.postalCode,
        city: customer.city,
        country: customer.country,
      },
      peppolId: customer.peppolId,
      email: customer.email,
      customerNumber: customer.reference,
    },
    payment: {
      iban: bank?.iban ?? null,
      bic: bank?.bic ?? null,
      structuredCommunication: document.structuredCommunication,
      terms: null,
    },
    priceMode: document.priceMode,
    lines,
    discount: document.discount,
    settlementDiscount: document.settlementDiscount,
    // A seller outside VAT prints its legal ground on every document; UBL needs it per E line.
    vatExemptionReason:
      organization.vatRegime === 'franchise'
        ? labels.mentions.franchise
        : organization.vatRegime === 'exempt'
          ? labels.mentions.organizationExempt
          : document.vatExemptionReason,
    attachment: context.pdf && {
      filename: context.pdf.filename,
      base64: context.pdf.data.toString('base64'),
    },
  };
}
