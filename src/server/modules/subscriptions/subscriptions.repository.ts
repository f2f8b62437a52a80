import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { SubscriptionRuns, Subscriptions } from '../../db/schema.generated.js';
import type { Tx } from '../../db/tenant.js';
import { likePattern, parseSort } from '../../platform/search.js';
import { appIsOn } from '../apps/index.js';

export type SubscriptionRow = Selectable<Subscriptions>;
export type SubscriptionValues = Omit<
  Insertable<Subscriptions>,
  'organization_id' | 'id' | 'created_by' | 'created_at'
>;
export type RunRow = Selectable<SubscriptionRuns>;

export async function findSubscription(trx: Tx, organizationId: string, id: string, lock = false) {
  let query = trx
    .selectFrom('subscriptions')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function insertSubscription(
  trx: Tx,
  organizationId: string,
  row: SubscriptionValues & { id: string; created_by: string; created_at: Date },
): Promise<void> {
  await trx
    .insertInto('subscriptions')
    .values({ ...row, organization_id: organizationId })
    .execute();
}

export async function updateSubscription(
  trx: Tx,
  organizationId: string,
  id: string,
  values: Updateable<Subscriptions>,
): Promise<void> {
  await trx
    .updateTable('subscriptions')
    .set(values)
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

export async function deleteSubscription(trx: Tx, organizationId: string, id: string) {
  await trx
    .deleteFrom('subscriptions')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

export async function findContactBasics(trx: Tx, organizationId: string, contactId: string) {
  return trx
    .selectFrom('contacts')
    .select(['id', 'name', 'language', 'currency', 'vat_regime', 'vat_exemption_reason'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', contactId)
    .executeTakeFirst();
}

export async function findOrganizationBasics(trx: Tx, organizationId: string) {
  return trx
    .selectFrom('organizations')
    .select(['vat_regime', 'currency', 'default_language'])
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
}

/** The run of a period, if it was invoiced already. */
export async function findRun(
  trx: Tx,
  organizationId: string,
  subscriptionId: string,
  periodStart: string,
) {
  return trx
    .selectFrom('subscription_runs')
    .select(['id', 'invoice_id'])
    .where('organization_id', '=', organizationId)
    .where('subscription_id', '=', subscriptionId)
    .where('period_start', '=', periodStart)
    .executeTakeFirst();
}

export async function insertRun(
  trx: Tx,
  organizationId: string,
  run: Omit<Insertable<SubscriptionRuns>, 'organization_id'>,
): Promise<void> {
  await trx
    .insertInto('subscription_runs')
    .values({ ...run, organization_id: organizationId })
    .execute();
}

export async function runStats(trx: Tx, organizationId: string, subscriptionId: string) {
  const row = await trx
    .selectFrom('subscription_runs')
    .select((eb) => [
      eb.fn.countAll<number>().as('count'),
      eb.fn.max('period_start').as('last_period_start'),
    ])
    .where('organization_id', '=', organizationId)
    .where('subscription_id', '=', subscriptionId)
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), lastPeriodStart: row.last_period_start ?? null };
}

/**
 * Active subscriptions whose next invoice is due, across organizations: the runner's platform
 * query (no tenant context; each subscription is then handled in its own tenant transaction).
 */
export async function findDue(
  db: Database,
  now: Date,
  options: { limit: number; organizationId?: string | undefined; skip: string[] },
) {
  let query = db
    .selectFrom('subscriptions')
    .select(['organization_id', 'id'])
    .where('active', '=', true)
    .where('next_run_at', '<=', now)
    .where(appIsOn('subscriptions', 'subscriptions.organization_id'));
  if (options.organizationId) query = query.where('organization_id', '=', options.organizationId);
  if (options.skip.length > 0) query = query.where('id', 'not in', options.skip);
  return query.orderBy('next_run_at').orderBy('id').limit(options.limit).execute();
}

const SORTS = {
  nextRun: sql`case when s.active then s.next_run_at end`,
  customer: sql`lower(c.name)`,
  amount: sql`s.total_incl`,
  createdAt: sql`s.created_at`,
} as const;

export interface SubscriptionListFilter {
  page: number;
  pageSize: number;
  sort: string;
  q?: string | undefined;
  status?: 'active' | 'paused' | 'ended' | undefined;
  customerId?: string | undefined;
}

export async function listSubscriptions(
  trx: Tx,
  organizationId: string,
  filter: SubscriptionListFilter,
) {
  let query = trx
    .selectFrom('subscriptions as s')
    .innerJoin('contacts as c', (join) =>
      join.onRef('c.organization_id', '=', 's.organization_id').onRef('c.id', '=', 's.contact_id'),
    )
    .where('s.organization_id', '=', organizationId);
  if (filter.status === 'ended') query = query.where('s.next_cycle', 'is', null);
  if (filter.status === 'active')
    query = query.where('s.active', '=', true).where('s.next_cycle', 'is not', null);
  if (filter.status === 'paused')
    query = query.where('s.active', '=', false).where('s.next_cycle', 'is not', null);
  if (filter.customerId) query = query.where('s.contact_id', '=', filter.customerId);
  const q = filter.q?.trim();
  if (q) {
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(c.name)`, 'like', likePattern(q)),
        eb(sql`lower(coalesce(s.name, ''))`, 'like', likePattern(q)),
      ]),
    );
  }
  const { field, direction } = parseSort<keyof typeof SORTS>(filter.sort);
  const [items, count] = await Promise.all([
    query
      .select([
        's.id',
        's.name',
        's.contact_id',
        'c.name as customer_name',
        'c.currency',
        's.frequency',
        's.total_excl',
        's.total_incl',
        's.active',
        's.next_cycle',
        's.next_run_at',
        's.end_date',
        's.last_error',
        's.last_error_params',
      ])
      .orderBy(SORTS[field], (ob) => (direction === 'asc' ? ob.asc() : ob.desc()).nullsLast())
      .orderBy('s.id', direction)
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

function runsWithInvoices(trx: Tx, organizationId: string) {
  return trx
    .selectFrom('subscription_runs as r')
    .innerJoin('documents as d', (join) =>
      join.onRef('d.organization_id', '=', 'r.organization_id').onRef('d.id', '=', 'r.invoice_id'),
    )
    .where('r.organization_id', '=', organizationId);
}

const RUN_COLUMNS = [
  'r.invoice_id',
  'r.cycle',
  'r.period_start',
  'r.period_end',
  'r.created_at',
  'd.number_formatted',
  'd.issue_date',
  'd.status',
  'd.total_incl',
  'd.currency',
  'd.deleted_at',
] as const;

export async function findRunOfInvoice(trx: Tx, organizationId: string, invoiceId: string) {
  return runsWithInvoices(trx, organizationId)
    .where('r.invoice_id', '=', invoiceId)
    .select(RUN_COLUMNS)
    .executeTakeFirst();
}

export async function listRuns(
  trx: Tx,
  organizationId: string,
  subscriptionId: string,
  page: { page: number; pageSize: number; direction: 'asc' | 'desc' },
) {
  const query = runsWithInvoices(trx, organizationId).where(
    'r.subscription_id',
    '=',
    subscriptionId,
  );
  const [items, count] = await Promise.all([
    query
      .select(RUN_COLUMNS)
      .orderBy('r.period_start', page.direction)
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

/** The period a subscription invoice covers (the UBL's invoicing period), if it is one. */
export async function invoicePeriodOf(
  trx: Tx,
  organizationId: string,
  invoiceId: string,
): Promise<{ start: string; end: string } | null> {
  const row = await trx
    .selectFrom('subscription_runs')
    .select(['period_start', 'period_end'])
    .where('organization_id', '=', organizationId)
    .where('invoice_id', '=', invoiceId)
    .executeTakeFirst();
  return row ? { start: row.period_start, end: row.period_end } : null;
}

/** The number and customer of an invoice, for a notification about it. */
export async function findInvoiceBasics(trx: Tx, organizationId: string, invoiceId: string) {
  return trx
    .selectFrom('documents')
    .select(['number_formatted', 'customer'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', invoiceId)
    .executeTakeFirst();
}

/**
 * Runs `work` under a savepoint: when it throws, what it wrote is undone and the error goes on
 * to the caller, while the surrounding transaction stays usable.
 */
export async function withSavepoint(trx: Tx, work: () => Promise<void>): Promise<void> {
  await sql`savepoint subscription_step`.execute(trx);
  try {
    await work();
  } catch (error) {
    await sql`rollback to savepoint subscription_step`.execute(trx);
    throw error;
  }
  await sql`release savepoint subscription_step`.execute(trx);
}
