import { z } from 'zod';
import {
  isValidBic,
  isValidEnterpriseNumber,
  isValidIban,
  isValidVatNumber,
  normalizeBic,
  normalizeEnterpriseNumber,
  normalizeIban,
  normalizeVatNumber,
} from '../core/identifiers/index.js';
import { checkCompanyNumber } from './auth.js';
import {
  addressViewSchema,
  countrySchema,
  languageSchema,
  optionalEmailSchema,
  optionalText,
  text,
  uuidSchema,
} from './common.js';
import { VAT_RATES } from './products.js';

export const LEGAL_FORMS = ['srl', 'sa', 'sc', 'snc', 'scomm', 'asbl', 'sole', 'other'] as const;
export const VAT_REGIMES = ['liable', 'franchise', 'exempt'] as const;
export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF'] as const;

export const LOGO_MAX_BYTES = 1024 * 1024;
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;

export const addressSchema = z.object({
  street: optionalText(200),
  number: optionalText(20),
  box: optionalText(20),
  postalCode: optionalText(20),
  city: optionalText(100),
  country: countrySchema,
});

export const bankAccountInputSchema = z.strictObject({
  /** Present for an existing account, absent for a new one. */
  id: uuidSchema.optional(),
  iban: text(42).refine(isValidIban, { message: 'validation.iban' }).transform(normalizeIban),
  bic: text(11)
    .nullish()
    .transform((value) => (value ? normalizeBic(value) : null))
    .refine((value) => value === null || isValidBic(value), { message: 'validation.bic' }),
  label: optionalText(100),
  isDefault: z.boolean().default(false),
});

export const bankAccountSchema = z.object({
  id: uuidSchema,
  iban: z.string(),
  bic: z.string().nullable(),
  label: z.string().nullable(),
  isDefault: z.boolean(),
});

const organizationFields = {
  legalName: text(200).min(1, { message: 'validation.required' }),
  legalForm: z.enum(LEGAL_FORMS).nullable(),
  enterpriseNumber: text(20)
    .nullish()
    .transform((value) => (value ? value : null)),
  vatNumber: text(20)
    .nullish()
    .transform((value) => (value ? normalizeVatNumber(value) : null))
    .refine((value) => value === null || isValidVatNumber(value), {
      message: 'validation.vatNumber',
    }),
  vatRegime: z.enum(VAT_REGIMES),
  address: addressSchema,
  phone: optionalText(40),
  email: optionalEmailSchema,
  website: optionalText(200),
  registerCourt: optionalText(100),
  defaultLanguage: languageSchema,
  currency: z.enum(CURRENCIES),
};

export const updateOrganizationRequestSchema = z
  .strictObject({
    ...organizationFields,
    /** The VAT rate of a new document line without a product; absent: unchanged. */
    defaultVatRate: z.enum(VAT_RATES).optional(),
    bankAccounts: z.array(bankAccountInputSchema).max(10),
  })
  .superRefine((value, ctx) => {
    if (value.enterpriseNumber !== null) {
      const belgian = value.address.country === 'BE';
      if (belgian && !isValidEnterpriseNumber(value.enterpriseNumber)) {
        ctx.addIssue({
          code: 'custom',
          path: ['enterpriseNumber'],
          message: 'validation.enterpriseNumber',
        });
      }
    } else if (value.address.country === 'BE') {
      ctx.addIssue({ code: 'custom', path: ['enterpriseNumber'], message: 'validation.required' });
    }
    if (value.vatRegime === 'liable' && value.vatNumber === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['vatNumber'],
        message: 'validation.vatNumberRequired',
      });
    }
    const belgianVat = value.vatNumber?.startsWith('BE') && value.enterpriseNumber;
    if (
      belgianVat &&
      value.vatNumber !== `BE${normalizeEnterpriseNumber(value.enterpriseNumber ?? '')}`
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['vatNumber'],
        message: 'validation.vatMatchesEnterprise',
      });
    }
    if (value.bankAccounts.filter((account) => account.isDefault).length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['bankAccounts'],
        message: 'validation.oneDefaultAccount',
      });
    }
    const ibans = value.bankAccounts.map((account) => account.iban);
    if (new Set(ibans).size !== ibans.length) {
      ctx.addIssue({ code: 'custom', path: ['bankAccounts'], message: 'validation.duplicateIban' });
    }
  })
  .meta({ id: 'UpdateOrganizationRequest' });
export type UpdateOrganizationRequest = z.input<typeof updateOrganizationRequestSchema>;
export type UpdateOrganization = z.output<typeof updateOrganizationRequestSchema>;

export const organizationSchema = z
  .object({
    id: uuidSchema,
    legalName: z.string(),
    legalForm: z.enum(LEGAL_FORMS).nullable(),
    enterpriseNumber: z.string().nullable(),
    vatNumber: z.string().nullable(),
    vatRegime: z.enum(VAT_REGIMES),
    address: addressViewSchema,
    phone: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
    registerCourt: z.string().nullable(),
    defaultLanguage: languageSchema,
    currency: z.enum(CURRENCIES),
    /** The VAT rate a new document line without a product starts with (21 % unless changed). */
    defaultVatRate: z.enum(VAT_RATES),
    bankAccounts: z.array(bankAccountSchema),
    /** URL of the logo, with a version so browsers refetch after a change; null without a logo. */
    logoUrl: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Organization' });
export type Organization = z.infer<typeof organizationSchema>;

export const createOrganizationRequestSchema = z
  .strictObject({
    companyName: text(200).min(1, { message: 'validation.required' }),
    enterpriseNumber: text(20).nullish(),
    country: countrySchema,
  })
  .superRefine((value, ctx) => {
    const problem = checkCompanyNumber(value.country, value.enterpriseNumber);
    if (problem) ctx.addIssue({ code: 'custom', path: ['enterpriseNumber'], message: problem });
  })
  .meta({ id: 'CreateOrganizationRequest' });
export type CreateOrganizationRequest = z.input<typeof createOrganizationRequestSchema>;
