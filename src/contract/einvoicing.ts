import { z } from 'zod';
import { INBOX_STATUSES, PURCHASE_STATUSES } from './list-filters.js';
import { pageSchema, uuidSchema, text, textSchema, multilineText } from './common.js';
import { isoDateSchema } from './documents.js';

// PEPPOL e-invoicing: readiness of a document, sending, the company's access point and identity,
// the inbox of received documents, and purchase invoices accepted from it.

/** A problem found before sending, with the official rule it anticipates. */
export const peppolIssueSchema = z.object({
  /** EN 16931 / Peppol BIS 3 rule id, e.g. `BR-AE-02`. */
  rule: z.string(),
  /** What to fix, as a dotted path: `customer.vatNumber`, `orderReference`, `lines.2.vatRate`. */
  field: z.string(),
  /** In the user's language. */
  message: z.string(),
});
export type PeppolIssue = z.infer<typeof peppolIssueSchema>;

export const PEPPOL_TRANSMISSION_STATUSES = ['queued', 'sent', 'delivered', 'failed'] as const;
export type PeppolTransmissionStatus = (typeof PEPPOL_TRANSMISSION_STATUSES)[number];

export const peppolDocumentStatusSchema = z
  .object({
    /** Whether an access point is configured for the company (Settings → PEPPOL). */
    accessPointConfigured: z.boolean(),
    /** The customer's PEPPOL address (e.g. `0208:0123456789`), or null for a private customer. */
    recipientId: z.string().nullable(),
    /** Whether the customer can receive on PEPPOL: null when it could not be checked. */
    recipientReachable: z.boolean().nullable(),
    /** Nothing to fix: the UBL passes the rules Facto checks before sending. */
    ready: z.boolean(),
    issues: z.array(peppolIssueSchema),
    transmission: z
      .object({
        status: z.enum(PEPPOL_TRANSMISSION_STATUSES),
        error: z.string().nullable(),
        attempts: z.number().int(),
        queuedAt: z.string(),
        sentAt: z.string().nullable(),
        deliveredAt: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'PeppolDocumentStatus' });
export type PeppolDocumentStatus = z.infer<typeof peppolDocumentStatusSchema>;

export const PEPPOL_ENVIRONMENTS = ['production', 'test'] as const;
export const PEPPOL_REGISTRATION_STATUSES = [
  'unregistered',
  'pending',
  'registered',
  'failed',
] as const;

export const peppolSettingsSchema = z
  .object({
    configured: z.boolean(),
    provider: z.literal('recommand'),
    environment: z.enum(PEPPOL_ENVIRONMENTS),
    baseUrl: z.string(),
    apiKey: z.string(),
    /** The secret is never sent back; this says whether one is stored. */
    hasSecret: z.boolean(),
    companyId: z.string().nullable(),
    /** The company's own PEPPOL id, derived from its enterprise number unless set. */
    participantId: z.string(),
    registrationStatus: z.enum(PEPPOL_REGISTRATION_STATUSES),
    registrationError: z.string().nullable(),
    /** Where the access point delivers received documents (give it to the provider). */
    webhookUrl: z.string().nullable(),
  })
  .meta({ id: 'PeppolSettings' });
export type PeppolSettings = z.infer<typeof peppolSettingsSchema>;

const participantIdSchema = z
  .string()
  .trim()
  .regex(/^\d{4}:[A-Za-z0-9.\-_]{1,50}$/, { message: 'validation.peppolId' });

export const peppolSettingsRequestSchema = z
  .strictObject({
    environment: z.enum(PEPPOL_ENVIRONMENTS),
    baseUrl: z.url({ protocol: /^https?$/, message: 'validation.url' }).max(300),
    apiKey: text(300).min(1, { message: 'validation.required' }),
    /** Absent or empty: keep the stored secret. */
    apiSecret: textSchema({ max: 300, trim: false }).optional(),
    /** The secret the provider signs its webhooks with; absent or empty: keep the stored one. */
    webhookSecret: textSchema({ max: 300, trim: false }).optional(),
    companyId: text(100)
      .nullish()
      .transform((value) => value || null),
    /** Absent: `0208:<enterprise number>`. */
    participantId: participantIdSchema.nullish(),
  })
  .meta({ id: 'PeppolSettingsRequest' });
export type PeppolSettingsRequest = z.input<typeof peppolSettingsRequestSchema>;

// ---- Inbox --------------------------------------------------------------------------------------

export { INBOX_STATUSES } from './list-filters.js';
export type InboxStatus = (typeof INBOX_STATUSES)[number];

export const inboxDocumentSummarySchema = z
  .object({
    id: uuidSchema,
    source: z.enum(['peppol', 'upload']),
    status: z.enum(INBOX_STATUSES),
    kind: z.enum(['invoice', 'creditNote']),
    number: z.string(),
    issueDate: z.string(),
    dueDate: z.string().nullable(),
    currency: z.string(),
    sellerName: z.string(),
    sellerVatNumber: z.string().nullable(),
    totalPayable: z.string(),
    receivedAt: z.string(),
  })
  .meta({ id: 'InboxDocumentSummary' });
export type InboxDocumentSummary = z.infer<typeof inboxDocumentSummarySchema>;

export const inboxListQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  status: z.enum(INBOX_STATUSES).optional(),
});
export type InboxListQuery = z.input<typeof inboxListQuerySchema>;
export const inboxPageSchema = pageSchema(inboxDocumentSummarySchema).meta({ id: 'InboxPage' });
export type InboxPage = z.infer<typeof inboxPageSchema>;

const partyViewSchema = z.object({
  name: z.string(),
  vatNumber: z.string().nullable(),
  enterpriseNumber: z.string().nullable(),
  endpoint: z.string().nullable(),
  /** Street, postal code and city, country: ready to print. */
  addressLines: z.array(z.string()),
  email: z.string().nullable(),
});

export const inboxDocumentSchema = inboxDocumentSummarySchema
  .extend({
    rejectReason: z.string().nullable(),
    purchaseInvoiceId: uuidSchema.nullable(),
    hasPdf: z.boolean(),
    seller: partyViewSchema,
    buyer: partyViewSchema,
    orderReference: z.string().nullable(),
    buyerReference: z.string().nullable(),
    billingReferences: z.array(z.string()),
    notes: z.array(z.string()),
    lines: z.array(
      z.object({
        name: z.string(),
        description: z.string().nullable(),
        quantity: z.string(),
        unitCode: z.string().nullable(),
        price: z.string(),
        net: z.string(),
        vatCategory: z.string(),
        vatRate: z.string().nullable(),
      }),
    ),
    vatBreakdown: z.array(
      z.object({
        category: z.string(),
        rate: z.string().nullable(),
        taxable: z.string(),
        vat: z.string(),
        exemptionReason: z.string().nullable(),
      }),
    ),
    totals: z.object({
      lineExtension: z.string(),
      taxExclusive: z.string(),
      vat: z.string(),
      taxInclusive: z.string(),
      prepaid: z.string().nullable(),
      payable: z.string(),
    }),
    payment: z.object({
      iban: z.string().nullable(),
      bic: z.string().nullable(),
      reference: z.string().nullable(),
      structuredCommunication: z.string().nullable(),
      terms: z.string().nullable(),
    }),
    /** Sums that do not add up in the received document, in the user's language. */
    warnings: z.array(z.string()),
  })
  .meta({ id: 'InboxDocument' });
export type InboxDocument = z.infer<typeof inboxDocumentSchema>;

export const rejectInboxRequestSchema = z
  .strictObject({
    reason: multilineText(500).min(1, { message: 'validation.required' }),
  })
  .meta({ id: 'RejectInboxRequest' });

// ---- Purchase invoices --------------------------------------------------------------------------

export { PURCHASE_STATUSES } from './list-filters.js';

export const purchaseInvoiceSummarySchema = z
  .object({
    id: uuidSchema,
    kind: z.enum(['invoice', 'creditNote']),
    number: z.string(),
    supplierId: uuidSchema,
    supplierName: z.string(),
    issueDate: z.string(),
    dueDate: z.string().nullable(),
    currency: z.string(),
    totalExcl: z.string(),
    totalVat: z.string(),
    totalIncl: z.string(),
    totalPayable: z.string(),
    status: z.enum(PURCHASE_STATUSES),
    paidAt: z.string().nullable(),
  })
  .meta({ id: 'PurchaseInvoiceSummary' });
export type PurchaseInvoiceSummary = z.infer<typeof purchaseInvoiceSummarySchema>;

export const purchaseInvoiceSchema = purchaseInvoiceSummarySchema
  .extend({
    inboxDocumentId: uuidSchema.nullable(),
    iban: z.string().nullable(),
    bic: z.string().nullable(),
    paymentReference: z.string().nullable(),
    lines: inboxDocumentSchema.shape.lines,
    vatBreakdown: inboxDocumentSchema.shape.vatBreakdown,
  })
  .meta({ id: 'PurchaseInvoice' });
export type PurchaseInvoice = z.infer<typeof purchaseInvoiceSchema>;

export const purchaseListQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  status: z.enum(PURCHASE_STATUSES).optional(),
});
export type PurchaseListQuery = z.input<typeof purchaseListQuerySchema>;
export const purchasePageSchema = pageSchema(purchaseInvoiceSummarySchema).meta({
  id: 'PurchaseInvoicePage',
});
export type PurchasePage = z.infer<typeof purchasePageSchema>;

export const markPurchasePaidRequestSchema = z
  .strictObject({ date: isoDateSchema })
  .meta({ id: 'MarkPurchasePaidRequest' });

export const accountantExportQuerySchema = z
  .strictObject({ from: isoDateSchema, to: isoDateSchema })
  .refine((value) => value.from <= value.to, { path: ['to'], message: 'validation.dateOrder' });
