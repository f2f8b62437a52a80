import { z } from 'zod';
import { PRODUCT_SORTS } from './list-filters.js';
import { listQuerySchema, optionalText, pageSchema, text, uuidSchema } from './common.js';

/** UN/ECE Recommendation 20 unit codes offered in the product form (DOMAIN.md §2). */
export const UNIT_CODES = [
  'C62',
  'H87',
  'HUR',
  'DAY',
  'MTR',
  'MTK',
  'MTQ',
  'KGM',
  'LTR',
  'KMT',
  'SET',
  'LS',
] as const;
export const VAT_RATES = ['21', '12', '6', '0'] as const;

/** A decimal amount as a string with at most `decimals` digits after the point. */
export function decimalString(decimals: number, max = 999_999_999) {
  return z
    .string()
    .trim()
    .regex(new RegExp(`^-?\\d{1,12}(\\.\\d{1,${decimals}})?$`), { message: 'validation.decimal' })
    .refine((value) => Math.abs(Number(value)) <= max, { message: 'validation.amountTooLarge' });
}

const nonNegative = (decimals: number) =>
  decimalString(decimals).refine((value) => !value.startsWith('-'), {
    message: 'validation.notNegative',
  });

/** Text per document language; each is optional, but a product needs a name in at least one. */
export const localizedTextSchema = (max: number) =>
  z.strictObject({
    fr: optionalText(max),
    nl: optionalText(max),
    en: optionalText(max),
    de: optionalText(max),
  });

export const productInputSchema = z
  .strictObject({
    code: text(50).min(1, { message: 'validation.required' }),
    // Checked on the field itself so the message comes with the other field errors at once.
    name: localizedTextSchema(200).refine(
      (name) => Boolean(name.fr || name.nl || name.en || name.de),
      {
        message: 'validation.required',
      },
    ),
    description: localizedTextSchema(2000),
    groupId: uuidSchema.nullable().default(null),
    unitCode: z.enum(UNIT_CODES).default('C62'),
    /** Entered excluding or including VAT; the other is derived. */
    priceMode: z.enum(['excl', 'incl']).default('excl'),
    price: nonNegative(4),
    vatRate: z.enum(VAT_RATES),
    purchasePrice: nonNegative(4).nullable().default(null),
    /** Markup on cost in %: 100 means the sale price is twice the purchase price. */
    marginPercent: nonNegative(2).nullable().default(null),
    ean: text(14)
      .nullish()
      .transform((value) => (value ? value : null))
      .refine((value) => value === null || /^(\d{8}|\d{12,14})$/.test(value), {
        message: 'validation.ean',
      }),
    active: z.boolean().default(true),
  })
  .meta({ id: 'ProductRequest' });
export type ProductInput = z.input<typeof productInputSchema>;
export type ProductInputParsed = z.output<typeof productInputSchema>;

const localizedOutput = z.object({
  fr: z.string().nullable(),
  nl: z.string().nullable(),
  en: z.string().nullable(),
  de: z.string().nullable(),
});

export const productSchema = z
  .object({
    id: uuidSchema,
    code: z.string(),
    name: localizedOutput,
    description: localizedOutput,
    groupId: uuidSchema.nullable(),
    groupName: z.string().nullable(),
    unitCode: z.enum(UNIT_CODES),
    priceMode: z.enum(['excl', 'incl']),
    price: z.string(),
    priceExcl: z.string(),
    priceIncl: z.string(),
    vatRate: z.enum(VAT_RATES),
    purchasePrice: z.string().nullable(),
    marginPercent: z.string().nullable(),
    ean: z.string().nullable(),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Product' });
export type Product = z.infer<typeof productSchema>;

export { PRODUCT_SORTS } from './list-filters.js';
export const productListQuerySchema = listQuerySchema(PRODUCT_SORTS).extend({
  groupId: uuidSchema.optional(),
  active: z.enum(['true', 'false', 'all']).default('true'),
});
export type ProductListQuery = z.input<typeof productListQuerySchema>;
export const productPageSchema = pageSchema(productSchema).meta({ id: 'ProductPage' });
export type ProductPage = z.infer<typeof productPageSchema>;

export const productGroupInputSchema = z
  .strictObject({
    name: text(100).min(1, { message: 'validation.required' }),
    defaultMarginPercent: nonNegative(2).nullable().default(null),
    ledgerAccount: text(10)
      .nullish()
      .transform((value) => (value ? value : null))
      .refine((value) => value === null || /^\d{6}$/.test(value), {
        message: 'validation.ledgerAccount',
      }),
  })
  .meta({ id: 'ProductGroupRequest' });
export type ProductGroupInput = z.input<typeof productGroupInputSchema>;

export const productGroupSchema = z
  .object({
    id: uuidSchema,
    name: z.string(),
    defaultMarginPercent: z.string().nullable(),
    ledgerAccount: z.string().nullable(),
    productCount: z.number().int(),
  })
  .meta({ id: 'ProductGroup' });
export type ProductGroup = z.infer<typeof productGroupSchema>;

/** Bulk price change of a selection or a whole group, by a percentage; `preview` changes nothing. */
export const priceUpdateRequestSchema = z
  .strictObject({
    productIds: z.array(uuidSchema).max(1000).optional(),
    groupId: uuidSchema.optional(),
    percent: decimalString(2, 1000).refine((value) => Number(value) > -100, {
      message: 'validation.percentTooLow',
    }),
    preview: z.boolean().default(true),
  })
  .superRefine((value, ctx) => {
    if (!value.productIds?.length && !value.groupId) {
      ctx.addIssue({
        code: 'custom',
        path: ['productIds'],
        message: 'validation.selectionRequired',
      });
    }
  })
  .meta({ id: 'PriceUpdateRequest' });
export type PriceUpdateRequest = z.input<typeof priceUpdateRequestSchema>;

export const priceUpdateResultSchema = z
  .object({
    applied: z.boolean(),
    items: z.array(
      z.object({
        id: uuidSchema,
        code: z.string(),
        name: z.string(),
        oldPrice: z.string(),
        newPrice: z.string(),
      }),
    ),
  })
  .meta({ id: 'PriceUpdateResult' });
export type PriceUpdateResult = z.infer<typeof priceUpdateResultSchema>;
