import { z } from 'zod';
import { DOCUMENT_SORTS } from './list-filters.js';
import {
  countrySchema,
  listQuerySchema,
  multilineText,
  optionalMultilineText,
  optionalText,
  pageSchema,
  text,
  uuidSchema,
} from './common.js';
import { CUSTOMER_VAT_REGIMES, DOCUMENT_LANGUAGES } from './customers.js';
import { CURRENCIES } from './organization.js';
import { decimalString, UNIT_CODES, VAT_RATES } from './products.js';

export const DOCUMENT_TYPES = ['quote', 'invoice', 'creditNote'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Stored statuses; "expired" (quotes) and "overdue" (invoices) are derived from dates. */
export const DOCUMENT_STATUSES = [
  'draft',
  'finalized',
  'sent',
  'accepted',
  'refused',
  'partiallyPaid',
  'paid',
] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'validation.date' })
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
      new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    {
      message: 'validation.date',
    },
  );

const discountSchema = z.strictObject({
  type: z.enum(['percent', 'amount']),
  value: decimalString(2).refine((value) => !value.startsWith('-'), {
    message: 'validation.notNegative',
  }),
});

const itemLineSchema = z.strictObject({
  kind: z.literal('item'),
  productId: uuidSchema.nullable().default(null),
  description: multilineText(2000).min(1, { message: 'validation.required' }),
  quantity: decimalString(4, 1_000_000),
  unitCode: z.enum(UNIT_CODES).default('C62'),
  unitPrice: decimalString(4, 100_000_000),
  discount: discountSchema.nullable().default(null),
  vatRate: z.enum(VAT_RATES),
  purchasePrice: decimalString(4).nullable().default(null),
  /** A line of a final invoice that takes back a deposit invoice (kept outside the discount). */
  isDepositDeduction: z.boolean().default(false),
});

const textLineSchema = z.strictObject({
  kind: z.enum(['section', 'text']),
  description: multilineText(2000).min(1, { message: 'validation.required' }),
});

export const documentLineInputSchema = z.discriminatedUnion('kind', [
  itemLineSchema,
  textLineSchema,
]);
export type DocumentLineInput = z.input<typeof documentLineInputSchema>;

/**
 * Where the goods go or the services are done (BG-15), stored on the document as a snapshot:
 * one of the customer's delivery addresses (the first, their default, when `contactAddressId`
 * is absent) or an address typed for this document. Intra-EU supplies need it (BR-IC-12).
 */
export const documentDeliveryAddressInputSchema = z.discriminatedUnion('source', [
  z.strictObject({
    source: z.literal('customer'),
    contactAddressId: uuidSchema.optional(),
  }),
  z.strictObject({
    source: z.literal('typed'),
    street: optionalText(200),
    number: optionalText(20),
    box: optionalText(20),
    postalCode: optionalText(20),
    city: optionalText(100),
    country: countrySchema,
  }),
]);
export type DocumentDeliveryAddressInput = z.input<typeof documentDeliveryAddressInputSchema>;

export const documentInputSchema = z
  .strictObject({
    customerId: uuidSchema,
    journalId: uuidSchema.nullable().default(null),
    issueDate: isoDateSchema,
    /** Invoices: computed from the customer's payment term when absent. */
    dueDate: isoDateSchema.nullable().default(null),
    /** Quotes: computed as issue date + 30 days when absent. */
    validUntil: isoDateSchema.nullable().default(null),
    language: z.enum(DOCUMENT_LANGUAGES).nullable().default(null),
    currency: z.enum(CURRENCIES).nullable().default(null),
    /** EUR per unit of a foreign currency (USD 1 = EUR 0.92 → `0.92`): the VAT total in EUR. */
    exchangeRate: decimalString(6, 100_000)
      .refine((value) => Number(value) > 0, { message: 'validation.positive' })
      .nullable()
      .default(null),
    orderReference: optionalText(100),
    deliveryDate: isoDateSchema.nullable().default(null),
    /** Absent or null: none. */
    deliveryAddress: documentDeliveryAddressInputSchema.nullish(),
    priceMode: z.enum(['excl', 'incl']).default('excl'),
    /** Absent: the customer's default regime. */
    vatRegime: z.enum(CUSTOMER_VAT_REGIMES).nullable().default(null),
    vatExemptionReason: optionalText(300),
    /** Absent: the customer's default discount (a percentage); null: no discount. */
    discount: discountSchema.nullable().optional(),
    settlementDiscount: z
      .strictObject({
        percent: decimalString(2, 100).refine((value) => !value.startsWith('-'), {
          message: 'validation.notNegative',
        }),
        days: z.number().int().min(1).max(365),
      })
      .nullable()
      .default(null),
    textAbove: optionalMultilineText(5000),
    textBelow: optionalMultilineText(5000),
    internalNote: optionalMultilineText(5000),
    /** Invoices: send the reminder sequence automatically; absent: the customer's default. */
    automaticReminders: z.boolean().optional(),
    lines: z.array(documentLineInputSchema).max(2000),
  })
  .meta({ id: 'DocumentRequest' });
export type DocumentInput = z.input<typeof documentInputSchema>;
export type DocumentInputParsed = z.output<typeof documentInputSchema>;

const money = z.string();

export const documentLineSchema = z.object({
  id: uuidSchema,
  kind: z.enum(['item', 'section', 'text']),
  productId: uuidSchema.nullable(),
  description: z.string(),
  quantity: z.string().nullable(),
  unitCode: z.string().nullable(),
  unitPrice: z.string().nullable(),
  discount: discountSchema.nullable(),
  vatRate: z.string().nullable(),
  vatCategory: z.string().nullable(),
  purchasePrice: z.string().nullable(),
  isDepositDeduction: z.boolean(),
  /** Computed: gross, discount and net in the document's price mode, net excl VAT; subtotal for sections. */
  amounts: z.object({ gross: money, discount: money, net: money, netExcl: money }).nullable(),
  subtotal: money.nullable(),
});

export const customerSnapshotSchema = z.object({
  name: z.string(),
  attention: z.string().nullable(),
  street: z.string().nullable(),
  number: z.string().nullable(),
  box: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string(),
  vatNumber: z.string().nullable(),
  enterpriseNumber: z.string().nullable(),
  email: z.string().nullable(),
  peppolId: z.string().nullable(),
  reference: z.string(),
});

/** The stored deliver-to address; `contactAddressId` names the customer's address it was copied from. */
export const documentDeliveryAddressSchema = z.object({
  contactAddressId: uuidSchema.nullable(),
  label: z.string().nullable(),
  street: z.string().nullable(),
  number: z.string().nullable(),
  box: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string(),
});
export type DocumentDeliveryAddress = z.infer<typeof documentDeliveryAddressSchema>;

export const documentSchema = z
  .object({
    id: uuidSchema,
    type: z.enum(DOCUMENT_TYPES),
    status: z.enum(DOCUMENT_STATUSES),
    /** The status with dates applied: adds `expired` (quotes) and `overdue` (invoices). */
    displayStatus: z.string(),
    journalId: uuidSchema,
    number: z.number().int().nullable(),
    numberFormatted: z.string().nullable(),
    issueDate: z.string(),
    dueDate: z.string().nullable(),
    validUntil: z.string().nullable(),
    customerId: uuidSchema,
    customer: customerSnapshotSchema,
    language: z.enum(DOCUMENT_LANGUAGES),
    currency: z.enum(CURRENCIES),
    exchangeRate: z.string().nullable(),
    orderReference: z.string().nullable(),
    deliveryDate: z.string().nullable(),
    deliveryAddress: documentDeliveryAddressSchema.nullable(),
    /**
     * The company's bank accounts as printed when the document was issued, the default first;
     * null for a draft, which prints the current ones.
     */
    sellerBankAccounts: z
      .array(
        z.object({ iban: z.string(), bic: z.string().nullable(), label: z.string().nullable() }),
      )
      .nullable(),
    priceMode: z.enum(['excl', 'incl']),
    vatRegime: z.enum(CUSTOMER_VAT_REGIMES),
    vatExemptionReason: z.string().nullable(),
    discount: discountSchema.nullable(),
    settlementDiscount: z.object({ percent: z.string(), days: z.number().int() }).nullable(),
    textAbove: z.string().nullable(),
    textBelow: z.string().nullable(),
    internalNote: z.string().nullable(),
    /** Invoices: whether the daily job sends the reminder sequence (DOMAIN §9). */
    automaticReminders: z.boolean(),
    lines: z.array(documentLineSchema),
    vatBreakdown: z.array(
      z.object({
        vatCategory: z.string(),
        vatRate: z.string(),
        base: money,
        documentDiscount: money,
        taxable: money,
        vat: money,
      }),
    ),
    totals: z.object({
      linesTotal: money,
      documentDiscount: money,
      totalExcl: money,
      totalVat: money,
      totalIncl: money,
      /** What the customer may deduct when paying within the settlement term, and what remains. */
      settlementDiscount: money.nullable(),
      totalWithSettlementDiscount: money.nullable(),
      totalProfit: money,
    }),
    structuredCommunication: z.string().nullable(),
    payments: z.array(
      z.object({
        id: uuidSchema,
        date: z.string(),
        amount: z.string(),
        paymentAccountId: uuidSchema,
        paymentAccountName: z.string(),
        reference: z.string().nullable(),
      }),
    ),
    amountPaid: money,
    /** totalIncl − amountPaid; negative when overpaid. */
    openBalance: money,
    sourceDocumentId: uuidSchema.nullable(),
    /** Quotes: the invoice made from it (see the summary's). */
    convertedTo: z
      .object({
        id: uuidSchema,
        type: z.enum(DOCUMENT_TYPES),
        numberFormatted: z.string().nullable(),
      })
      .nullable(),
    /** Documents made from this one (invoices from a quote, credit notes from an invoice). */
    derivedDocuments: z.array(
      z.object({
        id: uuidSchema,
        type: z.enum(DOCUMENT_TYPES),
        numberFormatted: z.string().nullable(),
        status: z.string(),
      }),
    ),
    deleted: z.boolean(),
    finalizedAt: z.string().nullable(),
    /** Set when the customer signed online: the status no longer changes (no accept/refuse). */
    lockedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Document' });
export type Document = z.infer<typeof documentSchema>;

export const documentSummarySchema = z
  .object({
    id: uuidSchema,
    type: z.enum(DOCUMENT_TYPES),
    status: z.enum(DOCUMENT_STATUSES),
    displayStatus: z.string(),
    numberFormatted: z.string().nullable(),
    issueDate: z.string(),
    dueDate: z.string().nullable(),
    customerId: uuidSchema,
    customerName: z.string(),
    totalExcl: money,
    totalIncl: money,
    openBalance: money,
    currency: z.string(),
    /** Quotes: the invoice made from it (the final one, else the latest deposit invoice). */
    convertedTo: z
      .object({
        id: uuidSchema,
        type: z.enum(DOCUMENT_TYPES),
        numberFormatted: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'DocumentSummary' });
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

/** What a list can be filtered by: a stored status, or one derived from dates and payments. */
export const DOCUMENT_LIST_STATUSES = [
  ...DOCUMENT_STATUSES,
  'overdue',
  'expired',
  'unpaid',
] as const;
export type DocumentListStatus = (typeof DOCUMENT_LIST_STATUSES)[number];

export { DOCUMENT_SORTS } from './list-filters.js';
/** Every kind's list query; each kind's own narrows `status` (`documentListQuerySchemaOf`). */
export const documentListQuerySchema = listQuerySchema(DOCUMENT_SORTS).extend({
  status: z.enum(DOCUMENT_LIST_STATUSES).optional(),
  customerId: uuidSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  deleted: z.enum(['true', 'false']).default('false'),
});
export type DocumentListQuery = z.input<typeof documentListQuerySchema>;
export const documentPageSchema = pageSchema(documentSummarySchema).meta({ id: 'DocumentPage' });
export type DocumentPage = z.infer<typeof documentPageSchema>;

export const convertQuoteRequestSchema = z
  .strictObject({
    to: z.enum(['quote', 'invoice', 'deposit']),
    /** For a deposit invoice: a fixed amount excl VAT or a percentage of the quote. */
    deposit: discountSchema.optional(),
    issueDate: isoDateSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.to === 'deposit' && !value.deposit)
      ctx.addIssue({ code: 'custom', path: ['deposit'], message: 'validation.required' });
  })
  .meta({ id: 'ConvertQuoteRequest' });

export const creditNoteRequestSchema = z
  .strictObject({
    /** Lines of the invoice to credit; all when absent. */
    lineIds: z.array(uuidSchema).max(2000).optional(),
    issueDate: isoDateSchema.optional(),
  })
  .meta({ id: 'CreditNoteRequest' });

/**
 * What a finalisation needs the user to have confirmed: an invoice that asks nothing of the
 * customer (zero total), or the 6 % renovation rate billed to a VAT-registered business
 * (DOMAIN §4.2: reserved for final consumers). Without the flag the request is refused with
 * `zeroTotalNeedsConfirmation` / `renovationVatNeedsConfirmation`.
 */
export const FINALIZE_CONFIRMATIONS = ['zeroTotal', 'renovationVat'] as const;
export type FinalizeConfirmation = (typeof FINALIZE_CONFIRMATIONS)[number];

export const finalizeRequestSchema = z
  .strictObject({
    confirmZeroTotal: z.boolean().default(false),
    confirmRenovationVat: z.boolean().default(false),
    /**
     * "Save and finalise": the draft's new content, saved and numbered in one transaction (a
     * refused line stores nothing and takes no number).
     */
    draft: documentInputSchema.optional(),
  })
  .meta({ id: 'FinalizeRequest' });
export type FinalizeRequest = z.input<typeof finalizeRequestSchema>;
export type FinalizeRequestParsed = z.output<typeof finalizeRequestSchema>;

/** What finalising this draft now would do; nothing is consumed. */
export const finalizePreviewSchema = z
  .object({
    journalId: uuidSchema,
    fiscalYear: z.number().int(),
    /** The number it would take if finalised now (another finalisation may take it first). */
    nextNumber: z.number().int(),
    nextNumberFormatted: z.string(),
    /** The confirmations the finalise request must carry. */
    confirmations: z.array(z.enum(FINALIZE_CONFIRMATIONS)),
  })
  .meta({ id: 'FinalizePreview' });
export type FinalizePreview = z.infer<typeof finalizePreviewSchema>;

export const journalSchema = z
  .object({
    id: uuidSchema,
    documentType: z.enum(DOCUMENT_TYPES),
    name: z.string(),
    format: z.string(),
    fiscalYearStartMonth: z.number().int(),
    isDefault: z.boolean(),
    /** The number the next finalized document of the current fiscal year will get. */
    nextNumber: z.number().int(),
    nextNumberFormatted: z.string(),
  })
  .meta({ id: 'Journal' });
export type Journal = z.infer<typeof journalSchema>;

export const journalInputSchema = z
  .strictObject({
    documentType: z.enum(DOCUMENT_TYPES),
    name: text(100).min(1, { message: 'validation.required' }),
    format: text(50).min(1, { message: 'validation.required' }),
    fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
    isDefault: z.boolean().default(false),
    /** "My last paper invoice was 115": continue the current fiscal year at this number. */
    nextNumber: z.number().int().min(1).max(99_999_999).optional(),
  })
  .meta({ id: 'JournalRequest' });
export type JournalInput = z.input<typeof journalInputSchema>;
