import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Document, Reminder } from '../../../contract/index.js';
import { useTestApp } from '../../../../tests/server/test-app.js';
import {
  brussels,
  company,
  customer,
  invoice,
  ok,
  payInFull,
  present,
  remindersOf,
  reminderRows,
  runDailyJob,
  saveSettings,
  travel,
} from '../../../../tests/server/reminders-kit.js';
import { plusDays } from '../../../core/reminders/index.js';

// The daily job under a moving clock: which reminders go out on which (Belgian) day, across
// daylight-saving changes, after downtime, run twice or twice at once, and after a crash.

const t = useTestApp();

/** When each reminder of an invoice was made: its date and the instant the job ran. */
async function history(documentId: string) {
  const { rows } = await sql<{ reminder_date: string; created_at: Date; step_name: string }>`
    select reminder_date::text as reminder_date, created_at, step_name from reminders
    where document_id = ${documentId} order by sequence`.execute(t.database.db);
  return rows;
}

async function notificationsAbout(organizationId: string) {
  const { rows } = await sql<{ count: number }>`
    select count(*)::int as count from notifications
    where organization_id = ${organizationId} and type = 'reminderCreated'`.execute(t.database.db);
  return rows[0]?.count ?? 0;
}

describe('the daily job over fourteen months', () => {
  it('sends each step on its day at 07:00 in Belgium, stops when paid, and never when off', async () => {
    const { client } = await company(t, 'Quatorze Mois SRL');
    const business = await customer(client, 'b2b');
    const consumer = await customer(client, 'b2c');
    const quiet = await customer(client, 'b2b', { automaticReminders: false });

    // Due 15 Feb 2026 (30 days = one month): steps at +7, +30, +60 with terms 14, 10, 8 days.
    const b2b = await invoice(client, business.id, '2026-01-15');
    const b2c = await invoice(client, consumer.id, '2026-01-15');
    const paidLater = await invoice(client, business.id, '2026-01-15');
    const switchedOff = await invoice(client, quiet.id, '2026-01-15');
    // Steps on the days summer time starts (29 March) and ends (25 October) in 2026.
    const spring = await invoice(client, business.id, '2026-01-22', '500', {
      dueDate: '2026-03-22',
    });
    const autumn = await invoice(client, business.id, '2026-01-22', '500', {
      dueDate: '2026-10-18',
    });
    expect(b2b.dueDate).toBe('2026-02-15');
    expect(switchedOff.automaticReminders).toBe(false);

    const runs: Date[] = [];
    for (let day = '2026-01-16'; day <= '2027-03-16'; day = plusDays(day, 1)) {
      const at = brussels(day, '07:00');
      runs.push(at);
      travel(t, at);
      await runDailyJob(t);
      if (day === '2026-03-01') {
        present(t);
        await payInFull(client, paidLater.id, day);
      }
    }
    expect(runs.length).toBeGreaterThan(420);
    present(t);
    // 07:00 in Brussels is 06:00 UTC in winter and 05:00 UTC in summer.
    expect(brussels('2026-03-28').toISOString()).toBe('2026-03-28T06:00:00.000Z');
    expect(brussels('2026-03-29').toISOString()).toBe('2026-03-29T05:00:00.000Z');
    expect(brussels('2026-10-24').toISOString()).toBe('2026-10-24T05:00:00.000Z');
    expect(brussels('2026-10-25').toISOString()).toBe('2026-10-25T06:00:00.000Z');

    const dates = async (doc: Document) => (await history(doc.id)).map((row) => row.reminder_date);
    expect(await dates(b2b)).toEqual(['2026-02-22', '2026-03-17', '2026-04-16']);
    expect(await dates(b2c)).toEqual(['2026-02-22', '2026-03-17', '2026-04-16']);
    expect(await dates(paidLater)).toEqual(['2026-02-22']);
    expect(await dates(switchedOff)).toEqual([]);

    const springRows = await history(spring.id);
    expect(springRows.map((row) => row.reminder_date)).toEqual([
      '2026-03-29',
      '2026-04-21',
      '2026-05-21',
    ]);
    expect(springRows[0]?.created_at.toISOString().slice(0, 16)).toBe('2026-03-29T05:00');
    const autumnRows = await history(autumn.id);
    expect(autumnRows.map((row) => row.reminder_date)).toEqual([
      '2026-10-25',
      '2026-11-17',
      '2026-12-17',
    ]);
    expect(autumnRows[0]?.created_at.toISOString().slice(0, 16)).toBe('2026-10-25T06:00');

    // What the API shows: the consumer's first reminder was free, with 14 days; the business
    // paid interest and the flat 40 EUR from the second step on.
    const consumerView = await remindersOf(client, b2c.id);
    const [free, second] = consumerView.items;
    expect(consumerView.customerKind).toBe('b2c');
    expect(free).toMatchObject({ totalDue: '1000.00', damages: '0.00', interest: '0.00' });
    expect(free?.newDueDate).toBe('2026-03-08');
    expect(second?.damages).toBe('90.00');
    const businessView = await remindersOf(client, b2b.id);
    expect(businessView.items.map((r: Reminder) => r.indemnity)).toEqual([
      '0.00',
      '40.00',
      '40.00',
    ]);
    // Interest from 16 Feb to 17 Mar (30 days) at 10.5 %: 1000 × 0.105 × 30 / 365 = 8.63.
    expect(businessView.items[1]?.interest).toBe('8.63');
    expect(businessView.items[1]?.totalDue).toBe('1048.63');
    expect(businessView.next).toBeNull();
  });
});

describe('the Belgian day', () => {
  it('fires a step at 00:30 on its day, not at 23:30 the day before, at both DST changes', async () => {
    const { client } = await company(t, 'Heure Belge SRL');
    const business = await customer(client, 'b2b');
    // First step (+7) on Monday 30 March 2026 and Monday 26 October 2026.
    const march = await invoice(client, business.id, '2026-01-10', '100', {
      dueDate: '2026-03-23',
    });
    const october = await invoice(client, business.id, '2026-01-10', '100', {
      dueDate: '2026-10-19',
    });
    for (const [doc, day] of [
      [march, '2026-03-30'],
      [october, '2026-10-26'],
    ] as const) {
      travel(t, brussels(plusDays(day, -1), '23:30'));
      await runDailyJob(t);
      expect(await reminderRows(t, doc.id)).toEqual([]);
      const justAfterMidnight = brussels(day, '00:30');
      // In UTC it is still the day before: the date must come from Belgian time.
      expect(justAfterMidnight.toISOString().slice(0, 10)).toBe(plusDays(day, -1));
      travel(t, justAfterMidnight);
      await runDailyJob(t);
      expect((await reminderRows(t, doc.id)).map((row) => row.reminder_date)).toEqual([day]);
    }
  });
});

describe('never twice, nothing missed', () => {
  it('makes one reminder when the job runs twice, and when two runs overlap', async () => {
    const { client, me } = await company(t, 'Deux Fois SRL');
    const business = await customer(client, 'b2b');
    const doc = await invoice(client, business.id, '2026-01-15');
    travel(t, brussels('2026-02-22'));
    await runDailyJob(t);
    await runDailyJob(t);
    expect(await reminderRows(t, doc.id)).toHaveLength(1);

    travel(t, brussels('2026-03-17'));
    await t.database.db.transaction().execute(async (trx) => {
      await t.jobs.enqueue(trx, 'reminders.run', {});
      await t.jobs.enqueue(trx, 'reminders.run', {});
    });
    await Promise.all([t.jobs.drain('reminders.run'), t.jobs.drain('reminders.run')]);
    expect((await reminderRows(t, doc.id)).map((row) => row.reminder_date)).toEqual([
      '2026-02-22',
      '2026-03-17',
    ]);
    expect(await notificationsAbout(me.organization.id)).toBe(2);
  });

  it('after downtime sends only the most advanced step, but a consumer’s free reminder first', async () => {
    const { client } = await company(t, 'Panne SRL');
    const business = await customer(client, 'b2b');
    const consumer = await customer(client, 'b2c');
    const b2b = await invoice(client, business.id, '2026-01-15');
    const b2c = await invoice(client, consumer.id, '2026-01-15');
    // The worker was down from before the first step until 65 days after the due date.
    travel(t, brussels('2026-04-21'));
    await runDailyJob(t);
    present(t);
    const business1 = await remindersOf(client, b2b.id);
    expect(business1.items.map((r) => [r.sequence, r.date, r.indemnity])).toEqual([
      [1, '2026-04-21', '40.00'],
    ]);
    expect(business1.items[0]?.stepName).toBe('Mise en demeure');
    // 1000 × 10.5 % × 65 days / 365 = 18.70
    expect(business1.items[0]?.interest).toBe('18.70');

    const consumer1 = await remindersOf(client, b2c.id);
    expect(consumer1.items).toHaveLength(1);
    expect(consumer1.items[0]).toMatchObject({
      stepName: 'Premier rappel',
      totalDue: '1000.00',
      newDueDate: '2026-05-05',
    });
    // Nothing more for the consumer until the 14 days have passed; then the furthest step.
    travel(t, brussels('2026-05-05'));
    await runDailyJob(t);
    present(t);
    expect((await remindersOf(client, b2c.id)).items).toHaveLength(1);
    travel(t, brussels('2026-05-06'));
    await runDailyJob(t);
    present(t);
    const consumer2 = await remindersOf(client, b2c.id);
    expect(consumer2.items.map((r) => r.stepName)).toEqual(['Premier rappel', 'Mise en demeure']);
    // Damages at the cap on 1,000 (65 + 5 % × 500); interest only after the free deadline (1 day).
    expect(consumer2.items[1]).toMatchObject({ damages: '90.00', interest: '0.29' });
  });

  it('survives a crash in the middle: nothing half-made, nothing missed, nothing doubled', async () => {
    const { client, me } = await company(t, 'Panne de Courant SRL');
    const business = await customer(client, 'b2b');
    const doc = await invoice(client, business.id, '2026-01-15');
    const organizationId = me.organization.id;
    // The transaction dies after the reminder row is written (at its notification).
    await sql`
      create or replace function reminders_test_crash() returns trigger language plpgsql as
      $$ begin raise exception 'simulated crash after the reminder insert'; end $$`.execute(
      t.database.db,
    );
    await sql`
      create trigger reminders_test_crash before insert on notifications for each row
      when (new.organization_id = ${sql.lit(organizationId)}::uuid and new.type = 'reminderCreated')
      execute function reminders_test_crash()`.execute(t.database.db);
    travel(t, brussels('2026-02-22'));
    try {
      await runDailyJob(t);
      expect(await reminderRows(t, doc.id)).toEqual([]);
      expect(await notificationsAbout(organizationId)).toBe(0);
    } finally {
      await sql`drop trigger reminders_test_crash on notifications`.execute(t.database.db);
      await sql`drop function reminders_test_crash()`.execute(t.database.db);
    }
    // The next run (the same day, or the next one) makes it, once.
    travel(t, brussels('2026-02-23'));
    await runDailyJob(t);
    await runDailyJob(t);
    expect((await reminderRows(t, doc.id)).map((row) => row.reminder_date)).toEqual(['2026-02-23']);
    expect(await notificationsAbout(organizationId)).toBe(1);
  });
});

describe('quotes', () => {
  it('reminds a sent quote once, the chosen number of days before it expires', async () => {
    const { client } = await company(t, 'Devis Malin SRL');
    await ok(saveSettings(client, (request) => ({ ...request, quoteDaysBefore: 5 })));
    const business = await customer(client, 'b2b');
    const draft = await ok<Document>(
      client.post('/api/v1/quotes', {
        customerId: business.id,
        issueDate: '2026-06-01',
        validUntil: '2026-07-01',
        lines: [
          { kind: 'item', description: 'Devis', quantity: '1', unitPrice: '800', vatRate: '21' },
        ],
      }),
      201,
    );
    const unsent = await ok<Document>(
      client.post('/api/v1/quotes', {
        customerId: business.id,
        issueDate: '2026-06-01',
        validUntil: '2026-07-01',
        lines: [
          { kind: 'item', description: 'Devis', quantity: '1', unitPrice: '80', vatRate: '21' },
        ],
      }),
      201,
    );
    await ok(client.post(`/api/v1/quotes/${draft.id}/finalize`));
    await ok(client.post(`/api/v1/quotes/${draft.id}/mark-sent`));
    await ok(client.post(`/api/v1/quotes/${unsent.id}/finalize`));
    for (let day = '2026-06-01'; day <= '2026-07-10'; day = plusDays(day, 1)) {
      travel(t, brussels(day));
      await runDailyJob(t);
    }
    present(t);
    const quote = await ok<{ items: Reminder[] }>(
      client.get(`/api/v1/quotes/${draft.id}/reminders`),
    );
    expect(quote.items.map((r) => [r.kind, r.date, r.totalDue, r.pdfUrl])).toEqual([
      ['quote', '2026-06-26', '968.00', null],
    ]);
    expect(await reminderRows(t, unsent.id)).toEqual([]);
  });
});

describe('a consumer keeps the 14 days of the first reminder (Book XIX)', () => {
  it('a reminder made the same day as the daily one keeps its deadline, damages only after it', async () => {
    const { client } = await company(t, 'Quatorze Jours SRL');
    const consumer = await customer(client, 'b2c');
    const unpaid = await invoice(client, consumer.id, '2026-01-15');
    expect(unpaid.dueDate).toBe('2026-02-15');
    for (let day = '2026-02-14'; day <= '2026-02-22'; day = plusDays(day, 1)) {
      travel(t, brussels(day));
      await runDailyJob(t);
    }
    // The daily run's first reminder: 14 days from the day after the e-mail.
    travel(t, brussels('2026-02-22', '10:00'));
    const second = await client.post(`/api/v1/invoices/${unpaid.id}/reminders`, {});
    present(t);
    expect(second.statusCode).toBe(201);
    for (let day = '2026-02-23'; day <= '2026-04-16'; day = plusDays(day, 1)) {
      travel(t, brussels(day));
      await runDailyJob(t);
    }
    present(t);
    const { rows } = await sql<{
      reminder_date: string;
      new_due_date: string;
      damages: string;
      manual: boolean;
    }>`
      select reminder_date::text as reminder_date, new_due_date::text as new_due_date,
             damages::text as damages, manual
      from reminders where document_id = ${unpaid.id} order by sequence`.execute(t.database.db);
    expect(rows).toEqual([
      { reminder_date: '2026-02-22', new_due_date: '2026-03-08', damages: '0.00', manual: false },
      // Its own term (10 days) would end on 4 March, before the first one's 8 March.
      { reminder_date: '2026-02-22', new_due_date: '2026-03-08', damages: '0.00', manual: true },
      // Step 3 (60 days after the due date): damages, the term long gone (65 + 5 % of 500).
      { reminder_date: '2026-04-16', new_due_date: '2026-04-24', damages: '90.00', manual: false },
    ]);
  });
});
