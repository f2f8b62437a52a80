/**
 * A route needs every module whose records it reads or writes, and notifications follow the
 * reader's modules. Each case below was a leak: an employee with one module read or copied the
 * records of another.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document, Module, NotificationList } from '../../src/contract/index.js';
import { createCustomer, employeeClient } from './team-helpers.js';
import { exampleAddressedTo } from './peppol-example.js';
import {
  createTestApp,
  multipartFile,
  signedUpClient,
  VALID_ENTERPRISE_NUMBERS,
  type Client,
  type TestApp,
} from './test-app.js';

let t: TestApp;
let owner: Client;
let quoteId: string;
let invoiceId: string;
let paymentAccountId: string;
const employees = new Map<string, Client>();

const line = {
  kind: 'item',
  description: 'Travaux',
  quantity: '1',
  unitPrice: '100',
  vatRate: '21',
};

/** The employee holding exactly these modules. */
const as = (...modules: Module[]) => employees.get(modules.join('+')) as Client;

beforeAll(async () => {
  t = await createTestApp();
  const signed = await signedUpClient(t.app, { enterpriseNumber: VALID_ENTERPRISE_NUMBERS[0] });
  owner = signed.client;
  const customerId = await createCustomer(owner, 'Client Module');
  const document = { customerId, issueDate: '2026-01-15', lines: [line] };
  quoteId = (await owner.post('/api/v1/quotes', document)).json<Document>().id;
  expect((await owner.post(`/api/v1/quotes/${quoteId}/finalize`)).statusCode).toBe(200);
  invoiceId = (await owner.post('/api/v1/invoices', document)).json<Document>().id;
  expect((await owner.post(`/api/v1/invoices/${invoiceId}/finalize`)).statusCode).toBe(200);
  paymentAccountId = (await owner.get('/api/v1/payment-accounts')).json<{ id: string }[]>()[0]
    ?.id as string;
  const paid = await owner.post(`/api/v1/invoices/${invoiceId}/payments`, {
    date: '2026-01-20',
    amount: '5',
    paymentAccountId,
    reference: 'Virement partiel',
  });
  expect(paid.statusCode).toBe(200);

  // Real notifications: a reminder of the overdue invoice, a document received in the inbox.
  expect(
    (await owner.post(`/api/v1/invoices/${invoiceId}/reminders`, { channel: 'post' })).statusCode,
  ).toBe(201);
  const ubl = exampleAddressedTo(String(VALID_ENTERPRISE_NUMBERS[0]));
  const received = await owner.request({
    method: 'POST',
    url: '/api/v1/inbox',
    ...multipartFile('file', 'in.xml', 'application/xml', Buffer.from(ubl)),
  });
  expect(received.statusCode).toBe(201);

  for (const modules of [
    [],
    ['quotes'],
    ['invoices'],
    ['creditNotes'],
    ['payments'],
    ['purchases'],
    ['reports'],
    ['settings'],
    ['quotes', 'invoices'],
    ['invoices', 'creditNotes'],
    ['invoices', 'payments'],
    ['invoices', 'settings'],
  ] as Module[][]) {
    const employee = await employeeClient(t.app, owner, modules);
    employees.set(modules.join('+'), employee.client);
  }
}, 120_000);
afterAll(() => t.close());

describe('routes that need a set of modules', () => {
  it('converts a quote only with quotes, and into an invoice only with invoices too', async () => {
    const convert = (client: Client, body: object) =>
      client.post(`/api/v1/quotes/${quoteId}/convert`, body);
    expect((await convert(as('invoices'), { to: 'quote' })).statusCode).toBe(403);
    expect((await convert(as('invoices'), { to: 'invoice' })).statusCode).toBe(403);
    expect((await convert(as('quotes'), { to: 'invoice' })).statusCode).toBe(403);
    const deposit = { to: 'deposit', deposit: { type: 'percent', value: '30' } };
    expect((await convert(as('quotes'), deposit)).statusCode).toBe(403);
    const copy = await convert(as('quotes'), { to: 'quote' });
    expect([copy.statusCode, copy.json<Document>().type]).toEqual([200, 'quote']);
    const invoice = await convert(as('quotes', 'invoices'), { to: 'invoice' });
    expect([invoice.statusCode, invoice.json<Document>().type]).toEqual([200, 'invoice']);
  });

  it('makes a credit note of an invoice only with invoices and credit notes', async () => {
    const credit = (client: Client) => client.post(`/api/v1/invoices/${invoiceId}/credit-note`, {});
    expect((await credit(as('creditNotes'))).statusCode).toBe(403);
    expect((await credit(as('invoices'))).statusCode).toBe(403);
    const made = await credit(as('invoices', 'creditNotes'));
    expect([made.statusCode, made.json<Document>().type]).toEqual([200, 'creditNote']);
  });

  it('records payments on invoices only with payments and invoices', async () => {
    const pay = (client: Client) =>
      client.post(`/api/v1/invoices/${invoiceId}/payments`, {
        date: '2026-01-21',
        amount: '1',
        paymentAccountId,
      });
    expect((await pay(as('payments'))).statusCode).toBe(403);
    expect((await as('payments').get('/api/v1/invoices/balance')).statusCode).toBe(403);
    expect((await as('payments').get('/api/v1/payment-accounts')).statusCode).toBe(200);
    expect((await pay(as('invoices', 'payments'))).statusCode).toBe(200);
    expect((await as('invoices', 'payments').get('/api/v1/invoices/balance')).statusCode).toBe(200);
  });

  it('shows the payments of an invoice only to a reader with payments', async () => {
    const seen = async (client: Client) => {
      const invoice = (await client.get(`/api/v1/invoices/${invoiceId}`)).json<Document>();
      return [invoice.payments.map((p) => p.reference), invoice.amountPaid];
    };
    expect(await seen(as('invoices'))).toEqual([[], '6.00']);
    expect(await seen(as('invoices', 'payments'))).toEqual([['Virement partiel', null], '6.00']);
  });

  it('previews an e-mail text with a real document only for a reader of its module', async () => {
    const preview = (client: Client, kind: string) =>
      client.post('/api/v1/email/preview', { kind, language: 'fr', subject: 'S', body: 'B' });
    expect((await preview(as('settings'), 'invoice')).statusCode).toBe(403);
    expect((await preview(as('settings'), 'reminder')).statusCode).toBe(403);
    expect((await preview(as('invoices', 'settings'), 'quote')).statusCode).toBe(403);
    expect((await preview(as('invoices', 'settings'), 'invoice')).statusCode).toBe(200);
  });

  it('exports for the accountant only with reports and every module exported', async () => {
    const url = '/api/v1/exports/accountant?from=2026-01-01&to=2026-12-31';
    expect((await as('reports').get(url)).statusCode).toBe(403);
    expect((await owner.get(url)).statusCode).toBe(200);
  });
});

describe('notifications follow the reader’s modules', () => {
  const bell = async (client: Client) => {
    const list = (await client.get('/api/v1/notifications')).json<NotificationList>();
    return { unread: list.unread, types: list.items.map((item) => item.type).sort() };
  };

  // The two payments recorded above each raised "payment received" (payments and invoices).
  const PAID = ['paymentReceived', 'paymentReceived'];

  it('lists and counts only the notifications of the modules the reader holds', async () => {
    expect(await bell(owner)).toEqual({
      unread: 4,
      types: ['messageReceived', ...PAID, 'reminderCreated'],
    });
    expect(await bell(as())).toEqual({ unread: 0, types: [] });
    expect(await bell(as('quotes'))).toEqual({ unread: 0, types: [] });
    expect(await bell(as('payments'))).toEqual({ unread: 0, types: [] });
    expect(await bell(as('invoices'))).toEqual({ unread: 1, types: ['reminderCreated'] });
    expect(await bell(as('invoices', 'payments'))).toEqual({
      unread: 3,
      types: [...PAID, 'reminderCreated'],
    });
    expect(await bell(as('purchases'))).toEqual({ unread: 1, types: ['messageReceived'] });
  });

  it('marks read only what the reader sees', async () => {
    const items = (await owner.get('/api/v1/notifications')).json<NotificationList>().items;
    const reminder = items.find((item) => item.type === 'reminderCreated')?.id as string;
    const refused = await as('purchases').post(`/api/v1/notifications/${reminder}/read`);
    expect(refused.statusCode).toBe(404);
    expect((await as('purchases').post('/api/v1/notifications/read-all')).statusCode).toBe(204);
    // The purchases reader's "all" left the reminder unread for the others.
    expect(await bell(as('invoices'))).toEqual({ unread: 1, types: ['reminderCreated'] });
    expect(await bell(as('purchases'))).toEqual({ unread: 0, types: ['messageReceived'] });
    expect((await as('invoices').post(`/api/v1/notifications/${reminder}/read`)).statusCode).toBe(
      204,
    );
    expect(await bell(owner)).toEqual({
      unread: 2,
      types: ['messageReceived', ...PAID, 'reminderCreated'],
    });
  });
});
