import { depositDeductionLines, depositInvoiceLines } from '../documents/deposit.js';
import { computeTotals } from '../documents/totals.js';
import type { DocumentInput, PriceMode, VatCategory } from '../documents/types.js';
import type { PeppolIssueCode } from './peppol-issues.js';
import type {
  UblAddress,
  UblBuyer,
  UblDocumentInput,
  UblItemLine,
  UblLine,
  UblSeller,
} from './ubl-types.js';

/**
 * The documents of the UBL corpus test: every VAT regime, discount, price mode, deposit,
 * credit note, currency and text hazard the generator must turn into valid PEPPOL BIS 3, and a
 * broken set that the native checks and the official rules must both refuse. Pure data.
 */

export interface CorpusDocument {
  name: string;
  input: UblDocumentInput;
}

export interface BrokenDocument extends CorpusDocument {
  /** The rule both `validateForPeppol` and, when `official`, the official validator report. */
  rule: string;
  code: PeppolIssueCode;
  /** False for checks from Belgian law that the PEPPOL rules do not make (`FACTO-…`). */
  official: boolean;
}

/** A valid Belgian enterprise number from its first 8 digits (check = 97 − n mod 97). */
export function enterpriseNumber(first8: string): string {
  return first8 + String(97 - (Number(first8) % 97)).padStart(2, '0');
}

const address = (
  street: string,
  number: string,
  postalCode: string,
  city: string,
  country: string,
  box: string | null = null,
): UblAddress => ({ street, number, box, postalCode, city, country });

export const SELLER: UblSeller = {
  legalName: 'Électricité Dupont',
  legalForm: 'SRL — RPM Liège, division Liège',
  enterpriseNumber: '0566.988.259',
  vatNumber: 'BE0566988259',
  address: address('Rue Haute', '12', '4000', 'Liège', 'BE', '3'),
  email: 'facturation@dupont-electricite.be',
  phone: '+32 4 123 45 67',
  peppolId: null,
};

const company = (
  name: string,
  vatNumber: string | null,
  where: UblAddress,
  extra: Partial<UblBuyer> = {},
): UblBuyer => ({
  kind: 'company',
  name,
  vatNumber,
  enterpriseNumber: null,
  address: where,
  peppolId: null,
  email: 'compta@example.com',
  customerNumber: 'C00012',
  ...extra,
});

const BE_BUYER = company(
  'Bouw & Co',
  'BE0403170701',
  address('Meir', '1', '2000', 'Antwerpen', 'BE'),
);
const BE_CONTRACTOR = company(
  'Entreprise Générale Lambert',
  `BE${enterpriseNumber('08765432')}`,
  address('Chaussée de Louvain', '245', '5000', 'Namur', 'BE'),
);
const NL_BUYER = company(
  'Van Dijk Installaties B.V.',
  'NL123456789B01',
  address('Coolsingel', '40', '3011 AD', 'Rotterdam', 'NL'),
);
const DE_BUYER = company(
  'Müller Elektrotechnik GmbH',
  'DE123456789',
  address('Hohe Straße', '52', '50667', 'Köln', 'DE'),
);
const FR_BUYER = company(
  'Société Lilloise d’Éclairage',
  'FR40303265045',
  address('Rue Nationale', '8', '59000', 'Lille', 'FR'),
);
const GB_BUYER = company(
  'Thames Lighting Ltd',
  'GB123456789',
  address('Fleet Street', '10', 'EC4Y 1AA', 'London', 'GB'),
);
const CH_BUYER = company(
  'Zürcher Licht AG',
  'CHE123456789',
  address('Bahnhofstrasse', '1', '8001', 'Zürich', 'CH'),
);
const US_BUYER = company(
  'Acme Lighting Inc.',
  null,
  address('5th Avenue', '350', 'NY 10118', 'New York', 'US'),
  { peppolId: '0060:081466849' },
);

const PAYMENT = {
  iban: 'BE68 5390 0754 7034',
  bic: 'GKCCBEBB',
  structuredCommunication: '+++012/3456/78939+++',
  terms: 'Payable à 30 jours.',
};

type ItemOptions = Partial<Omit<UblItemLine, 'kind'>>;

export function item(
  description: string,
  quantity: string,
  unitPrice: string,
  vatRate: string,
  options: ItemOptions = {},
): UblItemLine {
  const vatCategory: VatCategory = options.vatCategory ?? (vatRate === '0' ? 'Z' : 'S');
  return { kind: 'item', description, quantity, unitPrice, vatRate, vatCategory, ...options };
}

const zero = (
  description: string,
  quantity: string,
  unitPrice: string,
  vatCategory: VatCategory,
  options: ItemOptions = {},
) => item(description, quantity, unitPrice, '0', { ...options, vatCategory });

export function baseDocument(overrides: Partial<UblDocumentInput> = {}): UblDocumentInput {
  return {
    kind: 'invoice',
    language: 'fr',
    number: 'F2026-0042',
    issueDate: '2026-03-02',
    dueDate: '2026-04-01',
    currency: 'EUR',
    buyerReference: null,
    orderReference: null,
    note: null,
    deliveryDate: null,
    seller: SELLER,
    buyer: BE_BUYER,
    payment: PAYMENT,
    priceMode: 'excl',
    lines: [item('Installation électrique', '1', '1000.00', '21')],
    ...overrides,
  };
}

/** DOMAIN §4.1 Example A. */
const EXAMPLE_A: UblLine[] = [
  { kind: 'section', title: 'Main-d’œuvre et petit matériel' },
  item('Main-d’œuvre électricien', '3', '55.00', '6', { unitCode: 'HUR' }),
  item('Câble XVB 3G2,5', '10', '1.85', '6', {
    unitCode: 'MTR',
    discount: { type: 'percent', value: '10' },
  }),
  item('Prise encastrée', '1', '12.40', '6', { sellerItemId: 'PR-001' }),
  { kind: 'text', text: 'Fourniture seule, sans placement :' },
  { kind: 'section', title: 'Matériel' },
  item('Coffret divisionnaire', '2', '24.99', '21', { ean: '5411234567893' }),
];

function manyLines(count: number, priceMode: PriceMode): UblLine[] {
  const rates = ['21', '6', '12', '21', '0'];
  const units = ['C62', 'HUR', 'MTR', 'KGM', 'DAY', 'LTR', 'MTK'];
  return Array.from({ length: count }, (_, i): UblLine => {
    if (i % 25 === 0) return { kind: 'section', title: `Lot ${i / 25 + 1}` };
    const rate = rates[i % rates.length] ?? '21';
    return item(
      `Article ${i} — référence ${1000 + i}`,
      i % 3 === 0 ? `${(i % 7) + 1}.25` : String((i % 9) + 1),
      priceMode === 'incl'
        ? `${(i * 13) % 200}.99`
        : `${(i * 37) % 500}.${String(i % 100).padStart(2, '0')}`,
      rate,
      {
        unitCode: units[i % units.length] ?? 'C62',
        discount:
          i % 4 === 0
            ? { type: 'percent', value: '7.5' }
            : i % 11 === 0
              ? { type: 'amount', value: '1.00' }
              : null,
      },
    );
  });
}

const asTotals = (doc: DocumentInput) => computeTotals(doc);

function depositCorpus(): CorpusDocument[] {
  const quoteLines = [item('Rénovation salle de bain', '1', '10000.00', '6')];
  const quote = asTotals({ priceMode: 'excl', lines: quoteLines });
  const deposit = depositInvoiceLines(quote, { type: 'percent', value: '30' });
  const depositLines = deposit.lines.map((l) => ({
    ...l,
    description: 'Acompte 30 % — devis D2026-0007',
  }));
  const depositTotals = asTotals({ priceMode: 'excl', lines: depositLines });
  const deductions = depositDeductionLines(depositTotals, 'excl').map((l) => ({
    ...l,
    description: 'Acompte facturé — F2026-0031',
  }));

  const mixedQuote: UblLine[] = [
    item('Tableau électrique', '1', '2400.00', '21'),
    item('Travaux de rénovation', '40', '52.50', '6', { unitCode: 'HUR' }),
    item('Mise en conformité', '1', '350.00', '12'),
  ];
  const mixedTotals = asTotals({
    priceMode: 'excl',
    lines: mixedQuote,
    discount: { type: 'percent', value: '5' },
  });
  const mixedDeposit = depositInvoiceLines(mixedTotals, { type: 'amount', value: '1500.00' });
  const mixedDepositLines = mixedDeposit.lines.map((l) => ({ ...l, description: 'Acompte' }));
  const mixedDepositTotals = asTotals({ priceMode: 'excl', lines: mixedDepositLines });
  const mixedDeductions = depositDeductionLines(mixedDepositTotals, 'excl').map((l) => ({
    ...l,
    description: 'Acompte F2026-0032',
  }));

  const inclQuote: UblLine[] = [
    item('Pompe à chaleur', '1', '8999.99', '6'),
    item('Thermostat connecté', '2', '249.95', '21'),
  ];
  const inclTotals = asTotals({ priceMode: 'incl', lines: inclQuote });
  const inclDeposit = depositInvoiceLines(inclTotals, { type: 'percent', value: '40' });
  const inclDepositLines = inclDeposit.lines.map((l) => ({ ...l, description: 'Voorschot 40 %' }));
  const inclDeductions = depositDeductionLines(
    asTotals({ priceMode: 'incl', lines: inclDepositLines }),
    'incl',
  ).map((l) => ({ ...l, description: 'Voorschot F2026-0033' }));

  return [
    {
      name: 'deposit-invoice-386',
      input: baseDocument({ kind: 'depositInvoice', lines: depositLines }),
    },
    {
      name: 'final-invoice-deposit-deduction',
      input: baseDocument({ lines: [...quoteLines, ...deductions] }),
    },
    {
      name: 'deposit-invoice-mixed-rates-amount',
      input: baseDocument({ kind: 'depositInvoice', lines: mixedDepositLines }),
    },
    {
      name: 'final-invoice-mixed-deductions-discount',
      input: baseDocument({
        lines: [...mixedQuote, ...mixedDeductions],
        discount: { type: 'percent', value: '5' },
      }),
    },
    {
      name: 'deposit-invoice-incl',
      input: baseDocument({
        kind: 'depositInvoice',
        language: 'nl',
        priceMode: 'incl',
        lines: inclDepositLines,
      }),
    },
    {
      name: 'final-invoice-incl-deductions',
      input: baseDocument({
        language: 'nl',
        priceMode: 'incl',
        lines: [...inclQuote, ...inclDeductions],
        settlementDiscount: { percent: '2', days: 10 },
      }),
    },
  ];
}

function vatRegimeCorpus(): CorpusDocument[] {
  const delivery = (where: UblAddress) => ({ deliveryDate: '2026-02-27', deliveryAddress: where });
  return [
    { name: 's21-single-line', input: baseDocument() },
    {
      name: 's12-social-housing',
      input: baseDocument({ lines: [item('Installation logement social', '1', '4200.00', '12')] }),
    },
    {
      name: 's6-renovation',
      input: baseDocument({
        note: 'Taux réduit de 6 % : habitation de plus de 10 ans, utilisée comme logement privé (attestation remplacée par cette mention).',
        lines: [item('Rénovation installation', '16', '48.00', '6', { unitCode: 'HUR' })],
      }),
    },
    {
      name: 'mixed-s21-s12-s6-z',
      input: baseDocument({
        lines: [
          item('Luminaire', '4', '89.90', '21'),
          item('Travaux logement social', '8', '45.00', '12', { unitCode: 'HUR' }),
          item('Rénovation', '6', '45.00', '6', { unitCode: 'HUR' }),
          item('Journal professionnel', '1', '12.00', '0'),
        ],
      }),
    },
    {
      name: 'zero-rated-z',
      input: baseDocument({ lines: [zero('Abonnement presse', '12', '9.50', 'Z')] }),
    },
    {
      name: 'exempt-e-art44',
      input: baseDocument({
        vatExemptionReason: 'Exemption de TVA, article 44 du Code de la TVA',
        vatExemptionCode: 'VATEX-EU-132',
        lines: [zero('Formation sécurité électrique', '2', '450.00', 'E')],
      }),
    },
    {
      name: 'exempt-e-franchise',
      input: baseDocument({
        seller: { ...SELLER, legalName: 'Jean Petit', legalForm: 'Entreprise individuelle' },
        vatExemptionReason: 'Régime particulier de franchise des petites entreprises',
        lines: [zero('Dépannage', '3', '40.00', 'E', { unitCode: 'HUR' })],
      }),
    },
    {
      name: 'reverse-charge-ae-contractor',
      input: baseDocument({
        buyer: BE_CONTRACTOR,
        vatExemptionReason: 'Autoliquidation — TVA due par le cocontractant, art. 20 de l’AR n° 1',
        lines: [
          item('Câblage immeuble', '120', '42.00', '0', { vatCategory: 'AE', unitCode: 'HUR' }),
          item('Tableaux divisionnaires', '6', '310.00', '0', { vatCategory: 'AE' }),
        ],
      }),
    },
    {
      name: 'reverse-charge-ae-eu-services',
      input: baseDocument({
        language: 'nl',
        buyer: NL_BUYER,
        lines: [zero('Studie elektrische installatie', '1', '2800.00', 'AE')],
      }),
    },
    {
      name: 'intra-eu-goods-k',
      input: baseDocument({
        language: 'de',
        buyer: DE_BUYER,
        ...delivery(DE_BUYER.address),
        lines: [
          zero('Schaltschrank', '3', '1250.00', 'K'),
          zero('Kabeltrommel', '10', '85.00', 'K'),
        ],
      }),
    },
    {
      name: 'intra-eu-services-k-period',
      input: baseDocument({
        buyer: FR_BUYER,
        invoicePeriod: { start: '2026-02-01', end: '2026-02-28' },
        deliveryAddress: FR_BUYER.address,
        lines: [zero('Maintenance mensuelle', '1', '900.00', 'K', { unitCode: 'MON' })],
      }),
    },
    {
      name: 'intra-eu-services-k-delivery-date',
      input: baseDocument({
        buyer: FR_BUYER,
        ...delivery(FR_BUYER.address),
        lines: [zero('Mise en service', '6', '75.00', 'K', { unitCode: 'HUR' })],
      }),
    },
    {
      name: 'intra-eu-goods-k-delivered-elsewhere',
      input: baseDocument({
        language: 'de',
        buyer: DE_BUYER,
        // Invoiced to Köln, delivered to the customer's site in the Netherlands.
        ...delivery(address('Havenweg', '3', '6541 AD', 'Nijmegen', 'NL')),
        lines: [zero('Schaltschrank', '2', '1250.00', 'K')],
      }),
    },
    {
      name: 'export-g-us',
      input: baseDocument({
        language: 'en',
        buyer: US_BUYER,
        ...delivery(US_BUYER.address),
        lines: [zero('LED panels', '200', '18.40', 'G')],
      }),
    },
    {
      name: 'export-g-ch-chf',
      input: baseDocument({
        language: 'de',
        buyer: CH_BUYER,
        currency: 'CHF',
        exchangeRateToEur: '1.0650',
        ...delivery(CH_BUYER.address),
        lines: [zero('Steuerungseinheit', '5', '740.00', 'G')],
      }),
    },
    {
      name: 'outside-scope-o',
      input: baseDocument({
        lines: [zero('Refacturation de frais de péage', '1', '37.80', 'O')],
        vatExemptionReason: 'Débours — hors du champ de la TVA',
      }),
    },
    {
      name: 'outside-scope-o-empties',
      input: baseDocument({
        lines: [zero('Débours', '1', '25.00', 'O', { emptyGoodsValue: '2.50' })],
      }),
    },
  ];
}

function discountCorpus(): CorpusDocument[] {
  return [
    {
      name: 'example-a-percent',
      input: baseDocument({ lines: EXAMPLE_A, discount: { type: 'percent', value: '5' } }),
    },
    {
      name: 'example-a-amount',
      input: baseDocument({ lines: EXAMPLE_A, discount: { type: 'amount', value: '10.00' } }),
    },
    {
      name: 'line-discount-amount',
      input: baseDocument({
        lines: [
          item('Interrupteur', '12', '8.75', '21', { discount: { type: 'amount', value: '5.00' } }),
          item('Spot LED', '7', '14.99', '21', { discount: { type: 'percent', value: '12.5' } }),
        ],
      }),
    },
    {
      name: 'settlement-domain-example',
      input: baseDocument({
        lines: [item('Installation', '1', '1000.00', '21')],
        settlementDiscount: { percent: '2', days: 8 },
      }),
    },
    {
      name: 'settlement-mixed-discount',
      input: baseDocument({
        lines: EXAMPLE_A,
        discount: { type: 'percent', value: '5' },
        settlementDiscount: { percent: '2', days: 8 },
      }),
    },
    {
      name: 'settlement-with-z-line',
      input: baseDocument({
        lines: [item('Matériel', '3', '120.00', '21'), item('Revue technique', '1', '15.00', '0')],
        settlementDiscount: { percent: '3', days: 14 },
      }),
    },
    {
      name: 'settlement-with-e-line',
      input: baseDocument({
        vatExemptionReason: 'Exemption de TVA, article 44 du Code de la TVA',
        lines: [item('Matériel', '3', '120.00', '21'), zero('Formation', '1', '300.00', 'E')],
        settlementDiscount: { percent: '1.5', days: 10 },
      }),
    },
    {
      name: 'settlement-incl',
      input: baseDocument({
        priceMode: 'incl',
        lines: [
          item('Borne de recharge', '1', '1499.00', '21'),
          item('Placement', '4', '63.60', '6'),
        ],
        settlementDiscount: { percent: '2', days: 8 },
      }),
    },
    {
      name: 'incl-three-times-9-99',
      input: baseDocument({
        priceMode: 'incl',
        lines: [
          item('Ampoule', '1', '9.99', '21'),
          item('Ampoule', '1', '9.99', '21'),
          item('Ampoule', '1', '9.99', '21'),
        ],
      }),
    },
    {
      name: 'incl-100',
      input: baseDocument({ priceMode: 'incl', lines: [item('Forfait', '1', '100.00', '21')] }),
    },
    {
      name: 'incl-discounts-mixed',
      input: baseDocument({
        priceMode: 'incl',
        discount: { type: 'percent', value: '3' },
        lines: [
          item('Détecteur de fumée', '7', '24.95', '21', {
            discount: { type: 'percent', value: '10' },
          }),
          item('Main-d’œuvre', '2.5', '58.30', '6', {
            unitCode: 'HUR',
            discount: { type: 'amount', value: '4.00' },
          }),
          item('Câble', '33', '1.19', '21'),
        ],
      }),
    },
    {
      name: 'incl-document-amount-discount',
      input: baseDocument({
        priceMode: 'incl',
        discount: { type: 'amount', value: '25.00' },
        lines: [
          item('Lustre', '1', '349.00', '21'),
          item('Pose', '3', '52.00', '6', { unitCode: 'HUR' }),
        ],
      }),
    },
    {
      name: 'incl-120-lines',
      input: baseDocument({
        priceMode: 'incl',
        discount: { type: 'percent', value: '2' },
        lines: manyLines(120, 'incl'),
      }),
    },
    {
      name: 'excl-150-lines',
      input: baseDocument({
        discount: { type: 'amount', value: '150.00' },
        settlementDiscount: { percent: '2', days: 8 },
        lines: manyLines(150, 'excl'),
      }),
    },
  ];
}

function creditNoteCorpus(): CorpusDocument[] {
  const billingReference = { number: 'F2026-0042', issueDate: '2026-03-02' };
  const credit = (overrides: Partial<UblDocumentInput>) =>
    baseDocument({
      kind: 'creditNote',
      number: 'C2026-0005',
      dueDate: null,
      billingReference,
      ...overrides,
    });
  return [
    {
      name: 'credit-note-positive',
      input: credit({
        lines: [item('Coffret divisionnaire', '2', '24.99', '21')],
        discount: { type: 'percent', value: '5' },
      }),
    },
    {
      name: 'credit-note-negative-entry',
      input: credit({
        lines: [
          item('Main-d’œuvre', '-3', '55.00', '6', { unitCode: 'HUR' }),
          item('Câble', '-10', '1.85', '6', { discount: { type: 'percent', value: '10' } }),
        ],
        discount: { type: 'amount', value: '5.00' },
      }),
    },
    {
      name: 'credit-note-settlement',
      input: credit({
        language: 'nl',
        payment: { ...PAYMENT, terms: null },
        lines: [item('Retour materiaal', '4', '37.50', '21')],
        settlementDiscount: { percent: '2', days: 8 },
      }),
    },
    {
      name: 'credit-note-with-deposit-line',
      input: credit({
        lines: [
          item('Rénovation', '1', '10000.00', '6'),
          item('Acompte F2026-0031', '-1', '3000.00', '6', { isDepositDeduction: true }),
        ],
      }),
    },
    {
      name: 'credit-note-reverse-charge',
      input: credit({
        buyer: BE_CONTRACTOR,
        lines: [zero('Câblage immeuble (correction)', '10', '42.00', 'AE', { unitCode: 'HUR' })],
      }),
    },
  ];
}

const PDF_BASE64 =
  'JVBERi0xLjQKMSAwIG9iajw8L1R5cGUvQ2F0YWxvZy9QYWdlcyAyIDAgUj4+ZW5kb2JqCjIgMCBvYmo8PC9UeXBlL1BhZ2VzL0tpZHNbMyAwIFJdL0NvdW50IDE+PmVuZG9iagozIDAgb2JqPDwvVHlwZS9QYWdlL01lZGlhQm94WzAgMCA1OTUgODQyXS9QYXJlbnQgMiAwIFI+PmVuZG9iagp0cmFpbGVyPDwvUm9vdCAxIDAgUj4+CiUlRU9G';

function miscCorpus(): CorpusDocument[] {
  const special = 'Dupont & Fils <"best"> l\'électricien';
  const longText = Array.from(
    { length: 60 },
    (_, i) =>
      `Ligne ${i + 1} : remplacement du circuit n° ${i + 1}, contrôle du différentiel 30 mA et mesure d’isolement.`,
  ).join('\n');
  return [
    {
      name: 'usd-exchange-rate',
      input: baseDocument({
        language: 'en',
        buyer: US_BUYER,
        currency: 'USD',
        exchangeRateToEur: '0.92',
        deliveryDate: '2026-02-20',
        deliveryAddress: US_BUYER.address,
        lines: [zero('Control cabinet', '2', '1875.50', 'G')],
      }),
    },
    {
      name: 'gbp-exchange-rate-s21',
      input: baseDocument({
        language: 'en',
        buyer: GB_BUYER,
        currency: 'GBP',
        exchangeRateToEur: '1.1734',
        lines: [item('On-site inspection in Brussels', '2', '650.00', '21', { unitCode: 'DAY' })],
      }),
    },
    {
      name: 'usd-s21-discount-settlement',
      input: baseDocument({
        language: 'en',
        currency: 'USD',
        exchangeRateToEur: '0.9234',
        discount: { type: 'percent', value: '4' },
        settlementDiscount: { percent: '2', days: 10 },
        lines: [
          item('Consulting', '12', '95.00', '21', { unitCode: 'HUR' }),
          item('Material', '1', '333.33', '6'),
        ],
      }),
    },
    {
      name: 'special-characters',
      input: baseDocument({
        seller: { ...SELLER, legalName: special },
        buyer: { ...BE_BUYER, name: 'A&B <Construct> "Quote" \'Single\'' },
        note: 'Conditions : 5 < 6 & 7 > 3 — "guillemets" et \'apostrophes\' ]]> <![CDATA[ x ]]>',
        buyerReference: 'PO <42> & "co"',
        orderReference: "ORD-'7'&<8>",
        lines: [
          { kind: 'section', title: 'Section <A> & "B"' },
          item('Câble 3G2,5 <1 m> & "gaine"', '5', '2.10', '21', { sellerItemId: 'A&B<1>' }),
        ],
      }),
    },
    {
      name: 'unicode-emoji-rtl',
      input: baseDocument({
        buyer: { ...BE_BUYER, name: 'Ørsted Ænergi Ŝervices 😀 — شركة الإضاءة — חברת חשמל' },
        note: 'Merci 🙏⚡️ — شكرا — תודה — 谢谢 — Ελληνικά — Привет',
        lines: [
          item('Éclairage « Zoë » ñ ü ß ç 💡', '2', '19.99', '21'),
          item('مصباح LED — נורת לד — 灯泡', '1', '7.50', '21'),
        ],
      }),
    },
    {
      name: 'long-texts',
      input: baseDocument({
        note: longText,
        payment: { ...PAYMENT, terms: 'Paiement à 30 jours fin de mois. '.repeat(20) },
        lines: [
          {
            kind: 'section',
            title: 'Chantier : '.concat('très long intitulé de section '.repeat(10)),
          },
          item(`Remise en conformité complète\n${longText}`, '1', '4850.00', '21'),
          { kind: 'text', text: longText },
        ],
      }),
    },
    {
      name: 'control-characters',
      input: baseDocument({
        note: 'Bell\u0007 null\u0000 vertical\u000b form\u000c escape\u001b del\u007f c1\u0085 bom\ufeff nonchar\ufffe lone\ud800 end',
        lines: [item('Tab\there\r\nCRLF\u0001 line', '1', '10.00', '21')],
      }),
    },
    {
      name: 'prepaid-amount',
      input: baseDocument({
        prepaidAmount: '500.00',
        lines: [item('Installation', '1', '1000.00', '21')],
      }),
    },
    {
      name: 'embedded-pdf',
      input: baseDocument({
        attachment: { filename: 'F2026-0042 facture.pdf', base64: PDF_BASE64 },
        lines: EXAMPLE_A,
      }),
    },
    {
      name: 'empties-packaging',
      input: baseDocument({
        lines: [item('Bac de boissons', '2', '15.00', '21', { emptyGoodsValue: '3.90' })],
      }),
    },
    {
      name: 'empties-with-e-and-z-lines',
      input: baseDocument({
        vatExemptionReason: 'Exemption de TVA, article 44 du Code de la TVA',
        lines: [
          item('Bac', '2', '15.00', '21', { emptyGoodsValue: '3.90' }),
          zero('Formation', '1', '100.00', 'E'),
          zero('Journal', '1', '3.00', 'Z'),
        ],
        settlementDiscount: { percent: '2', days: 8 },
      }),
    },
    {
      name: 'negative-invoice-correction',
      input: baseDocument({
        number: 'F2026-0050',
        billingReference: { number: 'F2026-0042', issueDate: '2026-03-02' },
        lines: [item('Correction heures facturées', '-2', '55.00', '21', { unitCode: 'HUR' })],
      }),
    },
    {
      name: 'negative-invoice-discount-settlement',
      input: baseDocument({
        discount: { type: 'percent', value: '10' },
        settlementDiscount: { percent: '2', days: 8 },
        lines: [item('Correction heures', '-2', '55.00', '21', { unitCode: 'HUR' })],
      }),
    },
    {
      name: 'deposit-group-negative-settlement',
      input: baseDocument({
        discount: { type: 'percent', value: '5' },
        settlementDiscount: { percent: '2', days: 8 },
        lines: [
          item('Travaux', '1', '1000.00', '21'),
          item('Acompte F2026-0031 (6 %)', '-1', '300.00', '6', { isDepositDeduction: true }),
        ],
      }),
    },
    {
      name: 'returned-empties',
      input: baseDocument({
        lines: [
          item('Bac de boissons', '3', '15.00', '21', { emptyGoodsValue: '3.90' }),
          item('Retour de bacs vides', '-5', '0', '21', { emptyGoodsValue: '3.90' }),
        ],
      }),
    },
    {
      name: 'fractional-quantities-prices',
      input: baseDocument({
        lines: [
          item('Cuivre', '2.375', '8.4125', '21', { unitCode: 'KGM' }),
          item('Gaine', '0.0001', '9999.9999', '21', { unitCode: 'MTR' }),
          item('Peinture', '3.3333', '0.3333', '6', { unitCode: 'LTR' }),
          item('Ligne gratuite', '0', '15.00', '21'),
        ],
      }),
    },
    {
      name: 'negative-unit-price-line',
      input: baseDocument({
        lines: [
          item('Matériel', '1', '500.00', '21'),
          item('Reprise ancien matériel', '1', '-80.00', '21'),
        ],
      }),
    },
    {
      name: 'stored-peppol-ids',
      input: baseDocument({
        seller: { ...SELLER, peppolId: '9925:BE0566988259' },
        buyer: { ...BE_BUYER, peppolId: 'iso6523-actorid-upis::0208:0403170701' },
      }),
    },
    {
      name: 'order-reference-only',
      input: baseDocument({
        orderReference: 'PO-2026-118',
        buyer: { ...BE_BUYER, customerNumber: null },
      }),
    },
    {
      name: 'buyer-reference-default-number',
      input: baseDocument({ buyer: { ...BE_BUYER, customerNumber: null } }),
    },
    {
      name: 'buyer-enterprise-number-only',
      input: baseDocument({
        buyer: { ...BE_BUYER, vatNumber: null, enterpriseNumber: '0202.023.977' },
      }),
    },
    {
      name: 'dutch-language-delivery',
      input: baseDocument({
        language: 'nl',
        note: 'Bedankt voor uw vertrouwen.',
        deliveryDate: '2026-02-25',
        deliveryAddress: address('Kerkstraat', '5', '9000', 'Gent', 'BE', 'B2'),
        lines: [
          item('Laadpaal', '1', '1250.00', '21'),
          item('Plaatsing', '3', '60.00', '6', { unitCode: 'HUR' }),
        ],
      }),
    },
    {
      name: 'german-language-no-due-date',
      input: baseDocument({
        language: 'de',
        dueDate: null,
        payment: { ...PAYMENT, terms: '14 Tage netto' },
        lines: [item('Wartung', '1', '180.00', '21')],
      }),
    },
    {
      name: 'no-structured-communication',
      input: baseDocument({ payment: { ...PAYMENT, structuredCommunication: null, bic: null } }),
    },
  ];
}

/** ≥ 45 documents that must pass the official rules and `validateForPeppol`. */
export function corpusDocuments(): CorpusDocument[] {
  return [
    ...vatRegimeCorpus(),
    ...discountCorpus(),
    ...depositCorpus(),
    ...creditNoteCorpus(),
    ...miscCorpus(),
  ];
}

const PERSON: UblBuyer = {
  kind: 'person',
  name: 'Marie Dubois',
  vatNumber: null,
  enterpriseNumber: null,
  address: address('Rue du Moulin', '3', '4020', 'Liège', 'BE'),
  peppolId: null,
  email: 'marie@example.be',
  customerNumber: 'C00099',
};

/** Deliberately wrong documents, each with the rule that must refuse it. */
export function brokenDocuments(): BrokenDocument[] {
  const broken = (
    name: string,
    rule: string,
    code: PeppolIssueCode,
    input: UblDocumentInput,
    official = true,
  ): BrokenDocument => ({ name, rule, code, input, official });
  const ae = [zero('Câblage', '10', '42.00', 'AE', { unitCode: 'HUR' })];
  return [
    broken(
      'ae-without-buyer-vat',
      'BR-AE-02',
      'buyerVatMissing',
      baseDocument({
        buyer: { ...BE_CONTRACTOR, vatNumber: null, peppolId: '0208:0403170701' },
        lines: ae,
      }),
    ),
    broken(
      'ae-without-seller-vat',
      'BR-AE-02',
      'sellerVatMissing',
      baseDocument({
        buyer: BE_CONTRACTOR,
        seller: { ...SELLER, vatNumber: null },
        lines: ae,
      }),
    ),
    broken(
      'exempt-without-reason',
      'BR-E-10',
      'exemptionReasonMissing',
      baseDocument({
        lines: [zero('Formation', '1', '300.00', 'E')],
      }),
    ),
    broken(
      'exempt-with-reverse-charge-code',
      'PEPPOL-EN16931-P0107',
      'exemptionCodeInvalid',
      baseDocument({
        vatExemptionCode: 'VATEX-EU-AE',
        lines: [zero('Formation', '1', '300.00', 'E')],
      }),
    ),
    broken(
      'intra-eu-without-delivery-date',
      'BR-IC-11',
      'intraEuDeliveryDateMissing',
      baseDocument({
        buyer: DE_BUYER,
        deliveryAddress: DE_BUYER.address,
        lines: [zero('Schaltschrank', '1', '1250.00', 'K')],
      }),
    ),
    broken(
      'intra-eu-without-delivery-country',
      'BR-IC-12',
      'intraEuDeliveryCountryMissing',
      baseDocument({
        buyer: DE_BUYER,
        deliveryDate: '2026-02-27',
        lines: [zero('Schaltschrank', '1', '1250.00', 'K')],
      }),
    ),
    broken(
      'intra-eu-goods-without-delivery',
      'BR-IC-11',
      'intraEuDeliveryDateMissing',
      baseDocument({
        buyer: DE_BUYER,
        lines: [zero('Schaltschrank', '1', '1250.00', 'K')],
      }),
    ),
    broken(
      'intra-eu-goods-without-delivery-country-2',
      'BR-IC-12',
      'intraEuDeliveryCountryMissing',
      baseDocument({
        buyer: DE_BUYER,
        lines: [zero('Schaltschrank', '1', '1250.00', 'K')],
      }),
    ),
    broken(
      'intra-eu-services-without-delivery-country',
      'BR-IC-12',
      'intraEuDeliveryCountryMissing',
      baseDocument({
        buyer: FR_BUYER,
        invoicePeriod: { start: '2026-02-01', end: '2026-02-28' },
        lines: [zero('Maintenance mensuelle', '1', '900.00', 'K', { unitCode: 'MON' })],
      }),
    ),
    broken(
      'intra-eu-services-without-delivery-date',
      'BR-IC-11',
      'intraEuDeliveryDateMissing',
      baseDocument({
        buyer: FR_BUYER,
        deliveryAddress: FR_BUYER.address,
        lines: [zero('Mise en service', '6', '75.00', 'K', { unitCode: 'HUR' })],
      }),
    ),
    broken(
      'intra-eu-to-us',
      'FACTO-IC-COUNTRY',
      'intraEuBuyerOutsideEu',
      baseDocument({
        buyer: US_BUYER,
        deliveryDate: '2026-02-27',
        deliveryAddress: US_BUYER.address,
        lines: [zero('Panels', '1', '1250.00', 'K')],
      }),
      false,
    ),
    broken(
      'intra-eu-to-belgian-buyer',
      'FACTO-IC-DOMESTIC',
      'intraEuBuyerDomestic',
      baseDocument({
        deliveryDate: '2026-02-27',
        deliveryAddress: BE_BUYER.address,
        lines: [zero('Panels', '1', '1250.00', 'K')],
      }),
      false,
    ),
    broken(
      'export-to-eu-country',
      'FACTO-G-EU',
      'exportToEu',
      baseDocument({
        buyer: DE_BUYER,
        lines: [zero('Panels', '1', '1250.00', 'G')],
      }),
      false,
    ),
    broken(
      'outside-scope-mixed',
      'BR-O-11',
      'outsideScopeMixed',
      baseDocument({
        lines: [item('Matériel', '1', '100.00', '21'), zero('Débours', '1', '20.00', 'O')],
      }),
    ),
    broken(
      'outside-scope-without-enterprise-number',
      'BR-CO-26',
      'sellerIdMissing',
      baseDocument({
        seller: { ...SELLER, enterpriseNumber: null, vatNumber: null, peppolId: '0208:0566988259' },
        lines: [zero('Débours', '1', '20.00', 'O')],
      }),
    ),
    broken(
      'no-lines',
      'BR-16',
      'noLines',
      baseDocument({ lines: [{ kind: 'text', text: 'Rien' }] }),
    ),
    broken(
      'person-without-endpoint',
      'PEPPOL-EN16931-R010',
      'buyerEndpointMissing',
      baseDocument({
        buyer: PERSON,
      }),
    ),
    broken(
      'buyer-enterprise-number-invalid',
      'PEPPOL-COMMON-R043',
      'enterpriseNumberInvalid',
      baseDocument({
        buyer: {
          ...BE_BUYER,
          vatNumber: null,
          enterpriseNumber: '0403170702',
          peppolId: '9925:BE0403170701',
        },
      }),
    ),
    broken(
      'seller-vat-without-prefix',
      'BR-CO-09',
      'vatNumberInvalid',
      baseDocument({
        seller: { ...SELLER, vatNumber: '0566988259' },
      }),
    ),
    broken(
      'buyer-without-country',
      'BR-11',
      'buyerCountryMissing',
      baseDocument({
        buyer: { ...BE_BUYER, address: { ...BE_BUYER.address, country: null } },
      }),
    ),
    broken(
      'seller-without-postal-code',
      'FACTO-ADDRESS',
      'sellerAddressIncomplete',
      baseDocument({ seller: { ...SELLER, address: { ...SELLER.address, postalCode: null } } }),
      false,
    ),
    // EN 16931 BR-CO-25; the pinned CEN rule files no longer carry it, so only we check it.
    broken(
      'no-due-date-nor-terms',
      'BR-CO-25',
      'dueDateMissing',
      baseDocument({
        dueDate: null,
        payment: { ...PAYMENT, terms: null },
      }),
      false,
    ),
    broken(
      'communication-without-iban',
      'BR-61',
      'ibanMissing',
      baseDocument({
        payment: { ...PAYMENT, iban: null, bic: null },
      }),
    ),
    broken(
      'line-without-description',
      'BR-25',
      'lineDescriptionMissing',
      baseDocument({
        lines: [item('  ', '1', '10.00', '21')],
      }),
    ),
    broken('number-missing', 'BR-02', 'numberMissing', baseDocument({ number: '' })),
    broken(
      'no-reference-at-all',
      'PEPPOL-EN16931-R003',
      'referenceMissing',
      baseDocument({
        number: '',
        buyer: { ...BE_BUYER, customerNumber: null },
      }),
    ),
    broken(
      'unknown-endpoint-scheme',
      'PEPPOL-EN16931-CL008',
      'endpointInvalid',
      baseDocument({
        buyer: { ...BE_BUYER, peppolId: '1234:0403170701' },
      }),
    ),
    broken(
      'impossible-date',
      'PEPPOL-EN16931-F001',
      'dateInvalid',
      baseDocument({
        dueDate: '2026-02-30',
      }),
    ),
    broken(
      'usd-without-rate',
      'FACTO-EUR-RATE',
      'exchangeRateMissing',
      baseDocument({
        currency: 'USD',
      }),
      false,
    ),
    broken(
      'period-end-before-start',
      'BR-29',
      'invoicePeriodInvalid',
      baseDocument({
        invoicePeriod: { start: '2026-03-01', end: '2026-02-01' },
      }),
    ),
  ];
}
