import { z } from 'zod';
import { passwordSchema } from './auth.js';
import { uuidSchema, text, textSchema } from './common.js';

/** A code from an authenticator app: six digits (spaces people type are ignored). */
export const totpCodeSchema = textSchema({ max: 64, trim: false })
  .transform((value) => value.replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, { message: 'validation.twoFactorCode' }));

/** A recovery code as shown to the user (`xxxx-xxxx-xxxx-xxxx`); case and dashes are forgiven. */
export const recoveryCodeSchema = z
  .string()
  .max(64)
  .transform((value) => value.replace(/[\s-]/g, '').toLowerCase())
  .pipe(z.string().regex(/^[0-9a-z]{16}$/, { message: 'validation.recoveryCode' }));

/** The answer of `POST /auth/login` when the account has two-factor login: no session yet. */
export const twoFactorChallengeSchema = z
  .object({ twoFactorRequired: z.literal(true) })
  .meta({ id: 'TwoFactorChallenge' });
export type TwoFactorChallenge = z.infer<typeof twoFactorChallengeSchema>;

/** Second login step: exactly one of an app code or a recovery code. */
export const twoFactorLoginRequestSchema = z
  .strictObject({
    code: totpCodeSchema.optional(),
    recoveryCode: recoveryCodeSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.code === undefined) === (value.recoveryCode === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: 'validation.required' });
    }
  })
  .meta({ id: 'TwoFactorLoginRequest' });
export type TwoFactorLoginRequest = z.input<typeof twoFactorLoginRequestSchema>;

export const changePasswordRequestSchema = z
  .strictObject({
    currentPassword: textSchema({ max: 128, trim: false }).min(1, {
      message: 'validation.required',
    }),
    newPassword: passwordSchema,
  })
  .meta({ id: 'ChangePasswordRequest' });
export type ChangePasswordRequest = z.input<typeof changePasswordRequestSchema>;

export const twoFactorStatusSchema = z
  .object({
    enabled: z.boolean(),
    enabledAt: z.string().nullable(),
    /** Unused recovery codes left. */
    recoveryCodesLeft: z.number().int(),
    /** The current organization requires every user to have two-factor login. */
    requiredByOrganization: z.boolean(),
    /** A mobile number can be verified by SMS (an SMS transport is configured). */
    smsAvailable: z.boolean(),
    phone: z.object({ number: z.string(), verified: z.boolean() }).nullable(),
  })
  .meta({ id: 'TwoFactorStatus' });
export type TwoFactorStatus = z.infer<typeof twoFactorStatusSchema>;

export const twoFactorSetupSchema = z
  .object({
    /** Base32 secret, for typing into an app that cannot scan. */
    secret: z.string(),
    otpauthUri: z.string(),
    /** The URI as a QR code, an SVG document. */
    qrSvg: z.string(),
  })
  .meta({ id: 'TwoFactorSetup' });
export type TwoFactorSetup = z.infer<typeof twoFactorSetupSchema>;

export const enableTwoFactorRequestSchema = z
  .strictObject({ code: totpCodeSchema })
  .meta({ id: 'EnableTwoFactorRequest' });
export type EnableTwoFactorRequest = z.input<typeof enableTwoFactorRequestSchema>;

/** Shown once: only their hashes are kept. */
export const recoveryCodesSchema = z
  .object({ recoveryCodes: z.array(z.string()) })
  .meta({ id: 'RecoveryCodes' });
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;

/** Turning two-factor off asks for the password and a code (app or recovery code). */
export const disableTwoFactorRequestSchema = z
  .strictObject({
    password: textSchema({ max: 128, trim: false }).min(1, { message: 'validation.required' }),
    code: text(64).min(1, { message: 'validation.required' }),
  })
  .meta({ id: 'DisableTwoFactorRequest' });
export type DisableTwoFactorRequest = z.input<typeof disableTwoFactorRequestSchema>;

export const regenerateRecoveryCodesRequestSchema = z
  .strictObject({
    password: textSchema({ max: 128, trim: false }).min(1, { message: 'validation.required' }),
  })
  .meta({ id: 'RegenerateRecoveryCodesRequest' });
export type RegenerateRecoveryCodesRequest = z.input<typeof regenerateRecoveryCodesRequestSchema>;

export const sessionSchema = z
  .object({
    id: uuidSchema,
    userAgent: z.string().nullable(),
    ip: z.string().nullable(),
    createdAt: z.string(),
    lastSeenAt: z.string(),
    /** The session this request was made with. */
    current: z.boolean(),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof sessionSchema>;

export const sessionListSchema = z.array(sessionSchema).meta({ id: 'SessionList' });

export const revokedSessionsSchema = z
  .object({ revoked: z.number().int() })
  .meta({ id: 'RevokedSessions' });

export const organizationSecuritySchema = z
  .object({ requireTwoFactor: z.boolean() })
  .meta({ id: 'OrganizationSecurity' });
export type OrganizationSecurity = z.infer<typeof organizationSecuritySchema>;

export const updateOrganizationSecurityRequestSchema = z
  .strictObject({ requireTwoFactor: z.boolean() })
  .meta({ id: 'UpdateOrganizationSecurityRequest' });
export type UpdateOrganizationSecurityRequest = z.input<
  typeof updateOrganizationSecurityRequestSchema
>;

/** International format: + and 8 to 15 digits (E.164); spaces, dots and dashes are dropped. */
export const phoneNumberSchema = z
  .string()
  .max(32)
  .transform((value) => value.replace(/[\s.()/-]/g, ''))
  .pipe(z.string().regex(/^\+[1-9]\d{7,14}$/, { message: 'validation.phone' }));

export const startPhoneVerificationRequestSchema = z
  .strictObject({ phone: phoneNumberSchema })
  .meta({ id: 'StartPhoneVerificationRequest' });
export type StartPhoneVerificationRequest = z.input<typeof startPhoneVerificationRequestSchema>;

export const confirmPhoneRequestSchema = z
  .strictObject({ code: totpCodeSchema })
  .meta({ id: 'ConfirmPhoneRequest' });
export type ConfirmPhoneRequest = z.input<typeof confirmPhoneRequestSchema>;

export const smsOutboxMessageSchema = z
  .object({
    id: uuidSchema,
    phone: z.string(),
    body: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'SmsOutboxMessage' });
export type SmsOutboxMessage = z.infer<typeof smsOutboxMessageSchema>;

export const smsOutboxSchema = z.array(smsOutboxMessageSchema).meta({ id: 'SmsOutbox' });
