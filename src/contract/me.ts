import { z } from 'zod';
import { languageSchema, text, uuidSchema } from './common.js';
import { optionalAppSchema } from './apps.js';
import { roleSchema } from './auth.js';

export const userSchema = z.object({
  id: uuidSchema,
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  language: languageSchema,
});

export const membershipSummarySchema = z.object({
  organizationId: uuidSchema,
  name: z.string(),
  role: roleSchema,
});

export const meResponseSchema = z
  .object({
    user: userSchema,
    organization: z.object({ id: uuidSchema, name: z.string() }),
    role: roleSchema,
    /** Modules this user may use in the current organization (see MODULES), plus customers/products. */
    permissions: z.array(z.string()),
    language: languageSchema,
    /** The apps the organization switched off: their menus and panels are hidden. */
    disabledApps: z.array(optionalAppSchema),
    organizations: z.array(membershipSummarySchema),
    twoFactor: z.object({
      enabled: z.boolean(),
      /** The current organization requires two-factor login: without it, set it up first. */
      requiredByOrganization: z.boolean(),
    }),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof meResponseSchema>;

export const updateMeRequestSchema = z
  .strictObject({
    firstName: text(100).min(1, { message: 'validation.required' }).optional(),
    lastName: text(100).min(1, { message: 'validation.required' }).optional(),
    language: languageSchema.optional(),
  })
  .meta({ id: 'UpdateMeRequest' });
export type UpdateMeRequest = z.input<typeof updateMeRequestSchema>;

export const switchOrganizationRequestSchema = z
  .strictObject({ organizationId: uuidSchema })
  .meta({ id: 'SwitchOrganizationRequest' });
