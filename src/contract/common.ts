import { z } from 'zod';

// Missing values are told apart from wrong types here, where the input is still known (issues
// do not carry their input once they reach an error handler). Explicit messages still win.
z.config({
  customError: (issue) =>
    issue.code === 'invalid_type' && issue.input === undefined ? 'validation.required' : undefined,
});

/** Interface languages. Documents may also be printed in German (later issues). */
export const LANGUAGES = ['fr', 'nl', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const uuidSchema = z.uuid();

/** ISO 3166-1 alpha-2 country code, upper case. */
export const countrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { message: 'validation.country' });

/** A bounded single-line text: trims, refuses control characters, caps the length. */
export function text(max = 200) {
  return (
    z
      .string()
      .trim()
      .max(max)
      // eslint-disable-next-line no-control-regex
      .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), {
        message: 'validation.controlCharacters',
      })
  );
}

/** Text that may span lines (notes, descriptions): line breaks and tabs allowed, other controls not. */
export function multilineText(max = 5000) {
  return (
    z
      .string()
      .trim()
      .max(max)
      // eslint-disable-next-line no-control-regex
      .refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value), {
        message: 'validation.controlCharacters',
      })
  );
}

export function optionalMultilineText(max = 5000) {
  return multilineText(max)
    .nullish()
    .transform((value) => (value ? value : null));
}

/** Optional text: empty strings become null so "cleared" and "absent" mean the same. */
export function optionalText(max = 200) {
  return text(max)
    .nullish()
    .transform((value) => (value ? value : null));
}

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** Query of every list endpoint: page-based pagination and `field:asc|desc` sorting. */
export function listQuerySchema<const S extends readonly [string, ...string[]]>(sortable: S) {
  return z.strictObject({
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(25),
    sort: z
      .string()
      .regex(new RegExp(`^(${sortable.join('|')}):(asc|desc)$`), { message: 'validation.sort' })
      .default(`${sortable[0]}:asc`),
    q: z.string().trim().max(200).optional(),
  });
}

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}
