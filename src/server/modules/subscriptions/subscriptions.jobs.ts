import type { Deps } from '../../deps.js';
import type { SubscriptionInvoicing } from './subscription-invoicing.service.js';
import type { SubscriptionSending, SubscriptionSendJob } from './subscription-sending.service.js';

export const SUBSCRIPTIONS_RUN_JOB = 'subscriptions.run';
export const SUBSCRIPTIONS_SEND_JOB = 'subscriptions.send';
/** Every hour, on the hour. */
export const SUBSCRIPTIONS_RUN_CRON = '0 * * * *';

/**
 * The subscriptions' background work: the hourly run for every organization (a job that names
 * one organization runs only that one), and the PEPPOL sending of the invoices it made.
 */
export function registerSubscriptionJobs(
  { jobs, clock }: Pick<Deps, 'jobs' | 'clock'>,
  work: { invoicing: SubscriptionInvoicing; sending: SubscriptionSending },
): void {
  jobs.define<{ organizationId?: string }>(
    SUBSCRIPTIONS_RUN_JOB,
    { retryLimit: 2, retryDelay: 60 },
    async ({ data }) => {
      await work.invoicing.runDue(
        clock.now(),
        data.organizationId ? { organizationId: data.organizationId } : {},
      );
    },
  );
  jobs.schedule(SUBSCRIPTIONS_RUN_JOB, SUBSCRIPTIONS_RUN_CRON, {});

  jobs.define<SubscriptionSendJob>(
    SUBSCRIPTIONS_SEND_JOB,
    { retryLimit: 5, retryDelay: 60 },
    async ({ data, lastAttempt }) => work.sending.sendByPeppol(data, lastAttempt),
  );
}
