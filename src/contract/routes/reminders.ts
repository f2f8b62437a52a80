import { idParamsSchema } from '../customers.js';
import {
  automaticRemindersRequestSchema,
  documentRemindersSchema,
  reminderSchema,
  reminderSettingsRequestSchema,
  reminderSettingsSchema,
  sendReminderRequestSchema,
} from '../reminders.js';

import { jobRunResultSchema } from '../jobs.js';
import { defineRoutes } from './define.js';

/**
 * Reminders belong to invoicing: the invoices module guards them (quotes' for quote reminders).
 * "Run today's reminder run now" belongs to the jobs module's table.
 */
export const reminderRoutes = defineRoutes(
  'reminders',
  {
    getSettings: {
      method: 'GET',
      path: '/reminder-settings',
      access: 'invoices',
      summary: 'The reminder sequence, quote reminders and legal interest rates',
      response: reminderSettingsSchema,
    },
    saveSettings: {
      method: 'PUT',
      path: '/reminder-settings',
      access: 'invoices',
      summary: 'Replace the reminder settings, the sequence of steps and the interest rates',
      body: reminderSettingsRequestSchema,
      response: reminderSettingsSchema,
    },
    invoiceReminders: {
      method: 'GET',
      path: '/invoices/:id/reminders',
      access: 'invoices',
      summary: "The invoice's reminders, its automatic-reminders switch and the next step",
      params: idParamsSchema,
      response: documentRemindersSchema,
    },
    setInvoiceAutomatic: {
      method: 'PUT',
      path: '/invoices/:id/automatic-reminders',
      access: 'invoices',
      summary: 'Switch automatic reminders of this invoice on or off',
      params: idParamsSchema,
      body: automaticRemindersRequestSchema,
      response: documentRemindersSchema,
    },
    quoteReminders: {
      method: 'GET',
      path: '/quotes/:id/reminders',
      access: 'quotes',
      summary: "The quote's reminders, its automatic-reminders switch and the next step",
      params: idParamsSchema,
      response: documentRemindersSchema,
    },
    setQuoteAutomatic: {
      method: 'PUT',
      path: '/quotes/:id/automatic-reminders',
      access: 'quotes',
      summary: 'Switch automatic reminders of this quote on or off',
      params: idParamsSchema,
      body: automaticRemindersRequestSchema,
      response: documentRemindersSchema,
    },
    sendNow: {
      method: 'POST',
      path: '/invoices/:id/reminders',
      access: 'invoices',
      summary: 'Send the next reminder step now (by e-mail when possible, else as a PDF to post)',
      params: idParamsSchema,
      body: sendReminderRequestSchema,
      response: reminderSchema,
      status: 201,
    },
    pdf: {
      method: 'GET',
      path: '/reminders/:id/pdf',
      access: 'invoices',
      summary: 'The reminder as a PDF/A-3b file, as it was made',
      params: idParamsSchema,
      file: 'application/pdf',
    },
    runDue: {
      method: 'POST',
      path: '/reminder-settings/run',
      access: 'invoices',
      ownerOnly: true,
      summary:
        "Run today's reminder run now for the company (owners); what the daily run already made is not made again",
      response: jobRunResultSchema,
    },
  },
  { app: 'reminders' },
);
