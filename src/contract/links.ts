import { z } from 'zod';
import { emailSchema } from './auth.js';
import { text, uuidSchema, textSchema } from './common.js';
import { CUSTOMER_VAT_REGIMES, DOCUMENT_LANGUAGES } from './customers.js';
import { DOCUMENT_TYPES } from './documents.js';

/** An address the document was (or will be) sent to: trimmed and compared in lower case. */
const recipientSchema = emailSchema;

/** The organization's "extra check" for shared links (DOMAIN §10, GDPR tab). */
export const linkSettingsSchema = z
  .object({
    /** Whoever opens a link first types the address the document was sent to. On by default. */
    requireEmail: z.boolean(),
  })
  .meta({ id: 'LinkSettings' });
export type LinkSettings = z.infer<typeof linkSettingsSchema>;

export const linkSettingsRequestSchema = z
  .strictObject({ requireEmail: z.boolean() })
  .meta({ id: 'LinkSettingsRequest' });
export type LinkSettingsRequest = z.input<typeof linkSettingsRequestSchema>;

/** Creates the document's link, or returns the active one; `regenerate` replaces it (old URL dead). */
export const createLinkRequestSchema = z
  .strictObject({
    regenerate: z.boolean().default(false),
    /** Addresses allowed through the extra check, added to those already recorded. */
    sentTo: z.array(recipientSchema).max(20).optional(),
  })
  .meta({ id: 'CreateDocumentLinkRequest' });
export type CreateLinkRequest = z.input<typeof createLinkRequestSchema>;

const linkFields = {
  createdAt: z.string(),
  /** Lower-cased addresses that pass the extra check. */
  sentTo: z.array(z.string()),
  lastOpenedAt: z.string().nullable(),
  openCount: z.number().int(),
};

/** What `POST …/link` answers: the only place the URL (with its secret) is shown. */
export const documentLinkSchema = z
  .object({ url: z.string(), ...linkFields })
  .meta({ id: 'DocumentLink' });
export type DocumentLink = z.infer<typeof documentLinkSchema>;

export const signatureInfoSchema = z.object({
  name: z.string(),
  signedAt: z.string(),
});

/** The link's state without its URL: safe to show and refresh. */
export const documentLinkStatusSchema = z
  .object({
    link: z.object(linkFields).nullable(),
    requireEmail: z.boolean(),
    signature: signatureInfoSchema.nullable(),
  })
  .meta({ id: 'DocumentLinkStatus' });
export type DocumentLinkStatus = z.infer<typeof documentLinkStatusSchema>;

/** The audit trail of one document: changes, sending, opening and signing by the customer. */
export const documentHistorySchema = z
  .object({
    items: z.array(
      z.object({
        id: uuidSchema,
        action: z.string(),
        at: z.string(),
        /** The user who acted; null for the customer or the system. */
        user: z.string().nullable(),
        ip: z.string().nullable(),
        data: z.record(z.string(), z.unknown()),
      }),
    ),
  })
  .meta({ id: 'DocumentHistory' });
export type DocumentHistory = z.infer<typeof documentHistorySchema>;

// --- Public document pages (no login; the link's secret and, by default, the e-mail check) ---

export const publicTokenParamsSchema = z.object({ token: textSchema({ max: 200, trim: false }) });

export const unlockRequestSchema = z
  .strictObject({ email: text(254) })
  .meta({ id: 'UnlockDocumentRequest' });
export type UnlockRequest = z.input<typeof unlockRequestSchema>;

/** A drawn signature: a PNG data URL of at most 200 kB, and the signer's typed name. */
export const SIGNATURE_MAX_BYTES = 200 * 1024;

export const signRequestSchema = z
  .strictObject({
    name: text(100).min(2, { message: 'validation.required' }),
    signature: textSchema({
      max: Math.ceil((SIGNATURE_MAX_BYTES * 4) / 3) + 100,
      trim: false,
    }).startsWith('data:image/png;base64,', { message: 'validation.signature' }),
  })
  .meta({ id: 'SignDocumentRequest' });
export type SignRequest = z.input<typeof signRequestSchema>;

const money = z.string();

/**
 * What the customer sees: plain values (texts are never HTML), formatted by the page in the
 * reader's language. Nothing internal (notes, purchase prices, margins) is in it.
 */
export const publicDocumentSchema = z
  .object({
    type: z.enum(DOCUMENT_TYPES),
    language: z.enum(DOCUMENT_LANGUAGES),
    /** The status with dates applied (`expired`, `overdue`). */
    status: z.string(),
    number: z.string().nullable(),
    issueDate: z.string(),
    dueDate: z.string().nullable(),
    validUntil: z.string().nullable(),
    deliveryDate: z.string().nullable(),
    orderReference: z.string().nullable(),
    currency: z.string(),
    priceMode: z.enum(['excl', 'incl']),
    vatRegime: z.enum(CUSTOMER_VAT_REGIMES),
    company: z.object({
      name: z.string(),
      addressLines: z.array(z.string()),
      vatNumber: z.string().nullable(),
      enterpriseNumber: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      website: z.string().nullable(),
      /** The brand colour of the document layout (#RRGGBB). */
      color: z.string(),
    }),
    customer: z.object({
      name: z.string(),
      attention: z.string().nullable(),
      addressLines: z.array(z.string()),
      vatNumber: z.string().nullable(),
    }),
    textAbove: z.string().nullable(),
    textBelow: z.string().nullable(),
    lines: z.array(
      z.object({
        id: uuidSchema,
        kind: z.enum(['item', 'section', 'text']),
        description: z.string(),
        quantity: z.string().nullable(),
        unitCode: z.string().nullable(),
        unitPrice: z.string().nullable(),
        discount: z.object({ type: z.enum(['percent', 'amount']), value: z.string() }).nullable(),
        vatRate: z.string().nullable(),
        net: money.nullable(),
        subtotal: money.nullable(),
      }),
    ),
    vatBreakdown: z.array(
      z.object({ vatCategory: z.string(), vatRate: z.string(), taxable: money, vat: money }),
    ),
    totals: z.object({
      linesTotal: money,
      documentDiscount: money,
      totalExcl: money,
      totalVat: money,
      totalIncl: money,
      amountPaid: money,
      openBalance: money,
    }),
    settlement: z.object({ percent: z.string(), days: z.number().int(), total: money }).nullable(),
    /** How to pay an open invoice: the company's account and the structured communication. */
    payment: z
      .object({
        accountHolder: z.string(),
        iban: z.string(),
        bic: z.string().nullable(),
        structuredCommunication: z.string().nullable(),
        amount: money,
        dueDate: z.string().nullable(),
      })
      .nullable(),
    /** A quote that is finalised or sent, not expired and not yet answered. */
    canSign: z.boolean(),
    signature: signatureInfoSchema.nullable(),
  })
  .meta({ id: 'PublicDocument' });
export type PublicDocument = z.infer<typeof publicDocumentSchema>;
