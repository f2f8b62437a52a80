import { withTenant } from '../../db/tenant.js';
import type { Deps } from '../../deps.js';
import type { EmailDelivery } from './email-delivery.js';
import { EMAIL_SEND_JOB, enqueueSend, type SendJob } from './email-messages.js';
import { claimMessage, findMessage, findStaleClaims, touchClaim } from './email.repository.js';

/**
 * While a message is being sent its worker touches `claimed_at` every HEARTBEAT_MS; a claim not
 * touched for LEASE_MS belongs to a worker that died (process killed mid-conversation), and the
 * message is sent again, with the same Message-ID: at-least-once (docs/email-delivery.md).
 */
export const HEARTBEAT_MS = 10_000;
export const LEASE_MS = 30_000;
/** How often the processes running workers look for such messages. */
const RECOVERY_EVERY_SECONDS = 15;

/** The send job, and the recovery of messages whose worker died mid-send. */
export function registerEmailJobs(deps: Deps, delivery: EmailDelivery): void {
  const { db, clock, jobs } = deps;

  jobs.define<SendJob>(
    EMAIL_SEND_JOB,
    // Up to ~1 hour of an SMTP server being down: 1, 2, 4, 8, 16 and 32 minutes apart. Four at
    // once: while one message waits on its SMTP server, the next is built.
    { retryLimit: 6, retryDelay: 60, concurrency: 4 },
    async ({ data, lastAttempt }) => {
      const { organizationId, messageId } = data;
      const now = clock.now();
      // Claimed before the SMTP conversation: a repeated job finds it claimed or done. A claim
      // whose heartbeat stopped (its worker was killed) is taken over.
      const row = await withTenant(db, organizationId, (trx) =>
        claimMessage(trx, organizationId, messageId, now, new Date(now.getTime() - LEASE_MS)),
      );
      if (!row) {
        const current = await withTenant(db, organizationId, (trx) =>
          findMessage(trx, organizationId, messageId),
        );
        // Sent, failed or gone: nothing to do. Being sent by a live worker: it records the outcome.
        if (current?.status === 'sending' && !lastAttempt)
          throw new Error('being sent by another worker');
        return;
      }
      const heartbeat = setInterval(() => {
        void withTenant(db, organizationId, (trx) =>
          touchClaim(trx, organizationId, messageId, clock.now()),
        ).catch(() => undefined);
      }, HEARTBEAT_MS);
      try {
        await delivery.deliver(row, lastAttempt);
      } finally {
        clearInterval(heartbeat);
      }
    },
  );

  /**
   * Messages whose worker died mid-send (heartbeat older than the lease): a job each, so they
   * leave again within a minute of a restart instead of waiting for the queue's expiry.
   */
  jobs.every(RECOVERY_EVERY_SECONDS, async () => {
    const stale = await findStaleClaims(db, new Date(clock.now().getTime() - LEASE_MS), 100);
    for (const message of stale)
      await db.transaction().execute((trx) =>
        enqueueSend(
          jobs,
          trx,
          { organizationId: message.organization_id, messageId: message.id },
          // One recovery per claim: a second crash (one more attempt) gets its own.
          `${message.id}:${message.attempts}`,
        ),
      );
  });
}
