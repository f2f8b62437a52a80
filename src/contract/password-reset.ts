import { z } from 'zod';
import { emailSchema, passwordSchema } from './auth.js';

// Forgotten password: a single-use link by e-mail, then a new password.

export const passwordResetRequestSchema = z
  .strictObject({ email: emailSchema })
  .meta({ id: 'PasswordResetRequest' });
export type PasswordResetRequest = z.input<typeof passwordResetRequestSchema>;

export const passwordResetConfirmRequestSchema = z
  .strictObject({
    token: z.string().min(20).max(200),
    /** The same rules as at sign-up. */
    password: passwordSchema,
  })
  .meta({ id: 'PasswordResetConfirmRequest' });
export type PasswordResetConfirmRequest = z.input<typeof passwordResetConfirmRequestSchema>;
