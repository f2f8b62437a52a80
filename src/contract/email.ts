import { z } from 'zod';
import { unknownTags } from '../core/tags/index.js';
import { emailSchema } from './auth.js';
import { multilineText, optionalText, pageSchema, text, uuidSchema, textSchema } from './common.js';
import { DOCUMENT_LANGUAGES } from './customers.js';
import { DOCUMENT_TYPES } from './documents.js';

// E-mail: how a company sends (Facto's general sender or its own SMTP server), its texts per
// document type and language with tags, the files attached automatically, documents sent by
// e-mail, and the built-in mailbox that keeps what would have been sent when no SMTP exists.

/** E-mail texts exist per document type; reminders get theirs too. */
export const EMAIL_TEMPLATE_KINDS = [...DOCUMENT_TYPES, 'reminder'] as const;
export type EmailTemplateKind = (typeof EMAIL_TEMPLATE_KINDS)[number];
/**
 * What a message was about: a template kind, the test message of the settings page, a "payment
 * received" message to a customer, or a team invitation.
 */
export const EMAIL_KINDS = [...EMAIL_TEMPLATE_KINDS, 'test', 'payment', 'invitation'] as const;

export const EMAIL_SENDING = ['general', 'smtp'] as const;
export const SMTP_SECURITY = ['none', 'starttls', 'tls'] as const;
export const EMAIL_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];
/** `mailbox`: kept in the built-in mailbox because no SMTP server is configured at all. */
export const EMAIL_TRANSPORTS = ['general', 'smtp', 'mailbox'] as const;
export type EmailTransport = (typeof EMAIL_TRANSPORTS)[number];

/** Automatic attachments: PDF only, 5 MB at most each. */
export const EMAIL_ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
/** At most this many recipients in each of to, cc and bcc. */
export const EMAIL_MAX_RECIPIENTS = 20;

/** One address: no name, no comma, no line break — nothing that could reach a header unparsed. */
export const emailAddressSchema = emailSchema;
export const emailListSchema = z.array(emailAddressSchema).max(EMAIL_MAX_RECIPIENTS);

/** A subject or body may use only known tags: an unknown one would otherwise be sent as typed. */
function knownTagsOnly<T extends z.ZodType<string>>(schema: T) {
  return schema.refine((value) => unknownTags(value).length === 0, {
    message: 'validation.unknownTag',
  });
}

/** One line: control characters (CR, LF) are refused, so a subject can never add a header. */
export const emailSubjectSchema = knownTagsOnly(
  text(300).min(1, { message: 'validation.required' }),
);
export const emailBodySchema = knownTagsOnly(
  multilineText(20_000).min(1, { message: 'validation.required' }),
);

const hostnameSchema = text(253)
  .min(1, { message: 'validation.required' })
  .refine((value) => /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(value), {
    message: 'validation.hostname',
  });

// ---- Settings -----------------------------------------------------------------------------------

export const emailAttachmentSchema = z
  .object({
    id: uuidSchema,
    language: z.enum(DOCUMENT_LANGUAGES),
    filename: z.string(),
    size: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'EmailAttachment' });
export type EmailAttachment = z.infer<typeof emailAttachmentSchema>;

export const emailSettingsSchema = z
  .object({
    sending: z.enum(EMAIL_SENDING),
    /** Whether this installation has a general sender (FACTO_SMTP_URL). */
    generalSenderAvailable: z.boolean(),
    /** Where the next message goes with the saved settings. */
    transport: z.enum(EMAIL_TRANSPORTS),
    smtp: z
      .object({
        host: z.string(),
        port: z.number().int(),
        security: z.enum(SMTP_SECURITY),
        user: z.string().nullable(),
        /** The password is never sent back; this says whether one is stored. */
        hasPassword: z.boolean(),
        fromAddress: z.string(),
        fromName: z.string().nullable(),
      })
      .nullable(),
    defaultCc: z.array(z.string()),
    defaultBcc: z.array(z.string()),
    /** E-mail the customer when a payment of theirs is recorded (full, partial or too much). */
    paymentConfirmation: z.boolean(),
    attachments: z.array(emailAttachmentSchema),
  })
  .meta({ id: 'EmailSettings' });
export type EmailSettings = z.infer<typeof emailSettingsSchema>;

export const smtpSettingsRequestSchema = z.strictObject({
  host: hostnameSchema,
  port: z.number().int().min(1).max(65535),
  security: z.enum(SMTP_SECURITY),
  user: optionalText(200),
  /** Absent or empty: keep the stored password. */
  password: textSchema({ max: 500, trim: false }).optional(),
  fromAddress: emailAddressSchema,
  fromName: optionalText(100),
});

export const emailSettingsRequestSchema = z
  .strictObject({
    sending: z.enum(EMAIL_SENDING),
    /** Required with `sending: 'smtp'`; kept (not cleared) when switching back to general. */
    smtp: smtpSettingsRequestSchema.nullable().default(null),
    defaultCc: emailListSchema.default([]),
    defaultBcc: emailListSchema.default([]),
    /** Absent: kept as saved. */
    paymentConfirmation: z.boolean().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.sending === 'smtp' && !value.smtp)
      ctx.addIssue({ code: 'custom', path: ['smtp'], message: 'validation.required' });
  })
  .meta({ id: 'EmailSettingsRequest' });
export type EmailSettingsRequest = z.input<typeof emailSettingsRequestSchema>;

export const emailTestRequestSchema = z
  .strictObject({
    to: emailAddressSchema,
    /** Unsaved settings to try; absent: the saved ones. */
    settings: emailSettingsRequestSchema.optional(),
  })
  .meta({ id: 'EmailTestRequest' });
export type EmailTestRequest = z.input<typeof emailTestRequestSchema>;

export const emailTestResultSchema = z
  .object({
    ok: z.boolean(),
    transport: z.enum(EMAIL_TRANSPORTS),
    /** The server's last answer (`250 2.0.0 Ok: queued as …`), or null. */
    response: z.string().nullable(),
    /** What went wrong, as the server or the network said it. */
    error: z.string().nullable(),
  })
  .meta({ id: 'EmailTestResult' });
export type EmailTestResult = z.infer<typeof emailTestResultSchema>;

export const emailAttachmentQuerySchema = z.strictObject({
  language: z.enum(DOCUMENT_LANGUAGES),
});

// ---- Texts --------------------------------------------------------------------------------------

export const emailTemplateSchema = z
  .object({
    kind: z.enum(EMAIL_TEMPLATE_KINDS),
    language: z.enum(DOCUMENT_LANGUAGES),
    subject: z.string(),
    body: z.string(),
    /** True while the built-in text is used. */
    isDefault: z.boolean(),
  })
  .meta({ id: 'EmailTemplate' });
export type EmailTemplate = z.infer<typeof emailTemplateSchema>;

export const emailTemplateParamsSchema = z.strictObject({
  kind: z.enum(EMAIL_TEMPLATE_KINDS),
  language: z.enum(DOCUMENT_LANGUAGES),
});

export const emailTemplateRequestSchema = z
  .strictObject({ subject: emailSubjectSchema, body: emailBodySchema })
  .meta({ id: 'EmailTemplateRequest' });
export type EmailTemplateRequest = z.input<typeof emailTemplateRequestSchema>;

export const emailPreviewRequestSchema = z
  .strictObject({
    kind: z.enum(EMAIL_TEMPLATE_KINDS),
    language: z.enum(DOCUMENT_LANGUAGES),
    subject: emailSubjectSchema,
    body: emailBodySchema,
    /** The document to fill the tags with; absent: the latest one of that type. */
    documentId: uuidSchema.optional(),
  })
  .meta({ id: 'EmailPreviewRequest' });
export type EmailPreviewRequest = z.input<typeof emailPreviewRequestSchema>;

export const emailPreviewSchema = z
  .object({
    subject: z.string(),
    /** A whole HTML page; images are inline (data: URLs). */
    html: z.string(),
    text: z.string(),
    documentId: uuidSchema,
    documentNumber: z.string().nullable(),
  })
  .meta({ id: 'EmailPreview' });
export type EmailPreview = z.infer<typeof emailPreviewSchema>;

// ---- Sending documents --------------------------------------------------------------------------

/** What the "Send by e-mail" form starts with. */
export const emailDraftSchema = z
  .object({
    kind: z.enum(EMAIL_TEMPLATE_KINDS),
    language: z.enum(DOCUMENT_LANGUAGES),
    to: z.array(z.string()),
    cc: z.array(z.string()),
    bcc: z.array(z.string()),
    /** The template, tags not yet filled in: they are filled when the message leaves. */
    subject: z.string(),
    body: z.string(),
    /** Invoices and credit notes can carry their UBL file. */
    canAttachUbl: z.boolean(),
    transport: z.enum(EMAIL_TRANSPORTS),
  })
  .meta({ id: 'EmailDraft' });
export type EmailDraft = z.infer<typeof emailDraftSchema>;

export const sendEmailRequestSchema = z
  .strictObject({
    to: emailListSchema.min(1, { message: 'validation.required' }),
    cc: emailListSchema.default([]),
    bcc: emailListSchema.default([]),
    subject: emailSubjectSchema,
    body: emailBodySchema,
    attachUbl: z.boolean().default(false),
  })
  .meta({ id: 'SendEmailRequest' });
export type SendEmailRequest = z.input<typeof sendEmailRequestSchema>;

export const sendEmailQuerySchema = z.strictObject({
  /** `true`: finalise a draft and send it in one action. */
  finalize: z.enum(['true', 'false']).default('false'),
});

export const emailMessageAttachmentSchema = z.object({
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
});

export const emailMessageSchema = z
  .object({
    id: uuidSchema,
    documentId: uuidSchema.nullable(),
    kind: z.enum(EMAIL_KINDS),
    status: z.enum(EMAIL_STATUSES),
    transport: z.enum(EMAIL_TRANSPORTS).nullable(),
    to: z.array(z.string()),
    cc: z.array(z.string()),
    bcc: z.array(z.string()),
    subject: z.string(),
    attachments: z.array(emailMessageAttachmentSchema),
    attempts: z.number().int(),
    error: z.string().nullable(),
    serverMessageId: z.string().nullable(),
    serverResponse: z.string().nullable(),
    queuedAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .meta({ id: 'EmailMessage' });
export type EmailMessage = z.infer<typeof emailMessageSchema>;

export const emailMessageListSchema = z.array(emailMessageSchema).meta({ id: 'EmailMessageList' });

export const emailMessageParamsSchema = z.strictObject({ id: uuidSchema, emailId: uuidSchema });

// ---- Built-in mailbox ---------------------------------------------------------------------------

export const mailboxQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type MailboxQuery = z.input<typeof mailboxQuerySchema>;

export const mailboxPageSchema = pageSchema(emailMessageSchema).meta({ id: 'MailboxPage' });
export type MailboxPage = z.infer<typeof mailboxPageSchema>;

export const mailboxMessageSchema = emailMessageSchema
  .extend({
    from: z.string().nullable(),
    replyTo: z.string().nullable(),
    text: z.string(),
    /** The HTML part as a whole page, the logo inline (data: URL). */
    html: z.string().nullable(),
  })
  .meta({ id: 'MailboxMessage' });
export type MailboxMessage = z.infer<typeof mailboxMessageSchema>;

export const mailboxAttachmentParamsSchema = z.strictObject({
  id: uuidSchema,
  index: z.coerce.number().int().min(0).max(100),
});
