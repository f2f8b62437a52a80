import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Subscription, SubscriptionInput } from '../../../contract/index.js';
import { createTestApp, signedUpClient, type TestApp } from '../../../../tests/server/test-app.js';
import {
  createSubscription,
  customer,
  invoicesOf,
  runnerOf,
  setClock,
} from '../../../../tests/server/subscriptions-helpers.js';
import { withTenant } from '../../db/tenant.js';
import type { SubscriptionsService } from './index.js';

const HOUR = 3_600_000;

let t: TestApp;
let runner: SubscriptionsService;
beforeAll(async () => {
  t = await createTestApp();
  runner = runnerOf(t);
});
afterAll(() => t.close());

/**
 * A company with a customer, signed up in real time (the test client judges cookies by the real
 * clock), then the app's clock moved to `at`. Read results with the clock back at real time.
 */
async function company(at: string) {
  setClock(t, new Date());
  const signup = await signedUpClient(t.app);
  const buyer = await customer(signup.client);
  setClock(t, at);
  return { ...signup, customerId: buyer.id, organizationId: signup.me.organization.id };
}

const hourOf = (iso: string) => new Date(Math.floor(Date.parse(iso) / HOUR) * HOUR).toISOString();

/** The last Sunday of a month: EU summer time starts (March) and ends (October) then. */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/**
 * The oracle, written from the EU rule and independent of the code under test: Brussels is UTC+1
 * in winter and UTC+2 from the last Sunday of March to the last Sunday of October. On the March
 * Sunday 02:00 does not exist (it means 03:00 summer time); on the October Sunday 02:00 comes
 * twice (the first, summer time, counts).
 */
function brusselsInstant(date: string, hour: number): string {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  const march = lastSunday(year, 3);
  const october = lastSunday(year, 10);
  let offset: number;
  if (month === 3 && day === march) offset = hour <= 2 ? 1 : 2;
  else if (month === 10 && day === october) offset = hour <= 2 ? 2 : 1;
  else {
    const summer =
      (month > 3 && month < 10) || (month === 3 && day > march) || (month === 10 && day < october);
    offset = summer ? 2 : 1;
  }
  return new Date(Date.UTC(year, month - 1, day, hour) - offset * HOUR).toISOString();
}

function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Issue date, period, and the hour (UTC) the invoice was made. */
type Row = [string, string, string, string];

function weekly(first: string, last: string, hour: number): Row[] {
  const rows: Row[] = [];
  for (let date = first; date <= last; date = plusDays(date, 7))
    rows.push([date, date, plusDays(date, 6), brusselsInstant(date, hour)]);
  return rows;
}

/** Consecutive cycle dates: each period ends the day before the next date. */
function periods(dates: string[], hour: number, lastEnd: string): Row[] {
  return dates.map((date, i) => [
    date,
    date,
    i + 1 < dates.length ? plusDays(dates[i + 1] ?? '', -1) : lastEnd,
    brusselsInstant(date, hour),
  ]);
}

describe('time travel over 14 months, one tick per hour as the hourly job runs', () => {
  it('makes every frequency’s invoices on the right dates and hours, across DST and month ends', async () => {
    const start = '2026-01-01T00:00:00.000Z';
    const { client, customerId, organizationId } = await company(start);
    const make = (overrides: Partial<SubscriptionInput>) =>
      createSubscription(client, customerId, overrides);
    const subscriptions: Record<string, [Subscription, Row[]]> = {
      weeklyAt2: [
        await make({ frequency: 'weekly', startDate: '2026-03-22', creationHour: 2 }),
        weekly('2026-03-22', '2027-02-28', 2),
      ],
      weeklyAt3: [
        await make({ frequency: 'weekly', startDate: '2026-03-22', creationHour: 3 }),
        weekly('2026-03-22', '2027-02-28', 3),
      ],
      monthEnd: [
        await make({ frequency: 'monthly', startDate: '2026-01-31', creationHour: 6 }),
        periods(
          [
            '2026-01-31',
            '2026-02-28',
            '2026-03-31',
            '2026-04-30',
            '2026-05-31',
            '2026-06-30',
            '2026-07-31',
            '2026-08-31',
            '2026-09-30',
            '2026-10-31',
            '2026-11-30',
            '2026-12-31',
            '2027-01-31',
            '2027-02-28',
          ],
          6,
          '2027-03-30',
        ),
      ],
      quarterlyAtMidnight: [
        await make({ frequency: 'quarterly', startDate: '2026-01-31', creationHour: 0 }),
        periods(
          ['2026-01-31', '2026-04-30', '2026-07-31', '2026-10-31', '2027-01-31'],
          0,
          '2027-04-29',
        ),
      ],
      yearly: [
        await make({ frequency: 'yearly', startDate: '2026-01-01', creationHour: 6 }),
        periods(['2026-01-01', '2027-01-01'], 6, '2027-12-31'),
      ],
      everyTwoYears: [
        await make({ frequency: 'everyTwoYears', startDate: '2026-06-15', creationHour: 9 }),
        periods(['2026-06-15'], 9, '2028-06-14'),
      ],
      withEndDate: [
        await make({
          frequency: 'monthly',
          startDate: '2026-01-10',
          endDate: '2026-06-15',
          creationHour: 8,
        }),
        periods(
          ['2026-01-10', '2026-02-10', '2026-03-10', '2026-04-10', '2026-05-10', '2026-06-10'],
          8,
          '2026-06-15',
        ),
      ],
      // Started before it was created: the next cycle date, never a backlog.
      startedInThePast: [
        await make({ frequency: 'monthly', startDate: '2025-11-30', creationHour: 7 }),
        periods(
          [
            '2026-01-30',
            '2026-02-28',
            '2026-03-30',
            '2026-04-30',
            '2026-05-30',
            '2026-06-30',
            '2026-07-30',
            '2026-08-30',
            '2026-09-30',
            '2026-10-30',
            '2026-11-30',
            '2026-12-30',
            '2027-01-30',
            '2027-02-28',
          ],
          7,
          '2027-03-29',
        ),
      ],
    };

    const end = Date.parse('2027-03-01T00:00:00.000Z');
    for (let at = Date.parse(start) + HOUR; at <= end; at += HOUR) {
      await runner.runDue(setClock(t, new Date(at)), { organizationId });
    }

    setClock(t, new Date());
    const traveller = client;
    for (const [name, [subscription, expected]] of Object.entries(subscriptions)) {
      const invoices = await invoicesOf(traveller, subscription.id);
      expect(
        invoices.map((i): Row => [i.issueDate, i.periodStart, i.periodEnd, hourOf(i.createdAt)]),
        name,
      ).toEqual(expected);
      expect(
        invoices.every((i) => i.status === 'finalized'),
        name,
      ).toBe(true);
    }

    // The nasty hours, spelled out: 02:00 on 29 March 2026 is 03:00 summer time; 02:00 on
    // 25 October 2026 is the first of the two.
    const createdOn = async (name: string, date: string) =>
      (await invoicesOf(traveller, subscriptions[name]?.[0].id ?? '')).find(
        (i) => i.issueDate === date,
      )?.createdAt;
    expect(hourOf((await createdOn('weeklyAt2', '2026-03-29')) ?? '')).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    expect(hourOf((await createdOn('weeklyAt3', '2026-03-29')) ?? '')).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    expect(hourOf((await createdOn('weeklyAt2', '2026-10-25')) ?? '')).toBe(
      '2026-10-25T00:00:00.000Z',
    );
    expect(hourOf((await createdOn('weeklyAt3', '2026-10-25')) ?? '')).toBe(
      '2026-10-25T02:00:00.000Z',
    );
    // Midnight in Brussels is the evening before in UTC: the invoice is dated in Brussels.
    expect(hourOf((await createdOn('quarterlyAtMidnight', '2026-04-30')) ?? '')).toBe(
      '2026-04-29T22:00:00.000Z',
    );

    // Numbers follow the order invoices were made in, gapless per fiscal year.
    const all = (
      await Promise.all(Object.values(subscriptions).map(([s]) => invoicesOf(traveller, s.id)))
    ).flat();
    for (const year of ['2026', '2027']) {
      const ofYear = all
        .filter((i) => i.issueDate.startsWith(year))
        .sort(
          (a, b) =>
            a.createdAt.localeCompare(b.createdAt) || a.issueDate.localeCompare(b.issueDate),
        );
      const numbers = ofYear.map((i) => Number(/(\d+)$/.exec(i.numberFormatted ?? '')?.[1]));
      expect([...numbers].sort((a, b) => a - b)).toEqual(ofYear.map((_, i) => i + 1));
    }

    const ended = (
      await traveller.get(`/api/v1/subscriptions/${subscriptions.withEndDate?.[0].id}`)
    ).json<Subscription>();
    expect(ended).toMatchObject({ ended: true, nextRunAt: null, upcoming: [], invoiceCount: 6 });
  }, 600_000);
});

describe('exactly once', () => {
  /** A company with `count` monthly subscriptions that each have `missed` periods due. */
  async function behind(count: number, missed: number) {
    const company_ = await company('2026-02-01T12:00:00.000Z');
    const subscriptions: Subscription[] = [];
    for (let i = 0; i < count; i += 1) {
      subscriptions.push(
        await createSubscription(company_.client, company_.customerId, {
          frequency: 'monthly',
          startDate: '2026-02-03',
          creationHour: 6,
          name: `Contrat ${i + 1}`,
        }),
      );
    }
    // The worker was down until after the last missed period.
    const now = new Date(`2026-${String(1 + missed).padStart(2, '0')}-03T08:00:00.000Z`);
    setClock(t, new Date());
    return { ...company_, subscriptions, now };
  }

  const invoiceCount = (organizationId: string) =>
    withTenant(t.database.db, organizationId, async (trx) =>
      Number(
        (
          await trx
            .selectFrom('documents')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('organization_id', '=', organizationId)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    );

  it('catches up every missed period once, in order, after downtime', async () => {
    const { client, subscriptions, organizationId, now } = await behind(1, 3);
    expect(await runner.runDue(now, { organizationId })).toEqual({ created: 3, failed: 0 });
    const id = subscriptions[0]?.id ?? '';
    const invoices = await invoicesOf(client, id);
    // Made today (an invoice is dated when it is issued), each for the period it missed.
    expect(invoices.map((i) => [i.cycle, i.periodStart, i.periodEnd, i.issueDate])).toEqual([
      [0, '2026-02-03', '2026-03-02', '2026-04-03'],
      [1, '2026-03-03', '2026-04-02', '2026-04-03'],
      [2, '2026-04-03', '2026-05-02', '2026-04-03'],
    ]);
    expect(invoices.map((i) => i.numberFormatted)).toEqual([
      'F2026-0001',
      'F2026-0002',
      'F2026-0003',
    ]);
    // Running again changes nothing; the next period waits for its time.
    expect(await runner.runDue(now, { organizationId })).toEqual({ created: 0, failed: 0 });
    const after = (await client.get(`/api/v1/subscriptions/${id}`)).json<Subscription>();
    expect(after.nextRunAt).toBe('2026-05-03T04:00:00.000Z');
  });

  it('makes one invoice per period when two runners work at the same time', async () => {
    const { client, subscriptions, organizationId, now } = await behind(6, 2);
    const other = runnerOf(t);
    const results = await Promise.all([
      runner.runDue(now, { organizationId }),
      other.runDue(now, { organizationId }),
      runner.runDue(now, { organizationId }),
    ]);
    expect(results.reduce((sum, r) => sum + r.created, 0)).toBe(12);
    expect(results.every((r) => r.failed === 0)).toBe(true);
    for (const subscription of subscriptions) {
      const invoices = await invoicesOf(client, subscription.id);
      expect(invoices.map((i) => i.periodStart)).toEqual(['2026-02-03', '2026-03-03']);
    }
    expect(await invoiceCount(organizationId)).toBe(12);
    // Gapless numbers whatever the interleaving.
    const numbers = (await Promise.all(subscriptions.map((s) => invoicesOf(client, s.id))))
      .flat()
      .map((i) => i.numberFormatted)
      .sort();
    expect(numbers).toEqual(
      Array.from({ length: 12 }, (_, i) => `F2026-${String(i + 1).padStart(4, '0')}`),
    );
  });

  it('leaves nothing behind when a run dies before its commit, and misses nothing after', async () => {
    const { client, subscriptions, organizationId, now } = await behind(1, 3);
    const id = subscriptions[0]?.id ?? '';
    // A crash inside the transaction, after the invoice is written: the second period's run
    // row fails once (a sequence is not transactional, so "once" survives the rollback).
    const tag = `t${process.pid}_${Date.now()}`;
    await sql`create sequence ${sql.id(`crash_${tag}`)}`.execute(t.database.db);
    await sql
      .raw(
        `create function crash_${tag}() returns trigger language plpgsql security definer as $$
         begin
           if new.subscription_id = '${id}' and new.cycle = 1 and nextval('crash_${tag}') = 1 then
             raise exception 'simulated crash';
           end if;
           return new;
         end $$`,
      )
      .execute(t.database.db);
    await sql
      .raw(
        `create trigger crash_${tag} before insert on subscription_runs
         for each row execute function crash_${tag}()`,
      )
      .execute(t.database.db);
    try {
      expect(await runner.runDue(now, { organizationId })).toEqual({ created: 1, failed: 1 });
      // The first period committed; the second's invoice went with the failed transaction,
      // and the third waits behind it (periods are invoiced in order).
      expect((await invoicesOf(client, id)).map((i) => i.periodStart)).toEqual(['2026-02-03']);
      expect(await invoiceCount(organizationId)).toBe(1);
      const failed = (await client.get(`/api/v1/subscriptions/${id}`)).json<Subscription>();
      expect(failed.lastError).toContain('simulated crash');
      expect(failed.nextRunAt).toBe('2026-03-03T05:00:00.000Z');

      // The next hourly run finds the same periods due and makes each once.
      const later = new Date(now.getTime() + HOUR);
      expect(await runner.runDue(later, { organizationId })).toEqual({ created: 2, failed: 0 });
      const invoices = await invoicesOf(client, id);
      expect(invoices.map((i) => i.periodStart)).toEqual([
        '2026-02-03',
        '2026-03-03',
        '2026-04-03',
      ]);
      // No number was burnt by the rolled-back invoice.
      expect(invoices.map((i) => i.numberFormatted)).toEqual([
        'F2026-0001',
        'F2026-0002',
        'F2026-0003',
      ]);
      expect(await invoiceCount(organizationId)).toBe(3);
      expect(
        (await client.get(`/api/v1/subscriptions/${id}`)).json<Subscription>().lastError,
      ).toBeNull();
    } finally {
      await sql.raw(`drop trigger crash_${tag} on subscription_runs`).execute(t.database.db);
      await sql.raw(`drop function crash_${tag}()`).execute(t.database.db);
      await sql.raw(`drop sequence crash_${tag}`).execute(t.database.db);
    }
  });

  it('never invoices a period twice, even from a stale state after a restart', async () => {
    const { client, subscriptions, organizationId, now } = await behind(1, 2);
    const id = subscriptions[0]?.id ?? '';
    await runner.runDue(now, { organizationId });
    expect(await invoiceCount(organizationId)).toBe(2);
    // A worker that restarts from an old picture of the subscription (as if it had read it
    // before the last commit) finds the periods done.
    await withTenant(t.database.db, organizationId, (trx) =>
      trx
        .updateTable('subscriptions')
        .set({ next_cycle: 0, next_run_at: new Date('2026-02-03T05:00:00Z') })
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .execute(),
    );
    expect(await runner.runDue(now, { organizationId })).toEqual({ created: 0, failed: 0 });
    expect(await invoiceCount(organizationId)).toBe(2);
    expect((await client.get(`/api/v1/subscriptions/${id}`)).json<Subscription>().nextRunAt).toBe(
      '2026-04-03T04:00:00.000Z',
    );
    // And the database itself refuses a second run row for a period.
    const [first] = await invoicesOf(client, id);
    await expect(
      withTenant(t.database.db, organizationId, (trx) =>
        trx
          .insertInto('subscription_runs')
          .values({
            organization_id: organizationId,
            id: crypto.randomUUID(),
            subscription_id: id,
            cycle: 0,
            period_start: first?.periodStart ?? '',
            period_end: first?.periodEnd ?? '',
            invoice_id: first?.invoiceId ?? '',
            created_at: new Date(),
          })
          .execute(),
      ),
    ).rejects.toThrow(/unique|duplicate/i);
  });
});
