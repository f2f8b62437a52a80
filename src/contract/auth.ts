import { z } from 'zod';
import {
  isValidEnterpriseNumber,
  isValidVatNumber,
  normalizeEnterpriseNumber,
  normalizeVatNumber,
} from '../core/identifiers/index.js';
import { countrySchema, languageSchema, text, textSchema } from './common.js';

/** `support`: platform support staff inside an organization that allowed it (never stored). */
export const ROLES = ['owner', 'employee', 'accountant', 'support'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/**
 * Modules an employee can be granted one by one. Customers and products are open to every user,
 * so they are not in this list.
 */
export const MODULES = [
  'quotes',
  'invoices',
  'creditNotes',
  'payments',
  'purchases',
  'reports',
  'settings',
] as const;
export const moduleSchema = z.enum(MODULES);
export type Module = z.infer<typeof moduleSchema>;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'validation.email' }));

/** At least 10 characters (above the OWASP floor of 8); at most 128 so hashing stays bounded. */
export const passwordSchema = textSchema({ max: 128, trim: false }).min(10, {
  message: 'validation.passwordTooShort',
});

/**
 * Enterprise or VAT number typed at sign-up. Belgian companies must give a number that passes
 * the mod-97 check; elsewhere an EU VAT number is checked for shape.
 */
export function checkCompanyNumber(
  country: string,
  value: string | null | undefined,
): string | null {
  if (!value) return country === 'BE' ? 'validation.required' : null;
  if (country === 'BE')
    return isValidEnterpriseNumber(value) ? null : 'validation.enterpriseNumber';
  return isValidVatNumber(value) ? null : 'validation.vatNumber';
}

export function normalizeCompanyNumber(country: string, value: string): string {
  return country === 'BE' ? normalizeEnterpriseNumber(value) : normalizeVatNumber(value);
}

export const signupRequestSchema = z
  .strictObject({
    companyName: text(200).min(1, { message: 'validation.required' }),
    enterpriseNumber: text(20).nullish(),
    country: countrySchema,
    firstName: text(100).min(1, { message: 'validation.required' }),
    lastName: text(100).min(1, { message: 'validation.required' }),
    email: emailSchema,
    password: passwordSchema,
    language: languageSchema,
  })
  .superRefine((value, ctx) => {
    const problem = checkCompanyNumber(value.country, value.enterpriseNumber);
    if (problem) ctx.addIssue({ code: 'custom', path: ['enterpriseNumber'], message: problem });
  })
  .meta({ id: 'SignupRequest' });
export type SignupRequest = z.input<typeof signupRequestSchema>;

export const loginRequestSchema = z
  .strictObject({
    email: emailSchema,
    password: textSchema({ max: 128, trim: false }).min(1, { message: 'validation.required' }),
  })
  .meta({ id: 'LoginRequest' });
export type LoginRequest = z.input<typeof loginRequestSchema>;

export const csrfResponseSchema = z.object({ csrfToken: z.string() }).meta({ id: 'CsrfToken' });
