import { z } from 'zod';
import { textSchema } from './common.js';
import { emailSchema, passwordSchema } from './auth.js';

// Forgotten password: a single-use link by e-mail, then a new password.

export const passwordResetRequestSchema = z
  .strictObject({ email: emailSchema })
  .meta({ id: 'PasswordResetRequest' });
export type PasswordResetRequest = z.input<typeof passwordResetRequestSchema>;

export const passwordResetConfirmRequestSchema = z
  .strictObject({
    token: textSchema({ max: 200, trim: false }).min(20),
    /** The same rules as at sign-up. */
    password: passwordSchema,
  })
  .meta({ id: 'PasswordResetConfirmRequest' });
export type PasswordResetConfirmRequest = z.input<typeof passwordResetConfirmRequestSchema>;
