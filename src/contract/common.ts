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

// NUL and the other C0 controls, DEL; the multiline variant lets tabs and line breaks through.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROLS_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** A UTF-16 surrogate without its pair: not encodable as UTF-8, so never stored or searched. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export interface TextOptions {
  /** Longest accepted text, after trimming. */
  max: number;
  /** Strip surrounding white space (default); passwords and secrets are kept as typed. */
  trim?: boolean;
  /** Allow line breaks and tabs (notes, descriptions, e-mail bodies). */
  multiline?: boolean;
}

/**
 * The one text schema of the contract: every free-text input field is built on it. It refuses
 * NUL and other control characters and lone surrogates with a translated field message (the
 * database would otherwise fail on them with a 500), and caps the length.
 */
export function textSchema({ max, trim = true, multiline = false }: TextOptions) {
  const controls = multiline ? CONTROLS_EXCEPT_LINES : CONTROLS;
  const base = trim ? z.string().trim() : z.string();
  return base.max(max).refine((value) => !controls.test(value) && !LONE_SURROGATE.test(value), {
    message: 'validation.controlCharacters',
  });
}

/** A bounded single-line text: trims, refuses control characters, caps the length. */
export function text(max = 200) {
  return textSchema({ max });
}

/** Text that may span lines (notes, descriptions): line breaks and tabs allowed, other controls not. */
export function multilineText(max = 5000) {
  return textSchema({ max, multiline: true });
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

/** An e-mail address that may be left out: blank is null, the address lower-cased. */
export const optionalEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .nullish()
  .transform((value) => (value ? value : null))
  .pipe(z.email({ message: 'validation.email' }).nullable());

/** A postal address as the API answers it (every line but the country may be empty). */
export const addressViewSchema = z.object({
  street: z.string().nullable(),
  number: z.string().nullable(),
  box: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string(),
});

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
    q: text(200).optional(),
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
