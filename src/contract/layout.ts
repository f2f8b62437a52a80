import { z } from 'zod';
import { DOCUMENT_LANGUAGES } from './customers.js';
import { DOCUMENT_TYPES } from './documents.js';

/** Built-in page designs of quotes, invoices and credit notes. */
export const LAYOUT_TEMPLATES = ['classic', 'modern', 'compact'] as const;
export type LayoutTemplate = (typeof LAYOUT_TEMPLATES)[number];

/** Embedded font families (every PDF embeds its fonts: PDF/A allows no others). */
export const LAYOUT_FONTS = ['sans', 'serif'] as const;
export type LayoutFont = (typeof LAYOUT_FONTS)[number];

/** Where the logo goes: top left (company details right), top right, or centred above them. */
export const LOGO_POSITIONS = ['left', 'right', 'center'] as const;
export type LogoPosition = (typeof LOGO_POSITIONS)[number];

/** `#RRGGBB`, stored lower case. */
export const hexColorSchema = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, { message: 'validation.color' })
  .transform((value) => value.toLowerCase());

const layoutFields = {
  template: z.enum(LAYOUT_TEMPLATES),
  color: hexColorSchema,
  font: z.enum(LAYOUT_FONTS),
  logoPosition: z.enum(LOGO_POSITIONS),
  /** Optional header fields and columns: printed only when switched on (and filled in). */
  showOrderReference: z.boolean(),
  showDeliveryDate: z.boolean(),
  showCustomerReference: z.boolean(),
  showUnitColumn: z.boolean(),
  showPaymentQr: z.boolean(),
};

export const DEFAULT_LAYOUT = {
  template: 'classic',
  color: '#1f4e79',
  font: 'sans',
  logoPosition: 'left',
  showOrderReference: true,
  showDeliveryDate: true,
  showCustomerReference: true,
  showUnitColumn: true,
  showPaymentQr: true,
} as const satisfies { [K in keyof typeof layoutFields]: z.output<(typeof layoutFields)[K]> };

export const layoutInputSchema = z.strictObject(layoutFields).meta({ id: 'DocumentLayoutRequest' });
export type LayoutInput = z.input<typeof layoutInputSchema>;
export type LayoutSettings = z.output<typeof layoutInputSchema>;

export const layoutSchema = z
  .object({
    ...layoutFields,
    color: z.string(),
    /** Null while the organization still uses the defaults. */
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'DocumentLayout' });
export type Layout = z.infer<typeof layoutSchema>;

/** Unsaved settings to preview; absent ones keep the saved value. */
export const layoutPreviewQuerySchema = z.strictObject({
  template: z.enum(LAYOUT_TEMPLATES).optional(),
  color: hexColorSchema.optional(),
  font: z.enum(LAYOUT_FONTS).optional(),
  logoPosition: z.enum(LOGO_POSITIONS).optional(),
  /** The sample document's type and language (default: an invoice in the organization's language). */
  type: z.enum(DOCUMENT_TYPES).optional(),
  language: z.enum(DOCUMENT_LANGUAGES).optional(),
});
export type LayoutPreviewQuery = z.output<typeof layoutPreviewQuerySchema>;
