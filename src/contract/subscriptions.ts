import { z } from 'zod';
import { SUBSCRIPTION_SORTS } from './list-filters.js';
import { FREQUENCIES } from '../core/subscriptions/index.js';
import {
  listQuerySchema,
  optionalMultilineText,
  optionalText,
  pageSchema,
  uuidSchema,
} from './common.js';
import { CUSTOMER_VAT_REGIMES, DOCUMENT_LANGUAGES } from './customers.js';
import {
  documentInputSchema,
  documentLineInputSchema,
  DOCUMENT_STATUSES,
  isoDateSchema,
} from './documents.js';

export { FREQUENCIES as SUBSCRIPTION_FREQUENCIES };
export type SubscriptionFrequency = (typeof FREQUENCIES)[number];

/** What happens to a finalised subscription invoice: nothing, or sent by email or PEPPOL. */
export const SUBSCRIPTION_SEND_MODES = ['off', 'email', 'peppol'] as const;
export type SubscriptionSendMode = (typeof SUBSCRIPTION_SEND_MODES)[number];

/**
 * A recurring invoice (DOMAIN §13): the lines and texts of an invoice, and when to make it.
 * Texts and line descriptions may contain `%start%` and `%end%` (the period invoiced).
 */
export const subscriptionInputSchema = z
  .strictObject({
    /** A label for the list (“Maintenance contract”); the customer's name when absent. */
    name: optionalText(100),
    customerId: uuidSchema,
    /** Absent: the customer's language and VAT regime when each invoice is made. */
    language: z.enum(DOCUMENT_LANGUAGES).nullable().default(null),
    priceMode: z.enum(['excl', 'incl']).default('excl'),
    vatRegime: z.enum(CUSTOMER_VAT_REGIMES).nullable().default(null),
    vatExemptionReason: optionalText(300),
    discount: documentInputSchema.shape.discount,
    textAbove: optionalMultilineText(5000),
    textBelow: optionalMultilineText(5000),
    lines: z.array(documentLineInputSchema).max(500),
    frequency: z.enum(FREQUENCIES),
    startDate: isoDateSchema,
    /** Last day invoiced; no period starts after it. */
    endDate: isoDateSchema.nullable().default(null),
    /** Hour of the day (Belgian time) at which each invoice is created. */
    creationHour: z.number().int().min(0).max(23).default(6),
    active: z.boolean().default(true),
    /** Finalise each invoice (number and date) as soon as it is made; otherwise a draft. */
    autoFinalize: z.boolean().default(false),
    autoSend: z.enum(SUBSCRIPTION_SEND_MODES).default('off'),
  })
  .superRefine((value, ctx) => {
    if (value.endDate !== null && value.endDate < value.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'validation.dateOrder' });
    if (!value.lines.some((line) => line.kind === 'item'))
      ctx.addIssue({
        code: 'custom',
        path: ['lines'],
        message: 'validation.subscriptionNeedsItem',
      });
    if (value.autoSend !== 'off' && !value.autoFinalize)
      ctx.addIssue({ code: 'custom', path: ['autoSend'], message: 'validation.sendNeedsFinalize' });
  })
  .meta({ id: 'SubscriptionRequest' });
export type SubscriptionInput = z.input<typeof subscriptionInputSchema>;
export type SubscriptionInputParsed = z.output<typeof subscriptionInputSchema>;

const money = z.string();

/** One coming invoice: its date, when it is made, and the period it covers. */
export const subscriptionOccurrenceSchema = z.object({
  cycle: z.number().int(),
  date: z.string(),
  runAt: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
});
export type SubscriptionOccurrence = z.infer<typeof subscriptionOccurrenceSchema>;

export const subscriptionSchema = z
  .object({
    id: uuidSchema,
    name: z.string().nullable(),
    customerId: uuidSchema,
    customerName: z.string(),
    language: z.enum(DOCUMENT_LANGUAGES).nullable(),
    priceMode: z.enum(['excl', 'incl']),
    vatRegime: z.enum(CUSTOMER_VAT_REGIMES).nullable(),
    vatExemptionReason: z.string().nullable(),
    discount: z.object({ type: z.enum(['percent', 'amount']), value: z.string() }).nullable(),
    textAbove: z.string().nullable(),
    textBelow: z.string().nullable(),
    lines: z.array(documentLineInputSchema),
    frequency: z.enum(FREQUENCIES),
    startDate: z.string(),
    endDate: z.string().nullable(),
    creationHour: z.number().int(),
    active: z.boolean(),
    autoFinalize: z.boolean(),
    autoSend: z.enum(SUBSCRIPTION_SEND_MODES),
    currency: z.string(),
    totalExcl: money,
    totalIncl: money,
    /** When the next invoice is made; null when paused or ended. */
    nextRunAt: z.string().nullable(),
    /** The next invoices (up to five), paused or not. */
    upcoming: z.array(subscriptionOccurrenceSchema),
    /** No period left before the end date. */
    ended: z.boolean(),
    /**
     * Why the last attempt to make or send an invoice failed (making is retried every hour): a
     * message key to translate with `lastErrorParams`, or the text of an unexpected error.
     */
    lastError: z.string().nullable(),
    lastErrorParams: z.record(z.string(), z.string()),
    invoiceCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Subscription' });
export type Subscription = z.infer<typeof subscriptionSchema>;

export const subscriptionSummarySchema = z
  .object({
    id: uuidSchema,
    name: z.string().nullable(),
    customerId: uuidSchema,
    customerName: z.string(),
    frequency: z.enum(FREQUENCIES),
    currency: z.string(),
    totalExcl: money,
    totalIncl: money,
    active: z.boolean(),
    ended: z.boolean(),
    nextRunAt: z.string().nullable(),
    endDate: z.string().nullable(),
    lastError: z.string().nullable(),
    lastErrorParams: z.record(z.string(), z.string()),
  })
  .meta({ id: 'SubscriptionSummary' });
export type SubscriptionSummary = z.infer<typeof subscriptionSummarySchema>;

export { SUBSCRIPTION_SORTS } from './list-filters.js';
export const subscriptionListQuerySchema = listQuerySchema(SUBSCRIPTION_SORTS).extend({
  status: z.enum(['active', 'paused', 'ended']).optional(),
  customerId: uuidSchema.optional(),
});
export type SubscriptionListQuery = z.input<typeof subscriptionListQuerySchema>;
export const subscriptionPageSchema = pageSchema(subscriptionSummarySchema).meta({
  id: 'SubscriptionPage',
});
export type SubscriptionPage = z.infer<typeof subscriptionPageSchema>;

/** An invoice a subscription made, with the period it covers. */
export const subscriptionInvoiceSchema = z
  .object({
    invoiceId: uuidSchema,
    cycle: z.number().int(),
    periodStart: z.string(),
    periodEnd: z.string(),
    createdAt: z.string(),
    numberFormatted: z.string().nullable(),
    issueDate: z.string(),
    status: z.enum(DOCUMENT_STATUSES),
    totalIncl: money,
    currency: z.string(),
    deleted: z.boolean(),
  })
  .meta({ id: 'SubscriptionInvoice' });
export type SubscriptionInvoice = z.infer<typeof subscriptionInvoiceSchema>;

export const subscriptionInvoiceListQuerySchema = listQuerySchema(['periodStart']).extend({
  sort: z
    .string()
    .regex(/^periodStart:(asc|desc)$/, { message: 'validation.sort' })
    .default('periodStart:desc'),
});
export const subscriptionInvoicePageSchema = pageSchema(subscriptionInvoiceSchema).meta({
  id: 'SubscriptionInvoicePage',
});
export type SubscriptionInvoicePage = z.infer<typeof subscriptionInvoicePageSchema>;
