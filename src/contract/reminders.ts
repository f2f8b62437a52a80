import { z } from 'zod';
import { unknownTags } from '../core/tags/index.js';
import { multilineText, text, uuidSchema } from './common.js';

// Reminders (DOMAIN §9): the organization's sequence of steps, the legal interest rates, and the
// reminders made for invoices (automatically by the daily job, or on request) and quotes.

/** Reminder texts exist in these languages; a document in German uses the English ones. */
export const REMINDER_TEXT_LANGUAGES = ['fr', 'nl', 'en'] as const;
export type ReminderTextLanguage = (typeof REMINDER_TEXT_LANGUAGES)[number];

/** Only tags Facto knows: an unknown one would reach the customer as typed. */
function knownTags<T extends z.ZodType<string>>(schema: T) {
  return schema.refine((value) => unknownTags(value).length === 0, {
    message: 'validation.unknownTag',
  });
}

const subjectSchema = knownTags(text(300).min(1, { message: 'validation.required' }));
const bodySchema = knownTags(multilineText(10_000).min(1, { message: 'validation.required' }));

export const reminderStepTextSchema = z.strictObject({
  subject: subjectSchema,
  body: bodySchema,
  /** Printed at the bottom of the reminder PDF. */
  bottom: knownTags(multilineText(2000)),
});
export const reminderStepTextsSchema = z.strictObject({
  fr: reminderStepTextSchema,
  nl: reminderStepTextSchema,
  en: reminderStepTextSchema,
});
export type ReminderStepTexts = z.infer<typeof reminderStepTextsSchema>;

const emailTextSchema = z.strictObject({ subject: subjectSchema, body: bodySchema });
export const reminderTextsSchema = z.strictObject({
  fr: emailTextSchema,
  nl: emailTextSchema,
  en: emailTextSchema,
});
export type ReminderTexts = z.infer<typeof reminderTextsSchema>;

export const reminderStepInputSchema = z.strictObject({
  /** Absent for a new step; kept for an existing one so its history stays attached. */
  id: uuidSchema.optional(),
  name: text(100).min(1, { message: 'validation.required' }),
  daysAfterDue: z.number().int().min(0).max(3650),
  /** The new deadline: this many days after the reminder's date. */
  paymentTermDays: z.number().int().min(0).max(365),
  /** Businesses and consumers: late interest at the legal rate (consumers: never on the first reminder). */
  addInterest: z.boolean(),
  /** Businesses: the flat 40 EUR, claimed once per invoice. */
  addIndemnity: z.boolean(),
  /** Consumers: damages at the legal cap, never on the first reminder. */
  addDamages: z.boolean(),
  texts: reminderStepTextsSchema,
});
export type ReminderStepInput = z.input<typeof reminderStepInputSchema>;

export const reminderStepSchema = z
  .object({
    id: uuidSchema,
    name: z.string(),
    daysAfterDue: z.number().int(),
    paymentTermDays: z.number().int(),
    addInterest: z.boolean(),
    addIndemnity: z.boolean(),
    addDamages: z.boolean(),
    texts: z.object({
      fr: z.object({ subject: z.string(), body: z.string(), bottom: z.string() }),
      nl: z.object({ subject: z.string(), body: z.string(), bottom: z.string() }),
      en: z.object({ subject: z.string(), body: z.string(), bottom: z.string() }),
    }),
  })
  .meta({ id: 'ReminderStep' });
export type ReminderStep = z.infer<typeof reminderStepSchema>;

const rateString = z
  .string()
  .regex(/^\d{1,2}(\.\d{1,2})?$/, { message: 'validation.percent' })
  .refine((value) => Number(value) <= 50, { message: 'validation.percent' });

export const referenceRateSchema = z
  .strictObject({
    year: z.number().int().min(2000).max(2100),
    semester: z.union([z.literal(1), z.literal(2)]),
    /** Percent per year, e.g. `10.5`. */
    ratePercent: rateString,
  })
  .meta({ id: 'ReferenceRate' });
export type ReferenceRateRow = z.infer<typeof referenceRateSchema>;

export const MAX_REMINDER_STEPS = 10;

export const reminderSettingsRequestSchema = z
  .strictObject({
    /** The daily job reminds this organization's customers only when this is on. */
    enabled: z.boolean(),
    /** Remind customers this many days before a sent quote expires; null = never. */
    quoteDaysBefore: z.number().int().min(1).max(90).nullable(),
    quoteTexts: reminderTextsSchema,
    steps: z.array(reminderStepInputSchema).max(MAX_REMINDER_STEPS),
    rates: z.array(referenceRateSchema).max(200),
  })
  .superRefine((value, ctx) => {
    value.steps.forEach((step, i) => {
      const previous = value.steps[i - 1];
      if (previous && step.daysAfterDue <= previous.daysAfterDue)
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'daysAfterDue'],
          message: 'validation.reminderStepOrder',
        });
    });
    const seen = new Set<string>();
    value.rates.forEach((rate, i) => {
      const key = `${rate.year}-${rate.semester}`;
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['rates', i, 'semester'],
          message: 'validation.duplicateRate',
        });
      seen.add(key);
    });
  })
  .meta({ id: 'ReminderSettingsRequest' });
export type ReminderSettingsRequest = z.input<typeof reminderSettingsRequestSchema>;

export const reminderSettingsSchema = z
  .object({
    enabled: z.boolean(),
    quoteDaysBefore: z.number().int().nullable(),
    quoteTexts: z.object({
      fr: z.object({ subject: z.string(), body: z.string() }),
      nl: z.object({ subject: z.string(), body: z.string() }),
      en: z.object({ subject: z.string(), body: z.string() }),
    }),
    steps: z.array(reminderStepSchema),
    rates: z.array(
      z.object({ year: z.number().int(), semester: z.number().int(), ratePercent: z.string() }),
    ),
    /** When the daily job runs, local time in Belgium (`07:00`). */
    runsAt: z.string(),
    /** Whether reminders can go out by e-mail on this installation (else they are for printing). */
    emailAvailable: z.boolean(),
  })
  .meta({ id: 'ReminderSettings' });
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export const REMINDER_STATUSES = ['created', 'sent', 'failed'] as const;
export const REMINDER_CHANNELS = ['email', 'post'] as const;

export const interestPeriodSchema = z.object({
  from: z.string(),
  to: z.string(),
  days: z.number().int(),
  amount: z.string(),
  ratePercent: z.string(),
  interest: z.string(),
});

export const reminderSchema = z
  .object({
    id: uuidSchema,
    kind: z.enum(['invoice', 'quote']),
    documentId: uuidSchema,
    stepId: uuidSchema.nullable(),
    stepName: z.string(),
    /** 1 for the document's first reminder. */
    sequence: z.number().int(),
    manual: z.boolean(),
    date: z.string(),
    /** Which law applied: `b2b` (Law of 2 Aug 2002) or `b2c` (Book XIX). */
    customerKind: z.enum(['b2b', 'b2c']),
    channel: z.enum(REMINDER_CHANNELS),
    status: z.enum(REMINDER_STATUSES),
    emailTo: z.string().nullable(),
    currency: z.string(),
    openBalance: z.string(),
    interest: z.string(),
    interestPeriods: z.array(interestPeriodSchema),
    indemnity: z.string(),
    damages: z.string(),
    totalDue: z.string(),
    /** The new payment deadline (invoices). */
    newDueDate: z.string().nullable(),
    error: z.string().nullable(),
    /** The reminder as a PDF (invoices); null for a quote reminder, which is an e-mail only. */
    pdfUrl: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .meta({ id: 'Reminder' });
export type Reminder = z.infer<typeof reminderSchema>;

export const documentRemindersSchema = z
  .object({
    /** This document's switch (copied from the customer, changeable any time). */
    automaticReminders: z.boolean(),
    /** The organization's automatic reminders (Settings → Reminders). */
    organizationEnabled: z.boolean(),
    customerKind: z.enum(['b2b', 'b2c']),
    /** The step the daily job will send next and the day it becomes due, if any is left. */
    next: z.object({ stepName: z.string(), date: z.string() }).nullable(),
    /** Whether "send a reminder now" has a step left to send. */
    canSendNow: z.boolean(),
    items: z.array(reminderSchema),
  })
  .meta({ id: 'DocumentReminders' });
export type DocumentReminders = z.infer<typeof documentRemindersSchema>;

export const automaticRemindersRequestSchema = z
  .strictObject({ enabled: z.boolean() })
  .meta({ id: 'AutomaticRemindersRequest' });

export const sendReminderRequestSchema = z
  .strictObject({
    /** `post`: make the PDF to print and post, send no e-mail. Default: e-mail when possible. */
    channel: z.enum(REMINDER_CHANNELS).optional(),
  })
  .meta({ id: 'SendReminderRequest' });
export type SendReminderRequest = z.input<typeof sendReminderRequestSchema>;
