import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type {
  Document,
  EmailMessage,
  NotificationList,
  Subscription,
  SubscriptionInvoice,
  SubscriptionPage,
} from '../../../contract/index.js';
import { signedUpClient, useTestApp } from '../../../../tests/server/test-app.js';
import {
  createSubscription,
  customer,
  invoicesOf,
  setClock,
  subscriptionInput,
} from '../../../../tests/server/subscriptions-helpers.js';
import { EMAIL_SEND_JOB } from '../email/index.js';
import { SUBSCRIPTIONS_RUN_JOB, SUBSCRIPTIONS_SEND_JOB } from './index.js';

const t = useTestApp();

/**
 * A company and a customer, signed up in real time (the test client judges cookies by the real
 * clock); `at` then sets the app's "now" for the calls that follow.
 */
async function company() {
  setClock(t, new Date());
  const signup = await signedUpClient(t.app);
  const buyer = await customer(signup.client);
  return { ...signup, customerId: buyer.id, organizationId: signup.me.organization.id };
}

/** The hourly job as the worker runs it (through pg-boss), for one organization, at `at`. */
async function runJob(organizationId: string, at: string) {
  setClock(t, at);
  await t.database.db
    .transaction()
    .execute((trx) => t.jobs.enqueue(trx, SUBSCRIPTIONS_RUN_JOB, { organizationId }));
  await t.jobs.drain(SUBSCRIPTIONS_RUN_JOB);
  setClock(t, new Date());
}

describe('subscriptions API', () => {
  it('creates, reads, lists, changes and deletes a subscription', async () => {
    const { client, customerId } = await company();
    setClock(t, '2026-03-10T09:00:00Z');
    const created = await createSubscription(client, customerId, {
      name: 'Contrat d’entretien',
      frequency: 'monthly',
      startDate: '2026-01-31',
      creationHour: 6,
      discount: { type: 'percent', value: '10' },
      lines: [
        { kind: 'section', description: 'Entretien' },
        { kind: 'item', description: 'Visite', quantity: '2', unitPrice: '50', vatRate: '21' },
        { kind: 'text', description: 'Du %start% au %end%' },
      ],
    });
    expect(created).toMatchObject({
      name: 'Contrat d’entretien',
      customerName: 'Boulangerie Lemaire SRL',
      frequency: 'monthly',
      startDate: '2026-01-31',
      endDate: null,
      creationHour: 6,
      active: true,
      autoFinalize: true,
      autoSend: 'off',
      currency: 'EUR',
      // 2 × 50 − 10 % = 90 excl., 108.90 incl. (computeTotals, as on the invoice).
      totalExcl: '90.00',
      totalIncl: '108.90',
      ended: false,
      invoiceCount: 0,
      lastError: null,
      // Started in the past: the next cycle date from today, never a backlog.
      nextRunAt: '2026-03-31T04:00:00.000Z',
    });
    expect(created.upcoming.slice(0, 3)).toEqual([
      {
        cycle: 2,
        date: '2026-03-31',
        runAt: '2026-03-31T04:00:00.000Z',
        periodStart: '2026-03-31',
        periodEnd: '2026-04-29',
      },
      {
        cycle: 3,
        date: '2026-04-30',
        runAt: '2026-04-30T04:00:00.000Z',
        periodStart: '2026-04-30',
        periodEnd: '2026-05-30',
      },
      {
        cycle: 4,
        date: '2026-05-31',
        runAt: '2026-05-31T04:00:00.000Z',
        periodStart: '2026-05-31',
        periodEnd: '2026-06-29',
      },
    ]);
    expect((await client.get(`/api/v1/subscriptions/${created.id}`)).json()).toEqual(created);

    // A changed schedule starts again from today.
    const changed = await client.put(
      `/api/v1/subscriptions/${created.id}`,
      subscriptionInput(customerId, {
        frequency: 'weekly',
        startDate: '2026-03-02',
        creationHour: 23,
      }),
    );
    expect(changed.statusCode).toBe(200);
    expect(changed.json<Subscription>()).toMatchObject({
      name: null,
      frequency: 'weekly',
      totalExcl: '100.00',
      nextRunAt: '2026-03-16T22:00:00.000Z',
    });

    const second = await createSubscription(client, customerId, {
      frequency: 'yearly',
      startDate: '2026-06-01',
      active: false,
    });
    const page = (
      await client.get('/api/v1/subscriptions?sort=nextRun:asc')
    ).json<SubscriptionPage>();
    expect(page.total).toBe(2);
    expect(page.items.map((s) => [s.id, s.active, s.nextRunAt])).toEqual([
      [created.id, true, '2026-03-16T22:00:00.000Z'],
      // Paused: no next run.
      [second.id, false, null],
    ]);
    const paused = (
      await client.get('/api/v1/subscriptions?status=paused')
    ).json<SubscriptionPage>();
    expect(paused.items.map((s) => s.id)).toEqual([second.id]);
    const small = (
      await client.get('/api/v1/subscriptions?pageSize=1&page=2&sort=amount:desc')
    ).json<SubscriptionPage>();
    expect(small).toMatchObject({ page: 2, pageSize: 1, total: 2 });
    expect(small.items).toHaveLength(1);
    expect(
      (await client.get('/api/v1/subscriptions?q=lemaire')).json<SubscriptionPage>().total,
    ).toBe(2);
    expect(
      (await client.get('/api/v1/subscriptions?q=nobody')).json<SubscriptionPage>().total,
    ).toBe(0);

    expect((await client.delete(`/api/v1/subscriptions/${second.id}`)).statusCode).toBe(204);
    expect((await client.get(`/api/v1/subscriptions/${second.id}`)).statusCode).toBe(404);
    setClock(t, new Date());
  });

  it('refuses bad input with translated field errors', async () => {
    const { client, customerId } = await company();
    const fr = { 'accept-language': 'fr-BE' };
    const post = (body: unknown) => client.post('/api/v1/subscriptions', body, fr);

    const endBeforeStart = await post(
      subscriptionInput(customerId, { startDate: '2026-05-01', endDate: '2026-04-30' }),
    );
    expect(endBeforeStart.statusCode).toBe(400);
    expect(endBeforeStart.json().error.fields).toEqual({
      endDate: 'La date de fin ne peut pas précéder la date de début.',
    });

    const noItem = await post(
      subscriptionInput(customerId, { lines: [{ kind: 'text', description: 'Merci' }] }),
    );
    expect(noItem.statusCode).toBe(400);
    expect(noItem.json().error.fields).toEqual({
      lines: 'Ajoutez au moins une ligne avec un montant.',
    });

    const sendWithoutFinalize = await post(
      subscriptionInput(customerId, { autoFinalize: false, autoSend: 'email' }),
    );
    expect(sendWithoutFinalize.statusCode).toBe(400);
    expect(Object.keys(sendWithoutFinalize.json().error.fields)).toEqual(['autoSend']);

    for (const [body, field] of [
      [subscriptionInput(customerId, { creationHour: 24 }), 'creationHour'],
      [{ ...subscriptionInput(customerId), frequency: 'daily' }, 'frequency'],
      [subscriptionInput(customerId, { startDate: '2026-02-30' }), 'startDate'],
      [subscriptionInput(crypto.randomUUID()), 'customerId'],
      [{ ...subscriptionInput(customerId), extra: 1 }, ''],
    ] as const) {
      const response = await post(body);
      expect(response.statusCode, field).toBe(400);
      if (field) expect(Object.keys(response.json().error.fields ?? {}), field).toContain(field);
      expect(response.json().error.message).not.toMatch(/[a-z]+\.[a-z]+/);
    }

    // An amount the totals refuse is a field error too, never a 500.
    const tooLarge = await post(
      subscriptionInput(customerId, {
        lines: [
          {
            kind: 'item',
            description: 'X',
            quantity: '1000000',
            unitPrice: '100000000',
            vatRate: '21',
          },
        ],
      }),
    );
    expect(tooLarge.statusCode).toBe(400);

    expect((await client.get('/api/v1/subscriptions/not-a-uuid')).statusCode).toBe(400);
    expect((await client.get(`/api/v1/subscriptions/${crypto.randomUUID()}`)).statusCode).toBe(404);
    expect((await client.get('/api/v1/subscriptions?sort=name:asc')).statusCode).toBe(400);
  });

  it('keeps each organization’s subscriptions to itself', async () => {
    const a = await company();
    const b = await company();
    const mine = await createSubscription(a.client, a.customerId);
    expect((await b.client.get(`/api/v1/subscriptions/${mine.id}`)).statusCode).toBe(404);
    expect((await b.client.get(`/api/v1/subscriptions/${mine.id}/invoices`)).statusCode).toBe(404);
    expect((await b.client.post(`/api/v1/subscriptions/${mine.id}/pause`)).statusCode).toBe(404);
    expect((await b.client.delete(`/api/v1/subscriptions/${mine.id}`)).statusCode).toBe(404);
    expect((await b.client.get('/api/v1/subscriptions')).json<SubscriptionPage>().total).toBe(0);
    // Nor may it bill someone else's customer.
    const foreign = await b.client.post('/api/v1/subscriptions', subscriptionInput(a.customerId));
    expect(foreign.statusCode).toBe(400);
  });
});

describe('making invoices', () => {
  it('runs as the hourly job: %start%/%end% filled in, linked, notified, with the UBL period', async () => {
    const { client, customerId, organizationId } = await company();
    setClock(t, '2026-02-20T10:00:00Z');
    const subscription = await createSubscription(client, customerId, {
      frequency: 'monthly',
      startDate: '2026-03-01',
      creationHour: 6,
      textAbove: 'Abonnement du %start% au %end%.',
      textBelow: 'Période : %START% – %END%',
      lines: [
        { kind: 'section', description: 'Maintenance %start%' },
        {
          kind: 'item',
          description: 'Forfait du %start% au %end%',
          quantity: '1',
          unitPrice: '80',
          vatRate: '21',
        },
      ],
    });
    // Not yet: 05:59 in Brussels (04:59 UTC).
    await runJob(organizationId, '2026-03-01T04:59:00Z');
    expect(await invoicesOf(client, subscription.id)).toEqual([]);
    await runJob(organizationId, '2026-03-01T05:00:30Z');
    const [made] = await invoicesOf(client, subscription.id);
    expect(made).toMatchObject({
      cycle: 0,
      periodStart: '2026-03-01',
      periodEnd: '2026-03-31',
      issueDate: '2026-03-01',
      status: 'finalized',
      numberFormatted: 'F2026-0001',
      totalIncl: '96.80',
    });

    const invoice = (await client.get(`/api/v1/invoices/${made?.invoiceId}`)).json<Document>();
    expect(invoice.textAbove).toBe('Abonnement du 01/03/2026 au 31/03/2026.');
    expect(invoice.textBelow).toBe('Période : 01/03/2026 – 31/03/2026');
    expect(invoice.lines.map((line) => line.description)).toEqual([
      'Maintenance 01/03/2026',
      'Forfait du 01/03/2026 au 31/03/2026',
    ]);
    // The customer's 30 days, counted as a month (DOMAIN §2).
    expect(invoice.dueDate).toBe('2026-04-01');

    const ubl = await client.get(`/api/v1/invoices/${made?.invoiceId}/ubl`);
    expect(ubl.statusCode).toBe(200);
    expect(ubl.body).toMatch(
      /<cac:InvoicePeriod>\s*<cbc:StartDate>2026-03-01<\/cbc:StartDate>\s*<cbc:EndDate>2026-03-31<\/cbc:EndDate>/,
    );

    const notifications = (await client.get('/api/v1/notifications')).json<NotificationList>();
    expect(notifications.items).toContainEqual(
      expect.objectContaining({
        type: 'subscriptionInvoiceCreated',
        params: { number: 'F2026-0001', customer: 'Boulangerie Lemaire SRL' },
        link: `/invoices/${made?.invoiceId}`,
      }),
    );
    // The job repeated finds nothing more to do.
    await runJob(organizationId, '2026-03-01T05:30:00Z');
    expect(await invoicesOf(client, subscription.id)).toHaveLength(1);
    const after = (
      await client.get(`/api/v1/subscriptions/${subscription.id}`)
    ).json<Subscription>();
    expect(after).toMatchObject({ invoiceCount: 1, nextRunAt: '2026-04-01T04:00:00.000Z' });
  });

  it('is on pg-boss’s hourly schedule', async () => {
    const { rows } = await sql<{ name: string; cron: string; timezone: string }>`
      select name, cron, timezone from ${sql.id(t.config.jobsSchema, 'schedule')}`.execute(
      t.database.db,
    );
    expect(rows).toContainEqual({
      name: SUBSCRIPTIONS_RUN_JOB,
      cron: '0 * * * *',
      timezone: 'Europe/Brussels',
    });
  });

  it('makes drafts without automatic finalisation, and a draft when finalising is refused', async () => {
    const { client, customerId, organizationId } = await company();
    setClock(t, '2026-04-01T10:00:00Z');
    const drafts = await createSubscription(client, customerId, {
      frequency: 'weekly',
      startDate: '2026-04-06',
      autoFinalize: false,
    });
    const finalising = await createSubscription(client, customerId, {
      frequency: 'weekly',
      startDate: '2026-04-06',
      autoFinalize: true,
    });
    // Someone numbered an invoice dated later: the next one may not be dated before it.
    const later = await client.post('/api/v1/invoices', {
      customerId,
      issueDate: '2026-04-20',
      lines: [
        { kind: 'item', description: 'Réparation', quantity: '1', unitPrice: '10', vatRate: '21' },
      ],
    });
    expect((await client.post(`/api/v1/invoices/${later.json().id}/finalize`)).statusCode).toBe(
      200,
    );

    await runJob(organizationId, '2026-04-06T05:00:00Z');
    const [draft] = await invoicesOf(client, drafts.id);
    expect(draft).toMatchObject({ status: 'draft', numberFormatted: null });
    const [refused] = await invoicesOf(client, finalising.id);
    expect(refused).toMatchObject({ status: 'draft', numberFormatted: null });
    const subscription = (
      await client.get(`/api/v1/subscriptions/${finalising.id}`)
    ).json<Subscription>();
    // Made once (the period is done) and the reason kept for the user.
    expect(subscription).toMatchObject({
      lastError: 'error.dateBeforeLastNumber',
      lastErrorParams: { date: '2026-04-20' },
      invoiceCount: 1,
      nextRunAt: '2026-04-13T04:00:00.000Z',
    });
    const notifications = (await client.get('/api/v1/notifications')).json<NotificationList>();
    expect(notifications.items.filter((n) => n.type === 'subscriptionInvoiceCreated')).toHaveLength(
      2,
    );
  });

  it('queues the PEPPOL sending with the invoice, and tells when it is refused', async () => {
    const { client, customerId, organizationId } = await company();
    setClock(t, '2026-05-01T10:00:00Z');
    const subscription = await createSubscription(client, customerId, {
      frequency: 'monthly',
      startDate: '2026-05-04',
      autoSend: 'peppol',
    });
    await runJob(organizationId, '2026-05-04T05:00:00Z');
    const [made] = await invoicesOf(client, subscription.id);
    expect(made?.status).toBe('finalized');
    // No access point is set up: the send job is refused, said on the bell and the subscription.
    expect(await t.jobs.drain(SUBSCRIPTIONS_SEND_JOB)).toBe(1);
    const notifications = (await client.get('/api/v1/notifications')).json<NotificationList>();
    expect(notifications.items).toContainEqual(
      expect.objectContaining({
        type: 'peppolSendFailed',
        params: expect.objectContaining({ number: made?.numberFormatted }),
        link: `/invoices/${made?.invoiceId}`,
      }),
    );
    expect(
      (await client.get(`/api/v1/subscriptions/${subscription.id}`)).json<Subscription>().lastError,
    ).toBe('error.peppolNotConfigured');
  });

  it('queues the e-mail with the invoice, and keeps the invoice when there is no address', async () => {
    const { client, customerId, organizationId } = await company();
    const reachable = await customer(client, {
      name: 'Garage Dubois',
      invoiceEmail: 'factures@dubois.be',
    });
    setClock(t, '2026-06-01T10:00:00Z');
    const withAddress = await createSubscription(client, reachable.id, {
      frequency: 'monthly',
      startDate: '2026-06-02',
      autoSend: 'email',
    });
    const withoutAddress = await createSubscription(client, customerId, {
      frequency: 'monthly',
      startDate: '2026-06-02',
      autoSend: 'email',
    });
    await runJob(organizationId, '2026-06-02T04:00:00Z');

    const [sent] = await invoicesOf(client, withAddress.id);
    const emails = (await client.get(`/api/v1/invoices/${sent?.invoiceId}/emails`)).json<
      EmailMessage[]
    >();
    expect(emails).toEqual([expect.objectContaining({ to: ['factures@dubois.be'] })]);
    await t.jobs.drain(EMAIL_SEND_JOB);
    expect((await client.get(`/api/v1/invoices/${sent?.invoiceId}`)).json<Document>().status).toBe(
      'sent',
    );

    const [kept] = await invoicesOf(client, withoutAddress.id);
    expect(kept?.status).toBe('finalized');
    const subscription = (
      await client.get(`/api/v1/subscriptions/${withoutAddress.id}`)
    ).json<Subscription>();
    expect(subscription.lastError).toBe('error.subscriptionNoEmail');
  });

  it('pauses without a backlog, resumes from the next cycle date, and invoices on demand', async () => {
    const { client, customerId, organizationId } = await company();
    setClock(t, '2026-01-05T10:00:00Z');
    const subscription = await createSubscription(client, customerId, {
      frequency: 'weekly',
      startDate: '2026-01-12',
      creationHour: 6,
    });
    await runJob(organizationId, '2026-01-12T05:00:00Z');
    setClock(t, '2026-01-12T09:00:00Z');
    const paused = await client.post(`/api/v1/subscriptions/${subscription.id}/pause`);
    expect(paused.json<Subscription>()).toMatchObject({ active: false, nextRunAt: null });
    expect(
      (await client.get('/api/v1/subscriptions?status=paused')).json<SubscriptionPage>().total,
    ).toBe(1);
    // Three weeks pass while paused.
    await runJob(organizationId, '2026-02-02T05:00:00Z');
    setClock(t, '2026-02-03T09:00:00Z');
    const resumed = await client.post(`/api/v1/subscriptions/${subscription.id}/resume`);
    expect(resumed.json<Subscription>()).toMatchObject({
      active: true,
      nextRunAt: '2026-02-09T05:00:00.000Z',
    });
    await runJob(organizationId, '2026-02-09T05:00:00Z');
    expect((await invoicesOf(client, subscription.id)).map((i) => i.periodStart)).toEqual([
      '2026-01-12',
      '2026-02-09',
    ]);

    // "Invoice now": the next period at once; the one after keeps its date.
    setClock(t, '2026-02-10T09:00:00Z');
    const now = await client.post(`/api/v1/subscriptions/${subscription.id}/run-now`);
    expect(now.statusCode).toBe(200);
    expect(now.json<SubscriptionInvoice>()).toMatchObject({
      periodStart: '2026-02-16',
      periodEnd: '2026-02-22',
      issueDate: '2026-02-10',
    });
    const after = (
      await client.get(`/api/v1/subscriptions/${subscription.id}`)
    ).json<Subscription>();
    expect(after.nextRunAt).toBe('2026-02-23T05:00:00.000Z');

    // A subscription that invoiced cannot be deleted: it is history.
    const removed = await client.delete(`/api/v1/subscriptions/${subscription.id}`, {
      'accept-language': 'nl-BE',
    });
    expect(removed.statusCode).toBe(409);
    expect(removed.json().error.message).toMatch(/pauzeer/);

    // Ended: nothing to resume or invoice.
    const ended = await client.put(
      `/api/v1/subscriptions/${subscription.id}`,
      subscriptionInput(customerId, {
        frequency: 'weekly',
        startDate: '2026-01-12',
        endDate: '2026-02-20',
      }),
    );
    expect(ended.json<Subscription>()).toMatchObject({ ended: true, nextRunAt: null });
    expect((await client.post(`/api/v1/subscriptions/${subscription.id}/run-now`)).statusCode).toBe(
      409,
    );
    expect((await client.post(`/api/v1/subscriptions/${subscription.id}/resume`)).statusCode).toBe(
      409,
    );
    setClock(t, new Date());
  });
});
