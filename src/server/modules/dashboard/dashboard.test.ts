import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardSummary, Document, PaymentAccount } from '../../../contract/index.js';
import { employeeClient, createCustomer } from '../../../../tests/server/team-helpers.js';
import {
  createTestApp,
  signedUpClient,
  type Client,
  type TestApp,
} from '../../../../tests/server/test-app.js';

// Mid-June of next year (the clock only moves forward, so sessions stay valid): "this month"
// is June, "this year" is Y.
const Y = new Date().getUTCFullYear() + 1;
const PREV = Y - 1;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.advance(Date.parse(`${Y}-06-15T10:00:00Z`) - t.clock.now().getTime());
});
afterAll(() => t.close());

async function ok<T>(response: Promise<{ statusCode: number; body: string; json: <U>() => U }>) {
  const result = await response;
  if (result.statusCode >= 300) throw new Error(`${result.statusCode} ${result.body}`);
  return result.json<T>();
}

/** A document with lines of these prices excl. VAT (21 %), finalised unless `draft`. */
async function document(
  client: Client,
  path: 'invoices' | 'quotes' | 'credit-notes',
  customerId: string,
  fields: { issueDate: string; dueDate?: string; validUntil?: string },
  prices: string[],
  draft = false,
): Promise<Document> {
  const created = await ok<Document>(
    client.post(`/api/v1/${path}`, {
      customerId,
      ...fields,
      lines: prices.map((unitPrice) => ({
        kind: 'item',
        description: `Werk ${unitPrice}`,
        quantity: '1',
        unitPrice,
        vatRate: '21',
      })),
    }),
  );
  return draft ? created : ok<Document>(client.post(`/api/v1/${path}/${created.id}/finalize`));
}

describe('dashboard summary', () => {
  it('adds up receivables, turnover, drafts and waiting quotes, for the reader’s modules only', async () => {
    const { client: owner } = await signedUpClient(t.app);
    const customerId = await createCustomer(owner, 'Bakkerij Peeters');

    // Last year: counts in receivables (overdue), not in this year's turnover.
    await document(
      owner,
      'invoices',
      customerId,
      { issueDate: `${PREV}-12-20`, dueDate: `${Y}-01-19` },
      ['100'],
    );
    // March: 200 excl. (242 incl.), 42 paid, overdue since April.
    const march = await document(
      owner,
      'invoices',
      customerId,
      { issueDate: `${Y}-03-10`, dueDate: `${Y}-04-09` },
      ['200'],
    );
    // Paid in full: no receivable, but turnover of May.
    const may = await document(
      owner,
      'invoices',
      customerId,
      { issueDate: `${Y}-05-05`, dueDate: `${Y}-06-04` },
      ['300'],
    );
    // June: 1 000 + 50 excl. (1 270.50 incl.), not due yet; the 50 line is credited (60.50 incl.).
    const june = await document(
      owner,
      'invoices',
      customerId,
      { issueDate: `${Y}-06-02`, dueDate: `${Y}-07-02` },
      ['1000', '50'],
    );
    const accounts = await ok<PaymentAccount[]>(owner.get('/api/v1/payment-accounts'));
    const cash = accounts.find((account) => account.kind === 'cash');
    if (!cash) throw new Error('expected a cash book');
    await ok(
      owner.post(`/api/v1/invoices/${march.id}/payments`, {
        date: `${Y}-04-20`,
        amount: '42',
        paymentAccountId: cash.id,
      }),
    );
    await ok(
      owner.post(`/api/v1/invoices/${may.id}/mark-paid`, {
        paymentAccountId: cash.id,
        date: `${Y}-05-20`,
      }),
    );
    const fiftyLine = june.lines.find(
      (line) => line.kind === 'item' && line.description === 'Werk 50',
    );
    const credit = await ok<Document>(
      owner.post(`/api/v1/invoices/${june.id}/credit-note`, {
        lineIds: [fiftyLine?.id],
        issueDate: `${Y}-06-10`,
      }),
    );
    await ok(owner.post(`/api/v1/credit-notes/${credit.id}/finalize`));
    // Drafts: two invoices, one quote, none of credit notes; they count nowhere else.
    await document(owner, 'invoices', customerId, { issueDate: `${Y}-06-14` }, ['5000'], true);
    await document(owner, 'invoices', customerId, { issueDate: `${Y}-06-14` }, ['7000'], true);
    await document(owner, 'quotes', customerId, { issueDate: `${Y}-06-14` }, ['9000'], true);
    // Quotes: one expired, one waiting (valid until July), one accepted.
    await document(
      owner,
      'quotes',
      customerId,
      { issueDate: `${Y}-01-10`, validUntil: `${Y}-02-09` },
      ['800'],
    );
    await document(
      owner,
      'quotes',
      customerId,
      { issueDate: `${Y}-06-01`, validUntil: `${Y}-07-01` },
      ['400', '25.50'],
    );
    const accepted = await document(
      owner,
      'quotes',
      customerId,
      { issueDate: `${Y}-06-03`, validUntil: `${Y}-07-03` },
      ['600'],
    );
    await ok(owner.post(`/api/v1/quotes/${accepted.id}/accept`));

    const summary = await ok<DashboardSummary>(owner.get('/api/v1/dashboard/summary'));
    expect(summary).toEqual({
      today: `${Y}-06-15`,
      receivables: {
        // 121.00 + 200.00 + 1 210.00
        open: { count: 3, amount: '1531.00' },
        // 121.00 + 200.00
        overdue: { count: 2, amount: '321.00' },
      },
      // June: 1 050 − 50; 2026: 200 + 300 + 1 050 − 50
      turnover: { month: '1000.00', year: '1500.00' },
      drafts: { quotes: 1, invoices: 2, creditNotes: 0 },
      quotesWaiting: { count: 1, amount: '425.50' },
    });

    // An employee with quotes only sees quote figures; one without modules sees none.
    const quotesOnly = await employeeClient(t.app, owner, ['quotes']);
    expect(await ok<DashboardSummary>(quotesOnly.client.get('/api/v1/dashboard/summary'))).toEqual({
      today: `${Y}-06-15`,
      drafts: { quotes: 1 },
      quotesWaiting: { count: 1, amount: '425.50' },
    });
    const nothing = await employeeClient(t.app, owner, []);
    const bare = await nothing.client.get('/api/v1/dashboard/summary');
    expect(bare.statusCode).toBe(200);
    expect(bare.body).toBe(`{"today":"${Y}-06-15"}`);
  });
});
