export { createDefaultReminders } from './reminders.repository.js';
export { reminderHandlers } from './reminders.routes.js';
export { type ReminderMailer } from './reminder-delivery.js';
export { REMINDERS_RUN_JOB, REMINDERS_SEND_JOB } from './reminders.jobs.js';
export {
  createReminderSettingsService,
  type ReminderSettingsService,
} from './reminder-settings.service.js';
export { createRemindersService, type RemindersService } from './reminders.service.js';
