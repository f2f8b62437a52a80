import type { DocumentInputParsed, SubscriptionInvoice } from '../../../contract/index.js';
import {
  applyPeriodTags,
  dateInZone,
  formatPeriodDate,
  occurrence,
  type Occurrence,
} from '../../../core/subscriptions/index.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import type { Actor, Deps } from '../../deps.js';
import { writeAudit } from '../../platform/audit.js';
import { pgErrorCode, UNIQUE_VIOLATION } from '../../platform/db-errors.js';
import { DomainError, InvalidState, NotFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { asFieldErrors, type DocumentsService } from '../documents/index.js';
import { notify } from '../notifications/index.js';
import { failureOf, NO_FAILURE } from './subscription-failure.js';
import { scheduleOf, toSubscriptionInvoice } from './subscription-mapper.js';
import type { SubscriptionSenders, SubscriptionSendJob } from './subscription-sending.service.js';
import { SUBSCRIPTIONS_SEND_JOB } from './subscriptions.jobs.js';
import {
  findContactBasics,
  findDue,
  findOrganizationBasics,
  findRun,
  findRunOfInvoice,
  findSubscription,
  insertRun,
  updateSubscription,
  withSavepoint,
  type SubscriptionRow,
} from './subscriptions.repository.js';

/** Catching up never loops forever: at most this many periods per subscription and run. */
const MAX_PERIODS_PER_RUN = 1000;
/** A unique conflict means another runner got there first: look again, a few times. */
const MAX_CONFLICTS = 3;

/**
 * The runner: turns due periods into invoices. Each period is invoiced in one transaction that
 * also writes its `subscription_runs` row (unique per period) and moves the subscription on, so
 * it happens exactly once.
 */
export function createSubscriptionInvoicing(
  { db, clock, jobs }: Pick<Deps, 'db' | 'clock' | 'jobs'>,
  services: { documents: DocumentsService; senders: SubscriptionSenders },
) {
  const { documents, senders } = services;

  /**
   * Makes the invoice of one period in the caller's transaction: the template's lines and texts
   * with `%start%`/`%end%` filled in, dated today, finalised when asked (a refusal, such as a
   * later invoice already numbered, leaves it a draft and says why), then recorded, told and
   * queued for sending.
   */
  async function invoicePeriod(
    trx: Tx,
    row: SubscriptionRow,
    period: Occurrence,
    now: Date,
  ): Promise<{ invoiceId: string; failure: ReturnType<typeof failureOf> | null }> {
    const organizationId = row.organization_id;
    const contact = await findContactBasics(trx, organizationId, row.contact_id);
    const language =
      row.language ??
      contact?.language ??
      (await findOrganizationBasics(trx, organizationId)).default_language;
    const tag = (text: string) =>
      applyPeriodTags(text, { start: period.periodStart, end: period.periodEnd }, language);
    const lines = (row.lines as DocumentInputParsed['lines']).map((line) => ({
      ...line,
      description: tag(line.description),
    }));
    const input: DocumentInputParsed = {
      customerId: row.contact_id,
      journalId: null,
      issueDate: dateInZone(now),
      dueDate: null,
      validUntil: null,
      language: row.language as DocumentInputParsed['language'],
      currency: null,
      exchangeRate: null,
      orderReference: null,
      deliveryDate: null,
      priceMode: row.price_mode as DocumentInputParsed['priceMode'],
      vatRegime: row.vat_regime as DocumentInputParsed['vatRegime'],
      vatExemptionReason: row.vat_exemption_reason,
      discount: row.discount as DocumentInputParsed['discount'],
      settlementDiscount: null,
      textAbove: row.text_above && tag(row.text_above),
      textBelow: row.text_below && tag(row.text_below),
      internalNote: null,
      lines,
    };
    // Documents are made in the name of whoever set the subscription up.
    const actor: Actor = { userId: row.created_by, organizationId, ip: null };
    const invoiceId = await documents.inTransaction.create(trx, actor, 'invoice', input);
    let number: string | null = null;
    let failure: ReturnType<typeof failureOf> | null = null;
    /**
     * A step the invoice survives: refused (an DomainError), it is undone alone and its reason kept,
     * while anything else still fails the whole period.
     */
    const attempt = async (work: () => Promise<void>) => {
      try {
        await withSavepoint(trx, work);
      } catch (refusal) {
        if (!(refusal instanceof DomainError)) throw refusal;
        failure = failureOf(refusal);
      }
    };
    if (row.auto_finalize) {
      await attempt(async () => {
        number = await documents.inTransaction.finalize(trx, actor, 'invoice', invoiceId);
      });
    }
    // The period's one row: a second runner's insert fails here and rolls its invoice back.
    await insertRun(trx, organizationId, {
      id: newId(),
      subscription_id: row.id,
      cycle: period.cycle,
      period_start: period.periodStart,
      period_end: period.periodEnd,
      invoice_id: invoiceId,
      created_at: clock.now(),
    });
    await notify(
      trx,
      organizationId,
      'subscriptionInvoiceCreated',
      { number: number ?? '', customer: contact?.name ?? '' },
      { link: `/invoices/${invoiceId}`, at: clock.now() },
    );
    if (number !== null && row.auto_send === 'peppol' && senders.peppol) {
      const job: SubscriptionSendJob = {
        organizationId,
        subscriptionId: row.id,
        invoiceId,
        channel: 'peppol',
      };
      await jobs.enqueue(trx, SUBSCRIPTIONS_SEND_JOB, job, { singletonKey: invoiceId });
    }
    const email = senders.email;
    if (number !== null && row.auto_send === 'email' && email) {
      const tags = {
        start: formatPeriodDate(period.periodStart, language),
        end: formatPeriodDate(period.periodEnd, language),
      };
      await attempt(async () => {
        try {
          await email(trx, { organizationId, invoiceId, tags });
        } catch (refusal) {
          if (refusal instanceof DomainError && refusal.fields?.to)
            throw InvalidState('error.subscriptionNoEmail');
          throw refusal;
        }
      });
    }
    await writeAudit(trx, {
      organizationId,
      userId: null,
      ip: null,
      action: 'subscription.invoiced',
      entityType: 'subscription',
      entityId: row.id,
      at: clock.now(),
      data: { invoice: invoiceId, periodStart: period.periodStart, periodEnd: period.periodEnd },
    });
    return { invoiceId, failure };
  }

  /** What one step did, and whether the next period is due as well (a catch-up goes on). */
  type Step =
    { outcome: 'idle' } | { outcome: 'skipped' | 'created'; invoiceId?: string; more: boolean };

  /**
   * One period of one subscription, in one transaction. The subscription row is locked first, so
   * a concurrent runner waits and then finds the period done; the unique run row is the last
   * line of defence; the subscription moves on to its next period in the same commit.
   */
  function step(organizationId: string, id: string, now: Date, force = false): Promise<Step> {
    return withTenant(db, organizationId, async (trx) => {
      const row = await findSubscription(trx, organizationId, id, true);
      if (!row || row.next_cycle === null) return { outcome: 'idle' };
      const due = row.active && row.next_run_at !== null && row.next_run_at <= now;
      if (!due && !force) return { outcome: 'idle' };
      const schedule = scheduleOf(row);
      const current = occurrence(schedule, row.next_cycle);
      const following = current && occurrence(schedule, current.cycle + 1);
      const advance = {
        next_cycle: following?.cycle ?? null,
        next_run_at: following?.runAt ?? null,
        updated_at: clock.now(),
      };
      const more = row.active && following !== null && following.runAt <= now;
      if (!current) {
        await updateSubscription(trx, organizationId, id, advance);
        return { outcome: 'idle' };
      }
      if (await findRun(trx, organizationId, id, current.periodStart)) {
        await updateSubscription(trx, organizationId, id, advance);
        return { outcome: 'skipped', more };
      }
      const { invoiceId, failure } = await invoicePeriod(trx, row, current, now);
      await updateSubscription(trx, organizationId, id, { ...advance, ...(failure ?? NO_FAILURE) });
      return { outcome: 'created', invoiceId, more };
    });
  }

  async function recordFailure(organizationId: string, id: string, error: unknown) {
    await withTenant(db, organizationId, (trx) =>
      updateSubscription(trx, organizationId, id, failureOf(error)),
    );
  }

  /** Every due period of one subscription, oldest first; a failure stops it until the next run. */
  async function runSubscription(organizationId: string, id: string, now: Date) {
    let created = 0;
    let conflicts = 0;
    for (let periods = 0; periods < MAX_PERIODS_PER_RUN; periods += 1) {
      try {
        const result = await step(organizationId, id, now);
        if (result.outcome === 'created') created += 1;
        if (result.outcome === 'idle' || !result.more) return { created, failed: false };
        conflicts = 0;
      } catch (error) {
        // Another runner invoiced this period meanwhile; our invoice went with our rollback.
        if (pgErrorCode(error) === UNIQUE_VIOLATION && ++conflicts <= MAX_CONFLICTS) continue;
        await recordFailure(organizationId, id, error);
        return { created, failed: true };
      }
    }
    return { created, failed: false };
  }

  /**
   * Invoices every period whose time has come at `now`, for every organization (or one): a
   * subscription behind (the worker was down) catches up period by period, in order, each
   * exactly once. A subscription that fails is left for the next run.
   */
  async function runDue(
    now: Date,
    scope: { organizationId?: string } = {},
  ): Promise<{ created: number; failed: number }> {
    let created = 0;
    const failed = new Set<string>();
    for (;;) {
      const due = await findDue(db, now, {
        limit: 200,
        organizationId: scope.organizationId,
        skip: [...failed],
      });
      if (due.length === 0) return { created, failed: failed.size };
      for (const row of due) {
        const result = await runSubscription(row.organization_id, row.id, now);
        created += result.created;
        if (result.failed) failed.add(row.id);
      }
    }
  }

  /** Invoices the next period now instead of at its time; the one after follows as planned. */
  async function runNow(actor: Actor, id: string): Promise<SubscriptionInvoice> {
    const row = await withTenant(db, actor.organizationId, (trx) =>
      findSubscription(trx, actor.organizationId, id),
    );
    if (!row) throw NotFound();
    if (!row.active) throw InvalidState('error.invalidState');
    if (row.next_cycle === null) throw InvalidState('error.subscriptionEnded');
    let result: Step = { outcome: 'skipped', more: false };
    for (let attempt = 0; result.outcome === 'skipped' && attempt < 10; attempt += 1) {
      result = await asFieldErrors(() => step(actor.organizationId, id, clock.now(), true));
    }
    const invoiceId = result.outcome === 'created' ? result.invoiceId : undefined;
    if (!invoiceId) throw InvalidState('error.subscriptionEnded');
    return withTenant(db, actor.organizationId, async (trx) => {
      const made = await findRunOfInvoice(trx, actor.organizationId, invoiceId);
      if (!made) throw NotFound();
      return toSubscriptionInvoice(made);
    });
  }

  return { runDue, runNow };
}

export type SubscriptionInvoicing = ReturnType<typeof createSubscriptionInvoicing>;
