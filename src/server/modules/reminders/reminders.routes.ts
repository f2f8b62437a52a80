import {
  automaticRemindersRequestSchema,
  jobRunResultSchema,
  documentRemindersSchema,
  idParamsSchema,
  reminderSchema,
  reminderSettingsRequestSchema,
  reminderSettingsSchema,
  sendReminderRequestSchema,
} from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import { Forbidden } from '../../platform/errors.js';
import { errorResponses as errors, type Api } from '../../platform/route-types.js';
import { SAME_ORIGIN_FRAME_HEADERS } from '../../platform/security-headers.js';
import type { ReminderSettingsService } from './reminder-settings.service.js';
import type { RemindersService } from './reminders.service.js';

/** Reminders belong to invoicing: the invoices module guards them (quotes' for quote reminders). */
const invoices = { access: 'invoices' } as const;

export function reminderRoutes(
  app: Api,
  deps: { reminders: RemindersService; settings: ReminderSettingsService },
): void {
  app.get('/api/v1/reminder-settings', {
    config: invoices,
    schema: {
      tags: ['reminders'],
      summary: 'The reminder sequence, quote reminders and legal interest rates',
      response: { 200: reminderSettingsSchema, ...errors },
    },
    handler: async (request) => deps.settings.get(authOf(request).organizationId),
  });

  app.put('/api/v1/reminder-settings', {
    config: invoices,
    schema: {
      tags: ['reminders'],
      summary: 'Replace the reminder settings, the sequence of steps and the interest rates',
      body: reminderSettingsRequestSchema,
      response: { 200: reminderSettingsSchema, ...errors },
    },
    handler: async (request) => deps.settings.save(actorOf(request), request.body),
  });

  app.post('/api/v1/reminder-settings/run', {
    config: invoices,
    schema: {
      tags: ['reminders'],
      summary:
        "Run today's reminder run now for the company (owners); what the daily run already made is not made again",
      response: { 200: jobRunResultSchema, ...errors },
    },
    handler: async (request) => {
      const auth = authOf(request);
      if (auth.role !== 'owner') throw Forbidden('error.ownerOnly');
      const created = await deps.reminders.runOrganization(auth.organizationId);
      return { created, failed: 0 };
    },
  });

  for (const [type, path, access] of [
    ['invoice', 'invoices', 'invoices'],
    ['quote', 'quotes', 'quotes'],
  ] as const) {
    app.get(`/api/v1/${path}/:id/reminders`, {
      config: { access },
      schema: {
        tags: ['reminders'],
        summary: `The ${type}'s reminders, its automatic-reminders switch and the next step`,
        params: idParamsSchema,
        response: { 200: documentRemindersSchema, ...errors },
      },
      handler: async (request) =>
        deps.reminders.forDocument(authOf(request).organizationId, type, request.params.id),
    });

    app.put(`/api/v1/${path}/:id/automatic-reminders`, {
      config: { access },
      schema: {
        tags: ['reminders'],
        summary: `Switch automatic reminders of this ${type} on or off`,
        params: idParamsSchema,
        body: automaticRemindersRequestSchema,
        response: { 200: documentRemindersSchema, ...errors },
      },
      handler: async (request) =>
        deps.reminders.setAutomatic(
          actorOf(request),
          type,
          request.params.id,
          request.body.enabled,
        ),
    });
  }

  app.post('/api/v1/invoices/:id/reminders', {
    config: invoices,
    schema: {
      tags: ['reminders'],
      summary: 'Send the next reminder step now (by e-mail when possible, else as a PDF to post)',
      params: idParamsSchema,
      body: sendReminderRequestSchema,
      response: { 201: reminderSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await deps.reminders.sendNow(actorOf(request), request.params.id, request.body)),
  });

  app.get('/api/v1/reminders/:id/pdf', {
    config: invoices,
    schema: {
      tags: ['reminders'],
      summary: 'The reminder as a PDF/A-3b file, as it was made',
      params: idParamsSchema,
      produces: ['application/pdf'],
    },
    handler: async (request, reply) => {
      const pdf = await deps.reminders.pdf(authOf(request).organizationId, request.params.id);
      return reply
        .type('application/pdf')
        .headers(SAME_ORIGIN_FRAME_HEADERS)
        .header('content-disposition', `inline; filename="${pdf.filename}"`)
        .send(pdf.data);
    },
  });
}
