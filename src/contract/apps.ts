import { z } from 'zod';

/**
 * The apps of Facto (eFactori's "Activer les apps et connexions"): the base apps every
 * organization has, and the apps an owner may switch off. Later features add their app here.
 */
export const BASE_APPS = [
  'customers',
  'products',
  'quotes',
  'invoices',
  'creditNotes',
  'payments',
] as const;

/** Apps an owner may switch off: their menus, panels and routes disappear; their data is kept. */
export const OPTIONAL_APPS = ['peppol', 'purchases', 'reminders', 'subscriptions'] as const;

export const APPS = [...BASE_APPS, ...OPTIONAL_APPS] as const;
export type AppId = (typeof APPS)[number];
export type OptionalApp = (typeof OPTIONAL_APPS)[number];
export const optionalAppSchema = z.enum(OPTIONAL_APPS);

export const isOptionalApp = (value: string): value is OptionalApp =>
  (OPTIONAL_APPS as readonly string[]).includes(value);

export const appStateSchema = z
  .object({
    id: z.enum(APPS),
    /** A base app is always on. */
    base: z.boolean(),
    enabled: z.boolean(),
  })
  .meta({ id: 'AppState' });
export type AppState = z.infer<typeof appStateSchema>;

export const appListSchema = z.object({ items: z.array(appStateSchema) }).meta({ id: 'AppList' });
export type AppList = z.infer<typeof appListSchema>;

export const appParamsSchema = z.strictObject({ app: optionalAppSchema });

export const appSwitchRequestSchema = z
  .strictObject({ enabled: z.boolean() })
  .meta({ id: 'AppSwitchRequest' });
export type AppSwitchRequest = z.infer<typeof appSwitchRequestSchema>;
