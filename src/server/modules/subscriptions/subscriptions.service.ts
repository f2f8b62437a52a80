import type { z } from 'zod';
import type {
  AuditAction,
  Subscription,
  SubscriptionInputParsed,
  SubscriptionInvoicePage,
  SubscriptionPage,
  subscriptionInvoiceListQuerySchema,
  subscriptionListQuerySchema,
} from '../../../contract/index.js';
import {
  computeTotals,
  lineVatTreatment,
  type DocumentVatRegime,
  type OrganizationVatRegime,
} from '../../../core/documents/index.js';
import {
  dateInZone,
  nextCycle,
  occurrence,
  type Schedule,
} from '../../../core/subscriptions/index.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import type { Actor, Deps } from '../../deps.js';
import { writeAudit } from '../../platform/audit.js';
import { FOREIGN_KEY_VIOLATION, pgErrorCode } from '../../platform/db-errors.js';
import { NotFound, InvalidState, Validation } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { asFieldErrors, type DocumentsService } from '../documents/index.js';
import { NO_FAILURE } from './subscription-failure.js';
import { createSubscriptionInvoicing } from './subscription-invoicing.service.js';
import {
  scheduleOf,
  toSubscription,
  toSubscriptionInvoice,
  toSummary,
} from './subscription-mapper.js';
import {
  createSubscriptionSending,
  type SubscriptionSenders,
} from './subscription-sending.service.js';
import { registerSubscriptionJobs } from './subscriptions.jobs.js';
import {
  deleteSubscription,
  findContactBasics,
  findOrganizationBasics,
  findSubscription,
  insertSubscription,
  listRuns,
  listSubscriptions,
  runStats,
  updateSubscription,
  type SubscriptionRow,
} from './subscriptions.repository.js';

type ListQuery = z.output<typeof subscriptionListQuerySchema>;
type InvoiceListQuery = z.output<typeof subscriptionInvoiceListQuerySchema>;

/**
 * Subscriptions: invoice templates with a schedule, edited here; the runner that turns due
 * periods into invoices is subscription-invoicing.service.ts, its jobs subscriptions.jobs.ts.
 */
export function createSubscriptionsService(
  deps: Deps,
  services: { documents: DocumentsService; senders?: SubscriptionSenders },
) {
  const { db, clock } = deps;
  const senders = services.senders ?? {};
  const invoicing = createSubscriptionInvoicing(deps, { documents: services.documents, senders });
  registerSubscriptionJobs(deps, {
    invoicing,
    sending: createSubscriptionSending(deps, senders),
  });
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

  return {
    runDue: invoicing.runDue,

    /** The hourly run for one company, now (same keys: no period is invoiced twice). */
    runOrganization: (organizationId: string) => invoicing.runDue(clock.now(), { organizationId }),

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
    runNow: invoicing.runNow,

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
