import Big from 'big.js';
import type { Document, Organization, PublicDocument } from '../../../contract/index.js';
import { sellerAsIssued } from '../documents/index.js';

interface Address {
  street: string | null;
  number: string | null;
  box: string | null;
  postalCode: string | null;
  city: string | null;
  country: string;
}

/** `Rue de la Loi 16/3`, `1000 Bruxelles`, and the country when it is not `home`. */
function addressLines(address: Address, home: string): string[] {
  const street = [address.street, [address.number, address.box].filter(Boolean).join('/')]
    .filter(Boolean)
    .join(' ');
  const city = [address.postalCode, address.city].filter(Boolean).join(' ');
  return [street, city, address.country !== home ? address.country : ''].filter(Boolean);
}

/**
 * What the customer's page shows of a document: the printed content and nothing internal (no
 * internal note, purchase prices, margins or ids of other records). Plain strings only; the page
 * renders them as text.
 */
export function publicView(input: {
  document: Document;
  organization: Organization;
  color: string;
  signature: { name: string; signedAt: Date } | null;
}): PublicDocument {
  const { document, organization, signature } = input;
  const home = organization.address.country;
  const open = new Big(document.openBalance);
  const { bankAccounts } = sellerAsIssued(document, organization);
  const account = bankAccounts.find((candidate) => candidate.isDefault) ?? bankAccounts[0];
  const payable = document.type === 'invoice' && document.status !== 'draft' && open.gt(0);
  const { totals, settlementDiscount } = document;
  return {
    type: document.type,
    language: document.language,
    status: document.displayStatus,
    number: document.numberFormatted,
    issueDate: document.issueDate,
    dueDate: document.dueDate,
    validUntil: document.validUntil,
    deliveryDate: document.deliveryDate,
    orderReference: document.orderReference,
    currency: document.currency,
    priceMode: document.priceMode,
    vatRegime: document.vatRegime,
    company: {
      name: organization.legalName,
      addressLines: addressLines(organization.address, home),
      vatNumber: organization.vatNumber,
      enterpriseNumber: organization.enterpriseNumber,
      email: organization.email,
      phone: organization.phone,
      website: organization.website,
      color: input.color,
    },
    customer: {
      name: document.customer.name,
      attention: document.customer.attention,
      addressLines: addressLines(
        { ...document.customer, country: document.customer.country || home },
        home,
      ),
      vatNumber: document.customer.vatNumber,
    },
    textAbove: document.textAbove,
    textBelow: document.textBelow,
    lines: document.lines.map((line) => ({
      id: line.id,
      kind: line.kind,
      description: line.description,
      quantity: line.quantity,
      unitCode: line.unitCode,
      unitPrice: line.unitPrice,
      discount: line.discount,
      vatRate: line.vatRate,
      net: line.amounts?.net ?? null,
      subtotal: line.subtotal,
    })),
    vatBreakdown: document.vatBreakdown.map((group) => ({
      vatCategory: group.vatCategory,
      vatRate: group.vatRate,
      taxable: group.taxable,
      vat: group.vat,
    })),
    totals: {
      linesTotal: totals.linesTotal,
      documentDiscount: totals.documentDiscount,
      totalExcl: totals.totalExcl,
      totalVat: totals.totalVat,
      totalIncl: totals.totalIncl,
      amountPaid: document.amountPaid,
      openBalance: document.openBalance,
    },
    settlement:
      settlementDiscount && totals.totalWithSettlementDiscount
        ? {
            percent: settlementDiscount.percent,
            days: settlementDiscount.days,
            total: totals.totalWithSettlementDiscount,
          }
        : null,
    payment:
      payable && account
        ? {
            accountHolder: organization.legalName,
            iban: account.iban,
            bic: account.bic,
            structuredCommunication: document.structuredCommunication,
            amount: open.toFixed(2),
            dueDate: document.dueDate,
          }
        : null,
    canSign:
      document.type === 'quote' &&
      !signature &&
      ['finalized', 'sent'].includes(document.status) &&
      document.displayStatus !== 'expired',
    signature: signature
      ? { name: signature.name, signedAt: signature.signedAt.toISOString() }
      : null,
  };
}
