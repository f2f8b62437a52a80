export { createDefaultReminders } from './reminders.repository.js';
export { reminderRoutes } from './reminders.routes.js';
export { REMINDERS_SEND_JOB, type ReminderMailer } from './reminder-delivery.js';
export {
  createReminderSettingsService,
  type ReminderSettingsService,
} from './reminder-settings.service.js';
export {
  createRemindersService,
  REMINDERS_RUN_JOB,
  type RemindersService,
} from './reminders.service.js';
