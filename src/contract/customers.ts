import { z } from 'zod';
import { CUSTOMER_SORTS } from './list-filters.js';
import {
  isValidEnterpriseNumber,
  isValidVatNumber,
  normalizeEnterpriseNumber,
  normalizeVatNumber,
} from '../core/identifiers/index.js';
import {
  addressViewSchema,
  countrySchema,
  listQuerySchema,
  optionalEmailSchema,
  optionalMultilineText,
  optionalText,
  pageSchema,
  text,
  uuidSchema,
} from './common.js';
import { CURRENCIES } from './organization.js';

/** Languages a document can be printed in (the interface has no German yet). */
export const DOCUMENT_LANGUAGES = ['fr', 'nl', 'en', 'de'] as const;

/** Default VAT treatment of a customer's documents (DOMAIN.md §4.2). */
export const CUSTOMER_VAT_REGIMES = [
  'normal',
  'reverseCharge',
  'intraEuGoods',
  'intraEuServices',
  'export',
  'exempt',
] as const;

/** PEPPOL participant id: `scheme:identifier`, e.g. `0208:0566988259` or `9925:BE0566988259`. */
const peppolIdSchema = text(100)
  .nullish()
  .transform((value) => (value ? value.replace(/\s/g, '') : null))
  .refine((value) => value === null || /^\d{4}:[A-Za-z0-9._-]{1,80}$/.test(value), {
    message: 'validation.peppolId',
  });

export const addressInputSchema = z.strictObject({
  street: optionalText(200),
  number: optionalText(20),
  box: optionalText(20),
  postalCode: optionalText(20),
  city: optionalText(100),
  country: countrySchema,
});

export const contactPersonInputSchema = z.strictObject({
  id: uuidSchema.optional(),
  name: text(200).min(1, { message: 'validation.required' }),
  role: optionalText(100),
  email: optionalEmailSchema,
  phone: optionalText(40),
});

export const deliveryAddressInputSchema = addressInputSchema.extend({
  id: uuidSchema.optional(),
  label: optionalText(100),
});

export const customerInputSchema = z
  .strictObject({
    kind: z.enum(['company', 'person']),
    isCustomer: z.boolean().default(true),
    isSupplier: z.boolean().default(false),
    isProspect: z.boolean().default(false),
    name: text(200).min(1, { message: 'validation.required' }),
    attention: optionalText(200),
    address: addressInputSchema,
    vatNumber: text(20)
      .nullish()
      .transform((value) => (value ? normalizeVatNumber(value) : null))
      .refine((value) => value === null || isValidVatNumber(value), {
        message: 'validation.vatNumber',
      }),
    enterpriseNumber: optionalText(20),
    email: optionalEmailSchema,
    invoiceEmail: optionalEmailSchema,
    phone: optionalText(40),
    website: optionalText(200),
    language: z.enum(DOCUMENT_LANGUAGES),
    currency: z.enum(CURRENCIES).default('EUR'),
    paymentTermDays: z.number().int().min(0).max(365).nullable().default(null),
    paymentTermEndOfMonth: z.boolean().default(false),
    vatRegime: z.enum(CUSTOMER_VAT_REGIMES).default('normal'),
    vatExemptionReason: optionalText(300),
    defaultDiscountPercent: z
      .string()
      .regex(/^\d{1,3}(\.\d{1,2})?$/, { message: 'validation.percent' })
      .refine((value) => Number(value) <= 100, { message: 'validation.percent' })
      .nullable()
      .default(null),
    peppolId: peppolIdSchema,
    /** Default of the automatic-reminders switch of this customer's new invoices. */
    automaticReminders: z.boolean().default(true),
    notes: optionalMultilineText(5000),
    contactPersons: z.array(contactPersonInputSchema).max(50).default([]),
    deliveryAddresses: z.array(deliveryAddressInputSchema).max(50).default([]),
  })
  .superRefine((value, ctx) => {
    if (
      value.enterpriseNumber &&
      value.address.country === 'BE' &&
      !isValidEnterpriseNumber(value.enterpriseNumber)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['enterpriseNumber'],
        message: 'validation.enterpriseNumber',
      });
    }
    if (
      value.kind === 'company' &&
      value.address.country === 'BE' &&
      value.vatNumber?.startsWith('BE') &&
      value.enterpriseNumber
    ) {
      if (value.vatNumber !== `BE${normalizeEnterpriseNumber(value.enterpriseNumber)}`) {
        ctx.addIssue({
          code: 'custom',
          path: ['vatNumber'],
          message: 'validation.vatMatchesEnterprise',
        });
      }
    }
    if (value.vatRegime === 'exempt' && !value.vatExemptionReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['vatExemptionReason'],
        message: 'validation.required',
      });
    }
    if (
      ['reverseCharge', 'intraEuGoods', 'intraEuServices'].includes(value.vatRegime) &&
      !value.vatNumber
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['vatNumber'],
        message: 'validation.vatNumberRequiredForRegime',
      });
    }
    if (!value.isCustomer && !value.isSupplier && !value.isProspect) {
      ctx.addIssue({ code: 'custom', path: ['isCustomer'], message: 'validation.contactRole' });
    }
  })
  .meta({ id: 'CustomerRequest' });
export type CustomerInput = z.input<typeof customerInputSchema>;
export type CustomerInputParsed = z.output<typeof customerInputSchema>;

export const customerSchema = z
  .object({
    id: uuidSchema,
    number: z.number().int(),
    /** `C00042`: the number as printed. */
    reference: z.string(),
    kind: z.enum(['company', 'person']),
    isCustomer: z.boolean(),
    isSupplier: z.boolean(),
    isProspect: z.boolean(),
    name: z.string(),
    attention: z.string().nullable(),
    address: addressViewSchema,
    vatNumber: z.string().nullable(),
    enterpriseNumber: z.string().nullable(),
    email: z.string().nullable(),
    invoiceEmail: z.string().nullable(),
    phone: z.string().nullable(),
    website: z.string().nullable(),
    language: z.enum(DOCUMENT_LANGUAGES),
    currency: z.enum(CURRENCIES),
    paymentTermDays: z.number().int().nullable(),
    paymentTermEndOfMonth: z.boolean(),
    vatRegime: z.enum(CUSTOMER_VAT_REGIMES),
    vatExemptionReason: z.string().nullable(),
    defaultDiscountPercent: z.string().nullable(),
    /** The stored id, or the one derived from the enterprise number (`0208:…`) for Belgian companies. */
    peppolId: z.string().nullable(),
    automaticReminders: z.boolean(),
    notes: z.string().nullable(),
    contactPersons: z.array(
      z.object({
        id: uuidSchema,
        name: z.string(),
        role: z.string().nullable(),
        email: z.string().nullable(),
        phone: z.string().nullable(),
      }),
    ),
    deliveryAddresses: z.array(
      addressViewSchema.extend({ id: uuidSchema, label: z.string().nullable() }),
    ),
    archived: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Customer' });
export type Customer = z.infer<typeof customerSchema>;

export const customerSummarySchema = customerSchema
  .pick({
    id: true,
    number: true,
    reference: true,
    kind: true,
    name: true,
    vatNumber: true,
    email: true,
    phone: true,
    isCustomer: true,
    isSupplier: true,
    isProspect: true,
    archived: true,
  })
  .extend({ city: z.string().nullable(), country: z.string() })
  .meta({ id: 'CustomerSummary' });
export type CustomerSummary = z.infer<typeof customerSummarySchema>;

export { CUSTOMER_SORTS } from './list-filters.js';
export const customerListQuerySchema = listQuerySchema(CUSTOMER_SORTS).extend({
  role: z.enum(['customer', 'supplier', 'prospect']).optional(),
  archived: z.enum(['true', 'false', 'all']).default('false'),
  country: countrySchema.optional(),
});
export type CustomerListQuery = z.input<typeof customerListQuerySchema>;
export const customerPageSchema = pageSchema(customerSummarySchema).meta({ id: 'CustomerPage' });
export type CustomerPage = z.infer<typeof customerPageSchema>;

export const idParamsSchema = z.strictObject({ id: uuidSchema });
