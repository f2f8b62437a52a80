import type { Deps } from '../../deps.js';
import type { ReminderDelivery, ReminderSendJob } from './reminder-delivery.js';
import type { ReminderRun } from './reminder-run.service.js';

export const REMINDERS_RUN_JOB = 'reminders.run';
/** The daily run: 07:00 in Belgium, summer and winter time alike (pg-boss cron, Europe/Brussels). */
export const REMINDERS_RUN_CRON = '0 7 * * *';
export const REMINDERS_SEND_JOB = 'reminders.send';

/**
 * The reminders' background work: the daily run for every organization that wants reminders
 * (a failing organization fails the job, and the retry only makes what is still missing), and
 * the e-mail of each reminder.
 */
export function registerReminderJobs(
  { jobs, clock }: Pick<Deps, 'jobs' | 'clock'>,
  work: { run: ReminderRun; delivery: ReminderDelivery },
): void {
  jobs.define(REMINDERS_RUN_JOB, { retryLimit: 3, retryDelay: 300 }, async () => {
    await work.run.runDue(clock.now());
  });
  jobs.schedule(REMINDERS_RUN_JOB, REMINDERS_RUN_CRON, {});

  jobs.define<ReminderSendJob>(
    REMINDERS_SEND_JOB,
    { retryLimit: 4, retryDelay: 60 },
    async ({ data, lastAttempt }) => work.delivery.send(data, lastAttempt),
  );
}
