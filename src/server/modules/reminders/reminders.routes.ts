import type { reminderRoutes } from '../../../contract/index.js';
import { actorOf, authOf } from '../../platform/auth/actor.js';
import type { Handlers } from '../../platform/mount-routes.js';
import { SAME_ORIGIN_FRAME_HEADERS } from '../../platform/security-headers.js';
import type { ReminderSettingsService } from './reminder-settings.service.js';
import type { RemindersService } from './reminders.service.js';

/** The handlers of `reminderRoutes` (src/contract/routes/reminders.ts). */
export function reminderHandlers(deps: {
  reminders: RemindersService;
  settings: ReminderSettingsService;
}): Handlers<typeof reminderRoutes> {
  const { reminders, settings } = deps;
  return {
    runDue: async (request) => ({
      created: await reminders.runOrganization(authOf(request).organizationId),
      failed: 0,
    }),
    getSettings: async (request) => settings.get(authOf(request).organizationId),

    saveSettings: async (request) => settings.save(actorOf(request), request.body),

    invoiceReminders: async (request) =>
      reminders.forDocument(authOf(request).organizationId, 'invoice', request.params.id),

    setInvoiceAutomatic: async (request) =>
      reminders.setAutomatic(actorOf(request), 'invoice', request.params.id, request.body.enabled),

    quoteReminders: async (request) =>
      reminders.forDocument(authOf(request).organizationId, 'quote', request.params.id),

    setQuoteAutomatic: async (request) =>
      reminders.setAutomatic(actorOf(request), 'quote', request.params.id, request.body.enabled),

    sendNow: async (request) =>
      reminders.sendNow(actorOf(request), request.params.id, request.body),

    pdf: async (request, reply) => {
      const pdf = await reminders.pdf(authOf(request).organizationId, request.params.id);
      return reply
        .type('application/pdf')
        .headers(SAME_ORIGIN_FRAME_HEADERS)
        .header('content-disposition', `inline; filename="${pdf.filename}"`)
        .send(pdf.data);
    },
  };
}
