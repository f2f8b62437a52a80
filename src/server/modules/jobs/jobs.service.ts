import type { Job } from '../../../contract/index.js';
import { NotFound } from '../../platform/errors.js';
import type { JobQueue } from '../../platform/jobs/job-queue.js';

/** The organization's background jobs for its owners: what waits, what failed and why, retry. */
export function createJobsService(jobs: JobQueue) {
  return {
    async list(organizationId: string): Promise<Job[]> {
      const rows = await jobs.listForOrganization(organizationId);
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        state: row.state,
        attempts: row.retryCount + (row.state === 'created' ? 0 : 1),
        maxAttempts: row.retryLimit + 1,
        error: row.error,
        createdAt: row.createdOn.toISOString(),
        runAt: row.startAfter.toISOString(),
        completedAt: row.completedOn?.toISOString() ?? null,
      }));
    },

    async retry(organizationId: string, id: string): Promise<void> {
      if (!(await jobs.retryFailed(organizationId, id))) throw NotFound();
    },
  };
}

export type JobsService = ReturnType<typeof createJobsService>;
