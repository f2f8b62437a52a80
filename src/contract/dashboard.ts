import { z } from 'zod';

const countAndAmount = z.object({
  count: z.number().int(),
  /** Decimal string, 2 decimals. */
  amount: z.string(),
});

/**
 * Money figures on the dashboard. A section is present only when the reader may use the
 * module it comes from (receivables, turnover and invoice drafts: invoices; quotes: quotes;
 * credit-note drafts: credit notes), so the API never returns what the reader may not see.
 */
export const dashboardSummarySchema = z
  .object({
    /** The reader's today in Belgium, the reference of "overdue", "this month" and "this year". */
    today: z.string(),
    receivables: z
      .object({
        /** Finalised invoices not yet fully paid: count and Σ open balance (incl. VAT). */
        open: countAndAmount,
        /** The part of them past their due date. */
        overdue: countAndAmount,
      })
      .optional(),
    /** Turnover excl. VAT from finalised invoices minus finalised credit notes, by issue date. */
    turnover: z.object({ month: z.string(), year: z.string() }).optional(),
    drafts: z
      .object({
        quotes: z.number().int().optional(),
        invoices: z.number().int().optional(),
        creditNotes: z.number().int().optional(),
      })
      .optional(),
    /** Quotes sent or finalised, still valid, awaiting the customer's answer (Σ excl. VAT). */
    quotesWaiting: countAndAmount.optional(),
  })
  .meta({ id: 'DashboardSummary' });
export type DashboardSummary = z.infer<typeof dashboardSummarySchema>;
