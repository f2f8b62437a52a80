import { z } from 'zod';
import { uuidSchema } from './common.js';

/** Everything Facto tells the team about (DOMAIN §11); each source emits through `notify`. */
export const NOTIFICATION_TYPES = [
  'reminderCreated',
  'subscriptionInvoiceCreated',
  'paymentReceived',
  'peppolSendFailed',
  'quoteSigned',
  'messageReceived',
  'emailFailed',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export const notificationSchema = z
  .object({
    id: uuidSchema,
    type: z.enum(NOTIFICATION_TYPES),
    /** Values the message is written with (a document number, a sender, an amount). */
    params: z.record(z.string(), z.string()),
    /** Where the notification leads in the app, e.g. `/invoices/…`. */
    link: z.string().nullable(),
    read: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListSchema = z
  .object({ unread: z.number().int(), items: z.array(notificationSchema) })
  .meta({ id: 'NotificationList' });
export type NotificationList = z.infer<typeof notificationListSchema>;
