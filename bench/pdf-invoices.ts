/**
 * Twenty distinct one-page invoices for the PDF benchmark: each its own customer, language,
 * number, lines and amounts (so its own EPC QR code), with totals computed as real ones are.
 */
import { DEFAULT_LAYOUT, type Document, type Organization } from '../src/contract/index.js';
import { computeTotals, type LineInput } from '../src/core/documents/index.js';
import { structuredCommunication } from '../src/core/identifiers/index.js';
import { buildView } from '../src/server/modules/documents/pdf/index.js';
import { sampleDocument } from '../src/server/modules/documents/pdf/sample-document.js';
import type { PdfView } from '../src/server/modules/documents/pdf/view-types.js';

export const benchOrganization: Organization = {
  id: '00000000-0000-7000-8000-000000000001',
  legalName: 'Électricité Dupont',
  legalForm: 'srl',
  enterpriseNumber: '0566988259',
  vatNumber: 'BE0566988259',
  vatRegime: 'liable',
  address: {
    street: 'Rue Haute',
    number: '12',
    box: null,
    postalCode: '4000',
    city: 'Liège',
    country: 'BE',
  },
  phone: '+32 4 123 45 67',
  email: 'info@dupont.be',
  website: null,
  registerCourt: 'Liège',
  defaultLanguage: 'fr',
  currency: 'EUR',
  defaultVatRate: '21',
  bankAccounts: [
    {
      id: '00000000-0000-7000-8000-000000000002',
      iban: 'BE68539007547034',
      bic: 'GEBABEBB',
      label: null,
      isDefault: true,
    },
  ],
  logoUrl: null,
  updatedAt: '2026-01-15T09:00:00.000Z',
};

const LANGUAGES = ['fr', 'nl', 'en', 'de'] as const;
const FIRST = ['Martin', 'Jan', 'Sarah', 'Anna', 'Luc', 'Els', 'Tom', 'Nadia', 'Pieter', 'Chloé'];
const LAST = ['Dubois', 'Peeters', 'Johnson', 'Schmitz', 'Lambert', 'Maes', 'Claes', 'Wouters'];
const STREETS = [
  'Rue de la Station',
  'Stationsstraat',
  'Avenue Louise',
  'Kerkstraat',
  'Grand-Place',
];
const CITIES: [string, string][] = [
  ['5000', 'Namur'],
  ['9000', 'Gent'],
  ['1050', 'Bruxelles'],
  ['4700', 'Eupen'],
  ['2000', 'Antwerpen'],
  ['6000', 'Charleroi'],
];
const WORK = [
  'Main-d’œuvre électricien',
  'Câble XVB 3G2,5 mm²',
  'Prise encastrée double avec terre',
  'Interrupteur va-et-vient',
  'Disjoncteur différentiel 30 mA',
  'Déplacement et mise en service',
  'Spots LED encastrables 6 W',
  'Tableau divisionnaire 3 rangées',
];

/** Invoice `i`: 3 to 10 lines, a different customer, amounts and number. */
export function benchInvoice(i: number): Document {
  const language = LANGUAGES[i % LANGUAGES.length] ?? 'fr';
  const base = sampleDocument('invoice', language, `2026-0${1 + (i % 9)}-1${i % 10}`);
  const count = 3 + (i % 8);
  const inputs = Array.from({ length: count }, (_, k) => ({
    kind: 'item' as const,
    quantity: String(1 + ((i * 7 + k * 3) % 12)),
    unitPrice: `${10 + ((i * 31 + k * 17) % 400)}.${String((i * 13 + k) % 100).padStart(2, '0')}`,
    vatRate: (i + k) % 3 === 0 ? '6' : '21',
    vatCategory: 'S' as const,
    discount: k % 4 === 1 ? { type: 'percent' as const, value: String(5 + (i % 10)) } : null,
  })) satisfies LineInput[];
  const totals = computeTotals({ priceMode: 'excl', lines: inputs });
  const number = 100 + i;
  const [postalCode, city] = CITIES[i % CITIES.length] ?? ['1000', 'Bruxelles'];
  const template = base.lines.find((l) => l.kind === 'item');
  if (!template) throw new Error('the sample document has no item line');
  return {
    ...base,
    number,
    numberFormatted: `F2026-${String(number).padStart(4, '0')}`,
    customer: {
      ...base.customer,
      name: `${FIRST[i % FIRST.length]} ${LAST[(i * 3) % LAST.length]}`,
      street: STREETS[i % STREETS.length] ?? null,
      number: String(1 + ((i * 11) % 180)),
      postalCode,
      city,
      reference: `C${String(200 + i).padStart(5, '0')}`,
    },
    lines: inputs.map((input, k) => {
      const computed = totals.lines[k];
      return {
        ...template,
        description: `${WORK[(i + k) % WORK.length]} — poste ${k + 1}`,
        quantity: input.quantity,
        unitCode: 'C62',
        unitPrice: input.unitPrice,
        vatRate: input.vatRate,
        discount: input.discount ?? null,
        amounts:
          computed?.kind === 'item'
            ? {
                gross: computed.gross,
                discount: computed.discount,
                net: computed.net,
                netExcl: computed.netExcl,
              }
            : null,
        subtotal: null,
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
      ...base.totals,
      linesTotal: totals.linesTotal,
      totalExcl: totals.totalExcl,
      totalVat: totals.totalVat,
      totalIncl: totals.totalIncl,
      totalProfit: totals.totalProfit,
    },
    structuredCommunication: structuredCommunication(`2026${String(number).padStart(6, '0')}`),
    openBalance: totals.totalIncl,
  };
}

/** Invoices `from` … `from + count - 1` as the PDF renderer receives them. */
export function benchInvoiceViews(from = 0, count = 20): PdfView[] {
  return Array.from({ length: count }, (_, k) => from + k).map((i) =>
    buildView({
      document: benchInvoice(i),
      organization: benchOrganization,
      layout: DEFAULT_LAYOUT,
      logo: null,
    }),
  );
}
