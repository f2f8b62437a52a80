/**
 * One use case per module over HTTP on a Citus coordinator (docs/operations.md, "Running on
 * Citus"): what the single-shard test reads, written here, plus one run of each job that visits
 * every organization (reminders, subscriptions), whose scans cross shards by design.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type {
  Document,
  DocumentPage,
  EmailMessage,
  MailboxPage,
  PeppolSettings,
  Product,
  Subscription,
} from '../../src/contract/index.js';
import {
  company,
  customer,
  invoice,
  ok,
  payInFull,
  reminderRows,
  runDailyJob,
} from '../server/reminders-kit.js';
import { createSubscription, invoicesOf, runnerOf } from '../server/subscriptions-helpers.js';
import { createTestApp, uniqueEmail, type Client, type TestApp } from '../server/test-app.js';

let t: TestApp;
let client: Client;
beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'http://localhost:3000' });
  expect(t.database.citus).toBe(true);
  ({ client } = await company(t));
}, 180_000);
afterAll(() => t.close());

/** The test clock's day (UTC): documents numbered in order. */
const today = () => t.clock.now().toISOString().slice(0, 10);

it('customers: creates one and lists it', async () => {
  const created = await customer(client, 'b2b', { name: 'Smoke Peeters BV' });
  const page = await ok<{ items: { id: string; name: string }[]; total: number }>(
    client.get('/api/v1/customers?q=Smoke'),
  );
  expect(page.items.map((item) => [item.id, item.name])).toEqual([
    [created.id, 'Smoke Peeters BV'],
  ]);
});

it('products: creates one and reads it back', async () => {
  const created = await ok<Product>(
    client.post('/api/v1/products', {
      code: 'SMOKE-1',
      name: { fr: 'Câble', nl: 'Kabel', en: null, de: null },
      description: { fr: null, nl: null, en: null, de: null },
      unitCode: 'MTR',
      price: '1.85',
      vatRate: '21',
    }),
    201,
  );
  const read = await ok<Product>(client.get(`/api/v1/products/${created.id}`));
  expect([read.code, read.price, read.vatRate]).toEqual(['SMOKE-1', '1.85', '21']);
});

it('reminders: saves the settings, and the daily run visits every organization', async () => {
  const settings = await ok<{ enabled: boolean }>(client.get('/api/v1/reminder-settings'));
  expect(settings.enabled).toBe(true);
  const buyer = await customer(client, 'b2b');
  const late = await invoice(client, buyer.id, '2026-01-15', '25');
  await runDailyJob(t);
  expect((await reminderRows(t, late.id)).length).toBe(1);
});

it('email: sends an invoice to the built-in mailbox', async () => {
  const buyer = await customer(client, 'b2b');
  const sent = await invoice(client, buyer.id, '2026-03-02', '10');
  const queued = await client.post(`/api/v1/invoices/${sent.id}/email`, {
    to: ['boekhouding@peeters.be'],
    subject: 'Factuur %number%',
    body: 'Beste klant',
  });
  expect(queued.statusCode, queued.body).toBe(202);
  expect(await t.jobs.drain('email.send')).toBe(1);
  const messages = await ok<EmailMessage[]>(client.get(`/api/v1/invoices/${sent.id}/emails`));
  expect(messages.map((message) => [message.status, message.transport])).toEqual([
    ['sent', 'mailbox'],
  ]);
  const mailbox = await ok<MailboxPage>(client.get('/api/v1/mailbox'));
  expect(mailbox.total).toBe(1);
});

it('documents and payments: quote → invoice, finalised, paid; then a credit note', async () => {
  const buyer = await customer(client, 'b2b');
  const quote = await ok<Document>(
    client.post('/api/v1/quotes', {
      customerId: buyer.id,
      issueDate: today(),
      vatRegime: 'export',
      lines: [
        { kind: 'item', description: 'Travaux', quantity: '2', unitPrice: '50', vatRate: '0' },
      ],
    }),
    201,
  );
  await ok(client.post(`/api/v1/quotes/${quote.id}/finalize`));
  const draft = await ok<Document>(
    client.post(`/api/v1/quotes/${quote.id}/convert`, { to: 'invoice' }),
  );
  const final = await ok<Document>(client.post(`/api/v1/invoices/${draft.id}/finalize`));
  expect([final.status, final.totals.totalIncl]).toEqual(['finalized', '100.00']);
  const paid = await payInFull(client, final.id, today());
  expect([paid.status, paid.openBalance]).toEqual(['paid', '0.00']);

  const other = await invoice(client, buyer.id, today(), '40');
  const note = await ok<Document>(client.post(`/api/v1/invoices/${other.id}/credit-note`, {}));
  const credited = await ok<Document>(client.post(`/api/v1/credit-notes/${note.id}/finalize`));
  expect([credited.type, credited.status, credited.totals.totalIncl]).toEqual([
    'creditNote',
    'finalized',
    '40.00',
  ]);
});

it('PEPPOL: reads the settings', async () => {
  const settings = await ok<PeppolSettings>(client.get('/api/v1/peppol/settings'));
  // A new company: nothing configured yet, its participant id derived from its number.
  expect([settings.configured, settings.provider, settings.hasSecret]).toEqual([
    false,
    'recommand',
    false,
  ]);
  expect(settings.participantId).toMatch(/^0208:\d{10}$/);
});

it('team: invites a user', async () => {
  const email = uniqueEmail('smoke');
  const created = await ok<{ invitation: { url: string } | null }>(
    client.post('/api/v1/team/users', {
      email,
      firstName: 'Anne',
      lastName: 'Smoke',
      role: 'employee',
      modules: [],
    }),
    201,
  );
  expect(created.invitation?.url).toMatch(/\/invite\//);
});

it('apps: switches an optional app off and on', async () => {
  expect((await client.put('/api/v1/apps/subscriptions', { enabled: false })).statusCode).toBe(200);
  expect((await client.get('/api/v1/subscriptions')).statusCode).toBe(403);
  expect((await client.put('/api/v1/apps/subscriptions', { enabled: true })).statusCode).toBe(200);
  expect((await client.get('/api/v1/subscriptions')).statusCode).toBe(200);
});

it('subscriptions: creates one, and the hourly run invoices its first period', async () => {
  const buyer = await customer(client, 'b2b');
  const yesterday = new Date(t.clock.now().getTime() - 86_400_000).toISOString().slice(0, 10);
  const subscription: Subscription = await createSubscription(client, buyer.id, {
    startDate: yesterday,
    creationHour: 0,
  });
  // The first period is invoiced at its run time: the run is asked for just after it.
  const runAt = new Date(new Date(subscription.nextRunAt ?? '').getTime() + 60_000);
  const result = await runnerOf(t).runDue(runAt);
  expect(result.failed).toBe(0);
  expect(result.created).toBeGreaterThanOrEqual(1);
  const invoices = await invoicesOf(client, subscription.id);
  expect(invoices.length).toBe(1);
  const page = await ok<DocumentPage>(client.get('/api/v1/invoices'));
  expect(page.total).toBeGreaterThan(0);
});
