import { z } from 'zod';
import { isValidBic, isValidIban, normalizeBic, normalizeIban } from '../core/identifiers/index.js';
import { optionalText, text, uuidSchema } from './common.js';
import { isoDateSchema } from './documents.js';
import { decimalString } from './products.js';

export const paymentAccountInputSchema = z
  .strictObject({
    kind: z.enum(['bank', 'cash']),
    name: text(100).min(1, { message: 'validation.required' }),
    iban: text(42)
      .nullish()
      .transform((value) => (value ? normalizeIban(value) : null))
      .refine((value) => value === null || isValidIban(value), { message: 'validation.iban' }),
    bic: text(11)
      .nullish()
      .transform((value) => (value ? normalizeBic(value) : null))
      .refine((value) => value === null || isValidBic(value), { message: 'validation.bic' }),
    active: z.boolean().default(true),
    /** A bank account printed on documents (IBAN and payment QR code). */
    onDocuments: z.boolean().default(false),
    /** The bank account printed first and preselected for transfers (printed on documents). */
    isDefault: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'bank' && !value.iban)
      ctx.addIssue({ code: 'custom', path: ['iban'], message: 'validation.required' });
  })
  .meta({ id: 'PaymentAccountRequest' });
export type PaymentAccountInput = z.input<typeof paymentAccountInputSchema>;

export const paymentAccountSchema = z
  .object({
    id: uuidSchema,
    kind: z.enum(['bank', 'cash']),
    name: z.string(),
    iban: z.string().nullable(),
    bic: z.string().nullable(),
    active: z.boolean(),
    onDocuments: z.boolean(),
    isDefault: z.boolean(),
    /** Payments point at it: it can be deactivated, not deleted. */
    used: z.boolean(),
    /** Σ payments recorded on this account. */
    balance: z.string(),
  })
  .meta({ id: 'PaymentAccount' });
export type PaymentAccount = z.infer<typeof paymentAccountSchema>;

export const paymentInputSchema = z
  .strictObject({
    date: isoDateSchema,
    amount: decimalString(2).refine((value) => Number(value) > 0, {
      message: 'validation.amountPositive',
    }),
    paymentAccountId: uuidSchema,
    reference: optionalText(140),
    /** Needed to record more than the open balance, or what looks like the same payment twice. */
    confirm: z.boolean().default(false),
  })
  .meta({ id: 'PaymentRequest' });
export type PaymentInput = z.input<typeof paymentInputSchema>;

export const markPaidRequestSchema = z
  .strictObject({ paymentAccountId: uuidSchema, date: isoDateSchema.optional() })
  .meta({ id: 'MarkPaidRequest' });

export const paymentSchema = z.object({
  id: uuidSchema,
  date: z.string(),
  amount: z.string(),
  paymentAccountId: uuidSchema,
  paymentAccountName: z.string(),
  reference: z.string().nullable(),
});
export type Payment = z.infer<typeof paymentSchema>;

export const invoiceBalanceQuerySchema = z.strictObject({ customerId: uuidSchema.optional() });
export const invoiceBalanceSchema = z
  .object({
    unpaid: z.object({ count: z.number().int(), openBalance: z.string() }),
    overdue: z.object({ count: z.number().int(), openBalance: z.string() }),
  })
  .meta({ id: 'InvoiceBalance' });
export type InvoiceBalance = z.infer<typeof invoiceBalanceSchema>;
