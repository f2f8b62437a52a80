import { z } from 'zod';

export const JOB_STATES = [
  'created',
  'retry',
  'active',
  'completed',
  'cancelled',
  'failed',
] as const;

/** A background job of the organization (PEPPOL sending, e-mail, reminders, subscriptions). */
export const jobSchema = z
  .object({
    id: z.string(),
    /** The queue, e.g. `peppol.send`, `email.send`. */
    name: z.string(),
    state: z.enum(JOB_STATES),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    /** Why the last try failed (failed or waiting for a retry). */
    error: z.string().nullable(),
    createdAt: z.string(),
    /** When a waiting job runs next. */
    runAt: z.string(),
    completedAt: z.string().nullable(),
  })
  .meta({ id: 'Job' });
export type Job = z.infer<typeof jobSchema>;

/**
 * What "run now" did (the daily reminder run or the hourly subscription run, for one company):
 * how many reminders or invoices it made, how many subscriptions failed.
 */
export const jobRunResultSchema = z
  .object({ created: z.number().int(), failed: z.number().int() })
  .meta({ id: 'JobRunResult' });
export type JobRunResult = z.infer<typeof jobRunResultSchema>;
