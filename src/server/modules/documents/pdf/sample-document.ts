import type { Document, DocumentType } from '../../../../contract/index.js';
import { computeTotals, type LineInput } from '../../../../core/documents/index.js';
import { structuredCommunication } from '../../../../core/identifiers/index.js';
import type { PdfLanguage } from './labels.js';

interface SampleLine {
  kind: 'section' | 'item';
  text: Record<PdfLanguage, string>;
  quantity?: string;
  unitCode?: string;
  unitPrice?: string;
  vatRate?: string;
  discount?: string;
}

/** A small renovation job: sections, 6 % and 21 %, a line discount — what most layouts must show. */
const SAMPLE_LINES: SampleLine[] = [
  {
    kind: 'section',
    text: { fr: 'Salle de bain', nl: 'Badkamer', en: 'Bathroom', de: 'Badezimmer' },
  },
  {
    kind: 'item',
    text: {
      fr: 'Main-d’œuvre : dépose et pose du carrelage',
      nl: 'Werkuren: tegels verwijderen en plaatsen',
      en: 'Labour: removing and laying tiles',
      de: 'Arbeitszeit: Fliesen entfernen und verlegen',
    },
    quantity: '12',
    unitCode: 'HUR',
    unitPrice: '55',
    vatRate: '6',
  },
  {
    kind: 'item',
    text: {
      fr: 'Carrelage grès cérame 60 × 60',
      nl: 'Keramische tegels 60 × 60',
      en: 'Porcelain tiles 60 × 60',
      de: 'Feinsteinzeugfliesen 60 × 60',
    },
    quantity: '18.5',
    unitCode: 'MTK',
    unitPrice: '42.9',
    vatRate: '6',
    discount: '10',
  },
  {
    kind: 'section',
    text: { fr: 'Électricité', nl: 'Elektriciteit', en: 'Electrical', de: 'Elektrik' },
  },
  {
    kind: 'item',
    text: {
      fr: 'Coffret divisionnaire, fourniture seule',
      nl: 'Verdeelkast, enkel levering',
      en: 'Distribution board, supply only',
      de: 'Unterverteilung, nur Lieferung',
    },
    quantity: '1',
    unitCode: 'C62',
    unitPrice: '249.99',
    vatRate: '21',
  },
];

const CUSTOMER: Record<
  PdfLanguage,
  { name: string; street: string; city: string; postal: string }
> = {
  fr: { name: 'Martin Dubois', street: 'Rue de la Station', city: 'Namur', postal: '5000' },
  nl: { name: 'Jan Peeters', street: 'Stationsstraat', city: 'Gent', postal: '9000' },
  en: { name: 'Sarah Johnson', street: 'Avenue Louise', city: 'Brussels', postal: '1050' },
  de: { name: 'Anna Schmitz', street: 'Bahnhofstraße', city: 'Eupen', postal: '4700' },
};

/**
 * The sample shown by the layout preview: a finalized document computed by the same totals
 * function as real ones, dated `today`, with a structured communication to fill the QR code.
 */
export function sampleDocument(type: DocumentType, language: PdfLanguage, today: string): Document {
  const inputs: LineInput[] = SAMPLE_LINES.map((line) =>
    line.kind === 'section'
      ? { kind: 'section' }
      : {
          kind: 'item',
          quantity: line.quantity ?? '1',
          unitPrice: line.unitPrice ?? '0',
          vatRate: line.vatRate ?? '21',
          vatCategory: 'S',
          discount: line.discount ? { type: 'percent', value: line.discount } : null,
        },
  );
  const totals = computeTotals({ priceMode: 'excl', lines: inputs });
  const customer = CUSTOMER[language];
  const prefix = { quote: 'O', invoice: 'F', creditNote: 'C' }[type];
  const year = today.slice(0, 4);
  const id = '00000000-0000-7000-8000-000000000000';
  const due = new Date(`${today}T00:00:00Z`);
  due.setUTCDate(due.getUTCDate() + 30);
  const in30 = due.toISOString().slice(0, 10);
  return {
    id,
    type,
    status: 'finalized',
    displayStatus: 'finalized',
    journalId: id,
    number: 42,
    numberFormatted: `${prefix}${year}-0042`,
    issueDate: today,
    dueDate: type === 'invoice' ? in30 : null,
    validUntil: type === 'quote' ? in30 : null,
    customerId: id,
    customer: {
      name: customer.name,
      attention: null,
      street: customer.street,
      number: '14',
      box: null,
      postalCode: customer.postal,
      city: customer.city,
      country: 'BE',
      vatNumber: null,
      enterpriseNumber: null,
      email: null,
      peppolId: null,
      reference: 'C00123',
    },
    language,
    currency: 'EUR',
    exchangeRate: null,
    orderReference: null,
    deliveryDate: null,
    deliveryAddress: null,
    sellerBankAccounts: null,
    priceMode: 'excl',
    vatRegime: 'normal',
    vatExemptionReason: null,
    discount: null,
    settlementDiscount: null,
    textAbove: null,
    textBelow: null,
    internalNote: null,
    automaticReminders: false,
    lines: SAMPLE_LINES.map((line, i) => {
      const computed = totals.lines[i];
      return {
        id,
        kind: line.kind,
        productId: null,
        description: line.text[language],
        quantity: line.quantity ?? null,
        unitCode: line.unitCode ?? null,
        unitPrice: line.unitPrice ?? null,
        discount: line.discount ? { type: 'percent', value: line.discount } : null,
        vatRate: line.vatRate ?? null,
        vatCategory: line.kind === 'item' ? 'S' : null,
        purchasePrice: null,
        isDepositDeduction: false,
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
      settlementDiscount: null,
      totalWithSettlementDiscount: null,
      totalProfit: totals.totalProfit,
    },
    structuredCommunication: type === 'invoice' ? structuredCommunication(`${year}000042`) : null,
    payments: [],
    amountPaid: '0.00',
    openBalance: type === 'invoice' ? totals.totalIncl : '0.00',
    sourceDocumentId: null,
    convertedTo: null,
    derivedDocuments: [],
    deleted: false,
    finalizedAt: `${today}T09:00:00.000Z`,
    lockedAt: null,
    createdAt: `${today}T09:00:00.000Z`,
    updatedAt: `${today}T09:00:00.000Z`,
  };
}
