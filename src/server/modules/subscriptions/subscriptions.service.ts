import type { AuditAction } from '../../../contract/index.js';
import { sql } from 'kysely';
import type { z } from 'zod';
import {
  LANGUAGES,
  translate,
  type DocumentInputParsed,
  type Language,
  type Subscription,
  type SubscriptionInputParsed,
  type SubscriptionInvoice,
  type SubscriptionInvoicePage,
  type SubscriptionPage,
  type subscriptionInvoiceListQuerySchema,
  type subscriptionListQuerySchema,
} from '../../../contract/index.js';
import {
  computeTotals,
  lineVatTreatment,
  type DocumentVatRegime,
  type OrganizationVatRegime,
} from '../../../core/documents/index.js';
import {
  applyPeriodTags,
  dateInZone,
  formatPeriodDate,
  nextCycle,
  occurrence,
  type Occurrence,
  type Schedule,
} from '../../../core/subscriptions/index.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import type { Actor, Deps } from '../../deps.js';
import { writeAudit } from '../../platform/audit.js';
import { FOREIGN_KEY_VIOLATION, pgErrorCode, UNIQUE_VIOLATION } from '../../platform/db-errors.js';
import { DomainError, NotFound, InvalidState, Validation } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { asFieldErrors, type DocumentsService } from '../documents/index.js';
import { notify } from '../notifications/index.js';
import {
  scheduleOf,
  toSubscription,
  toSubscriptionInvoice,
  toSummary,
} from './subscription-mapper.js';
import {
  deleteSubscription,
  findContactBasics,
  findDue,
  findOrganizationBasics,
  findRun,
  findRunOfInvoice,
  findSubscription,
  insertRun,
  insertSubscription,
  listRuns,
  listSubscriptions,
  runStats,
  updateSubscription,
  type SubscriptionRow,
} from './subscriptions.repository.js';

export const SUBSCRIPTIONS_RUN_JOB = 'subscriptions.run';
export const SUBSCRIPTIONS_SEND_JOB = 'subscriptions.send';

type ListQuery = z.output<typeof subscriptionListQuerySchema>;
type InvoiceListQuery = z.output<typeof subscriptionInvoiceListQuerySchema>;

/**
 * How a finalised subscription invoice leaves, when the subscription asks for it. Each is
 * optional: a channel that is not wired keeps the choice stored and sends nothing.
 */
export interface SubscriptionSenders {
  /**
   * Queues the e-mail of the invoice inside the transaction that created it, with the period
   * for the `%start%`/`%end%` tags of the e-mail's texts. An DomainError is a refusal (no address).
   */
  email?: (
    trx: Tx,
    request: { organizationId: string; invoiceId: string; tags: { start: string; end: string } },
  ) => Promise<void>;
  /**
   * Sends the invoice via PEPPOL (its checks, then its own job). Runs from our job, outside any
   * transaction; an DomainError is a refusal that retrying will not change.
   */
  peppol?: (actor: Actor, invoiceId: string) => Promise<void>;
}

interface SendJob {
  organizationId: string;
  subscriptionId: string;
  invoiceId: string;
  channel: 'peppol';
}

/** Catching up never loops forever: at most this many periods per subscription and run. */
const MAX_PERIODS_PER_RUN = 1000;
/** A unique conflict means another runner got there first: look again, a few times. */
const MAX_CONFLICTS = 3;

/**
 * What an error is called in `last_error`: a message key the app translates with its values, or
 * the text of an unexpected error.
 */
function failureOf(error: unknown): { last_error: string; last_error_params: string | null } {
  if (error instanceof DomainError) {
    const field = error.fields ? Object.values(error.fields)[0] : undefined;
    const key = error.messageKey === 'error.validation' && field ? field : error.messageKey;
    const params = Object.fromEntries(
      Object.entries(error.params).map(([name, value]) => [name, String(value)]),
    );
    return { last_error: key, last_error_params: JSON.stringify(params) };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { last_error: text.slice(0, 500), last_error_params: null };
}

const NO_FAILURE = { last_error: null, last_error_params: null };

const languageOf = (value: string): Language =>
  (LANGUAGES as readonly string[]).includes(value) ? (value as Language) : 'en';

/**
 * Subscriptions: invoice templates with a schedule, and the runner that turns due periods into
 * invoices. Each period is invoiced in one transaction that also writes its `subscription_runs`
 * row (unique per period) and moves the subscription on, so it happens exactly once.
 */
export function createSubscriptionsService(
  deps: Deps,
  services: { documents: DocumentsService; senders?: SubscriptionSenders },
) {
  const { db, clock, jobs } = deps;
  const { documents } = services;
  const senders = services.senders ?? {};
  const today = () => dateInZone(clock.now());

  /** The customer, the checks an invoice would fail on later, and the totals for the list. */
  async function prepare(trx: Tx, organizationId: string, input: SubscriptionInputParsed) {
    const [organization, contact] = await Promise.all([
      findOrganizationBasics(trx, organizationId),
      findContactBasics(trx, organizationId, input.customerId),
    ]);
    if (!contact) throw Validation({ customerId: 'validation.unknownCustomer' });
    const regime = (input.vatRegime ?? contact.vat_regime) as DocumentVatRegime;
    if (regime === 'exempt' && !(input.vatExemptionReason ?? contact.vat_exemption_reason))
      throw Validation({ vatExemptionReason: 'validation.required' });
    const organizationRegime = organization.vat_regime as OrganizationVatRegime;
    const totals = computeTotals({
      priceMode: input.priceMode,
      discount: input.discount,
      settlementDiscount: null,
      lines: input.lines.map((line) => {
        if (line.kind !== 'item') return { kind: line.kind };
        const vat = lineVatTreatment(regime, line.vatRate, organizationRegime);
        return {
          kind: 'item',
          quantity: line.quantity,
          unitPrice: line.unitPrice,
          discount: line.discount,
          vatRate: vat.rate,
          vatCategory: vat.category,
          purchasePrice: line.purchasePrice,
          isDepositDeduction: line.isDepositDeduction,
        };
      }),
    });
    return {
      contact,
      values: {
        name: input.name,
        contact_id: contact.id,
        language: input.language,
        price_mode: input.priceMode,
        vat_regime: input.vatRegime,
        vat_exemption_reason: input.vatExemptionReason,
        discount: input.discount ? JSON.stringify(input.discount) : null,
        text_above: input.textAbove,
        text_below: input.textBelow,
        lines: JSON.stringify(input.lines),
        frequency: input.frequency,
        start_date: input.startDate,
        end_date: input.endDate,
        creation_hour: input.creationHour,
        active: input.active,
        auto_finalize: input.autoFinalize,
        auto_send: input.autoSend,
        total_excl: totals.totalExcl,
        total_incl: totals.totalIncl,
      },
    };
  }

  /** The next period to invoice from today on, after the last one invoiced (no backlog). */
  function plan(schedule: Schedule, lastPeriodStart: string | null) {
    const cycle = nextCycle(schedule, today(), lastPeriodStart);
    const next = cycle === null ? null : occurrence(schedule, cycle);
    return { next_cycle: next?.cycle ?? null, next_run_at: next?.runAt ?? null };
  }

  async function load(trx: Tx, organizationId: string, id: string): Promise<Subscription> {
    const row = await findSubscription(trx, organizationId, id);
    if (!row) throw NotFound();
    const [contact, stats] = await Promise.all([
      findContactBasics(trx, organizationId, row.contact_id),
      runStats(trx, organizationId, id),
    ]);
    const organization = await findOrganizationBasics(trx, organizationId);
    return toSubscription(
      row,
      {
        name: contact?.name ?? '',
        currency: contact?.currency ?? organization.currency,
      },
      stats.count,
    );
  }

  async function locked(trx: Tx, organizationId: string, id: string): Promise<SubscriptionRow> {
    const row = await findSubscription(trx, organizationId, id, true);
    if (!row) throw NotFound();
    return row;
  }

  const audit = (
    trx: Tx,
    actor: Actor | null,
    organizationId: string,
    action: AuditAction,
    id: string,
    data = {},
  ) =>
    writeAudit(trx, {
      organizationId,
      userId: actor?.userId ?? null,
      ip: actor?.ip ?? null,
      action,
      entityType: 'subscription',
      entityId: id,
      at: clock.now(),
      data,
    });

  // ---------- the runner ----------

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
      await sql`savepoint subscription_step`.execute(trx);
      try {
        await work();
        await sql`release savepoint subscription_step`.execute(trx);
      } catch (refusal) {
        if (!(refusal instanceof DomainError)) throw refusal;
        await sql`rollback to savepoint subscription_step`.execute(trx);
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
      const job: SendJob = {
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
    await audit(trx, null, organizationId, 'subscription.invoiced', row.id, {
      invoice: invoiceId,
      periodStart: period.periodStart,
      periodEnd: period.periodEnd,
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

  // Hourly for every organization; a job that names one runs only that organization.
  jobs.define<{ organizationId?: string }>(
    SUBSCRIPTIONS_RUN_JOB,
    { retryLimit: 2, retryDelay: 60 },
    async ({ data }) => {
      await runDue(clock.now(), data.organizationId ? { organizationId: data.organizationId } : {});
    },
  );
  jobs.schedule(SUBSCRIPTIONS_RUN_JOB, '0 * * * *', {});

  jobs.define<SendJob>(
    SUBSCRIPTIONS_SEND_JOB,
    { retryLimit: 5, retryDelay: 60 },
    async ({ data, lastAttempt }) => {
      const row = await withTenant(db, data.organizationId, (trx) =>
        findSubscription(trx, data.organizationId, data.subscriptionId),
      );
      if (!row || !senders.peppol) return;
      const actor: Actor = {
        userId: row.created_by,
        organizationId: data.organizationId,
        ip: null,
      };
      try {
        await senders.peppol(actor, data.invoiceId);
      } catch (error) {
        if (!(error instanceof DomainError) && !lastAttempt) throw error;
        // Refused (no access point, customer unreachable…): told, and kept on the subscription.
        await withTenant(db, data.organizationId, async (trx) => {
          const invoice = await trx
            .selectFrom('documents')
            .select(['number_formatted', 'customer'])
            .where('organization_id', '=', data.organizationId)
            .where('id', '=', data.invoiceId)
            .executeTakeFirst();
          const failure = failureOf(error);
          await updateSubscription(trx, data.organizationId, data.subscriptionId, failure);
          const { default_language: language } = await findOrganizationBasics(
            trx,
            data.organizationId,
          );
          await notify(
            trx,
            data.organizationId,
            'peppolSendFailed',
            {
              number: invoice?.number_formatted ?? '',
              customer: (invoice?.customer as { name?: string } | undefined)?.name ?? '',
              error: translate(
                languageOf(language),
                failure.last_error,
                JSON.parse(failure.last_error_params ?? '{}') as Record<string, string>,
              ),
            },
            { link: `/invoices/${data.invoiceId}`, at: clock.now() },
          );
        });
      }
    },
  );

  return {
    runDue,

    /** The hourly run for one company, now (same keys: no period is invoiced twice). */
    runOrganization: (organizationId: string) => runDue(clock.now(), { organizationId }),

    list: (organizationId: string, query: ListQuery): Promise<SubscriptionPage> =>
      withTenant(db, organizationId, async (trx) => {
        const { items, total } = await listSubscriptions(trx, organizationId, query);
        return {
          items: items.map(toSummary),
          page: query.page,
          pageSize: query.pageSize,
          total,
        };
      }),

    get: (organizationId: string, id: string): Promise<Subscription> =>
      withTenant(db, organizationId, (trx) => load(trx, organizationId, id)),

    create: (actor: Actor, input: SubscriptionInputParsed): Promise<Subscription> =>
      asFieldErrors(() =>
        withTenant(db, actor.organizationId, async (trx) => {
          const { values } = await prepare(trx, actor.organizationId, input);
          const id = newId();
          const now = clock.now();
          await insertSubscription(trx, actor.organizationId, {
            ...values,
            ...plan(scheduleOf(values), null),
            id,
            created_by: actor.userId,
            created_at: now,
            updated_at: now,
          });
          await audit(trx, actor, actor.organizationId, 'subscription.created', id);
          return load(trx, actor.organizationId, id);
        }),
      ),

    /**
     * Replaces the template and schedule. A changed schedule starts again from today (after the
     * last period invoiced); otherwise the subscription keeps its place, catch-up included.
     */
    update: (actor: Actor, id: string, input: SubscriptionInputParsed): Promise<Subscription> =>
      asFieldErrors(() =>
        withTenant(db, actor.organizationId, async (trx) => {
          const row = await locked(trx, actor.organizationId, id);
          const { values } = await prepare(trx, actor.organizationId, input);
          const same =
            row.start_date === values.start_date &&
            row.end_date === values.end_date &&
            row.frequency === values.frequency &&
            row.creation_hour === values.creation_hour;
          // Resuming through an edit gives no backlog for the paused time either.
          const resumed = values.active && !row.active;
          const { lastPeriodStart } = await runStats(trx, actor.organizationId, id);
          await updateSubscription(trx, actor.organizationId, id, {
            ...values,
            ...(same && !resumed
              ? { next_cycle: row.next_cycle, next_run_at: row.next_run_at }
              : plan(scheduleOf(values), lastPeriodStart)),
            ...NO_FAILURE,
            updated_at: clock.now(),
          });
          await audit(trx, actor, actor.organizationId, 'subscription.updated', id);
          return load(trx, actor.organizationId, id);
        }),
      ),

    /** Only a subscription that never invoiced; otherwise pause it or give it an end date. */
    remove: (actor: Actor, id: string): Promise<void> =>
      withTenant(db, actor.organizationId, async (trx) => {
        await locked(trx, actor.organizationId, id);
        const { count } = await runStats(trx, actor.organizationId, id);
        if (count > 0) throw InvalidState('error.subscriptionHasInvoices');
        try {
          await deleteSubscription(trx, actor.organizationId, id);
        } catch (error) {
          if (pgErrorCode(error) === FOREIGN_KEY_VIOLATION)
            throw InvalidState('error.subscriptionHasInvoices');
          throw error;
        }
        await audit(trx, actor, actor.organizationId, 'subscription.deleted', id);
      }),

    pause: (actor: Actor, id: string): Promise<Subscription> =>
      withTenant(db, actor.organizationId, async (trx) => {
        await locked(trx, actor.organizationId, id);
        await updateSubscription(trx, actor.organizationId, id, {
          active: false,
          updated_at: clock.now(),
        });
        await audit(trx, actor, actor.organizationId, 'subscription.paused', id);
        return load(trx, actor.organizationId, id);
      }),

    /** Continues from the next cycle date from today on: the paused periods are not invoiced. */
    resume: (actor: Actor, id: string): Promise<Subscription> =>
      withTenant(db, actor.organizationId, async (trx) => {
        const row = await locked(trx, actor.organizationId, id);
        const { lastPeriodStart } = await runStats(trx, actor.organizationId, id);
        const next = plan(scheduleOf(row), lastPeriodStart);
        if (next.next_cycle === null) throw InvalidState('error.subscriptionEnded');
        await updateSubscription(trx, actor.organizationId, id, {
          ...(row.active ? {} : next),
          active: true,
          ...NO_FAILURE,
          updated_at: clock.now(),
        });
        await audit(trx, actor, actor.organizationId, 'subscription.resumed', id);
        return load(trx, actor.organizationId, id);
      }),

    /** Invoices the next period now instead of at its time; the one after follows as planned. */
    async runNow(actor: Actor, id: string): Promise<SubscriptionInvoice> {
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
    },

    invoices: (
      organizationId: string,
      id: string,
      query: InvoiceListQuery,
    ): Promise<SubscriptionInvoicePage> =>
      withTenant(db, organizationId, async (trx) => {
        if (!(await findSubscription(trx, organizationId, id))) throw NotFound();
        const direction = query.sort.endsWith(':asc') ? 'asc' : 'desc';
        const { items, total } = await listRuns(trx, organizationId, id, {
          page: query.page,
          pageSize: query.pageSize,
          direction,
        });
        return {
          items: items.map(toSubscriptionInvoice),
          page: query.page,
          pageSize: query.pageSize,
          total,
        };
      }),
  };
}

export type SubscriptionsService = ReturnType<typeof createSubscriptionsService>;
