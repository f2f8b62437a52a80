import type { JobHandler, JobQueue } from '../../platform/jobs/job-queue.js';

export const PEPPOL_SEND_JOB = 'peppol.send';
export const PEPPOL_STATUS_JOB = 'peppol.status';
export const PEPPOL_POLL_JOB = 'peppol.poll';

/** A transmission of a document to the access point, identified in its organization. */
export interface TransmissionJob {
  organizationId: string;
  transmissionId: string;
}

/** Sending a document, then asking for its delivery report until it is delivered or failed. */
export function definePeppolJobs(
  jobs: JobQueue,
  handlers: { send: JobHandler<TransmissionJob>; checkStatus: JobHandler<TransmissionJob> },
): void {
  jobs.define<TransmissionJob>(PEPPOL_SEND_JOB, { retryLimit: 6, retryDelay: 30 }, handlers.send);
  jobs.define<TransmissionJob>(
    PEPPOL_STATUS_JOB,
    { retryLimit: 10, retryDelay: 60 },
    handlers.checkStatus,
  );
}

/** Fetches what the access point holds for the organization; each document is marked once stored. */
export function defineInboxJobs(
  jobs: JobQueue,
  poll: (organizationId: string) => Promise<unknown>,
): void {
  jobs.define<{ organizationId: string }>(
    PEPPOL_POLL_JOB,
    { retryLimit: 3, retryDelay: 60 },
    async ({ data }) => {
      await poll(data.organizationId);
    },
  );
}
