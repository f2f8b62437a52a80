import { describe, expect, it } from 'vitest';
import type {
  Customer,
  Document,
  DocumentPage,
  InvoiceBalance,
  PaymentAccount,
} from '../../../contract/index.js';
import { signedUpClient, useTestApp, type Client } from '../../../../tests/server/test-app.js';

const t = useTestApp();

/** A finalized invoice of 121.00 (100 + 21 % VAT) and the organization's cash book. */
async function setup(client: Client, issueDate = '2026-01-15') {
  const customer = (
    await client.post('/api/v1/customers', {
      kind: 'company',
      name: 'Klant BV',
      language: 'nl',
      address: {
        street: null,
        number: null,
        box: null,
        postalCode: null,
        city: null,
        country: 'BE',
      },
    })
  ).json<Customer>();
  const draft = (
    await client.post('/api/v1/invoices', {
      customerId: customer.id,
      issueDate,
      lines: [
        { kind: 'item', description: 'Werk', quantity: '1', unitPrice: '100', vatRate: '21' },
      ],
    })
  ).json<Document>();
  const invoice = (await client.post(`/api/v1/invoices/${draft.id}/finalize`)).json<Document>();
  const accounts = (await client.get('/api/v1/payment-accounts')).json<PaymentAccount[]>();
  return {
    customer,
    invoice,
    draft,
    cash: accounts.find((a) => a.kind === 'cash') as PaymentAccount,
  };
}

async function pay(client: Client, invoiceId: string, body: Record<string, unknown>) {
  return client.post(`/api/v1/invoices/${invoiceId}/payments`, body);
}

describe('payments', () => {
  it('follows partial payments to paid, and back when a payment is deleted', async () => {
    const { client } = await signedUpClient(t.app);
    const { invoice, cash } = await setup(client);
    expect(invoice.openBalance).toBe('121.00');
    const first = (
      await pay(client, invoice.id, {
        date: '2026-01-20',
        amount: '21',
        paymentAccountId: cash.id,
        reference: 'cash',
      })
    ).json<Document>();
    expect(first).toMatchObject({
      status: 'partiallyPaid',
      amountPaid: '21.00',
      openBalance: '100.00',
    });
    const bank = (
      await client.post('/api/v1/payment-accounts', {
        kind: 'bank',
        name: 'KBC',
        iban: 'BE68 5390 0754 7034',
      })
    ).json<PaymentAccount>();
    const rest = (
      await pay(client, invoice.id, {
        date: '2026-01-25',
        amount: '100.00',
        paymentAccountId: bank.id,
      })
    ).json<Document>();
    expect(rest).toMatchObject({ status: 'paid', openBalance: '0.00' });
    expect(rest.payments.map((p) => [p.amount, p.paymentAccountName])).toEqual([
      ['21.00', cash.name],
      ['100.00', 'KBC'],
    ]);
    const back = (
      await client.delete(`/api/v1/invoices/${invoice.id}/payments/${rest.payments[1]?.id}`)
    ).json<Document>();
    expect(back).toMatchObject({ status: 'partiallyPaid', openBalance: '100.00' });
    const accounts = (await client.get('/api/v1/payment-accounts')).json<PaymentAccount[]>();
    expect(accounts.find((a) => a.id === cash.id)?.balance).toBe('21.00');
    expect(accounts.find((a) => a.id === bank.id)?.balance).toBe('0.00');
  });

  it('marks paid in one click', async () => {
    const { client } = await signedUpClient(t.app);
    const { invoice, cash } = await setup(client);
    await pay(client, invoice.id, { date: '2026-01-20', amount: '20', paymentAccountId: cash.id });
    const paid = (
      await client.post(`/api/v1/invoices/${invoice.id}/mark-paid`, {
        paymentAccountId: cash.id,
        date: '2026-01-21',
      })
    ).json<Document>();
    expect(paid).toMatchObject({ status: 'paid', openBalance: '0.00' });
    expect(paid.payments.map((p) => p.amount)).toEqual(['20.00', '101.00']);
    expect(
      (await client.post(`/api/v1/invoices/${invoice.id}/mark-paid`, { paymentAccountId: cash.id }))
        .statusCode,
    ).toBe(409);
  });

  it('asks for confirmation of an overpayment or an apparent double payment', async () => {
    const { client } = await signedUpClient(t.app);
    const { invoice, cash } = await setup(client);
    const over = await pay(client, invoice.id, {
      date: '2026-01-20',
      amount: '150',
      paymentAccountId: cash.id,
    });
    expect(over.statusCode).toBe(409);
    expect(over.json().error).toMatchObject({ code: 'overpayment' });
    expect(over.json().error.message).toContain('121.00');
    await pay(client, invoice.id, {
      date: '2026-01-20',
      amount: '50',
      paymentAccountId: cash.id,
      reference: 'T1',
    });
    const twice = await pay(client, invoice.id, {
      date: '2026-01-20',
      amount: '50',
      paymentAccountId: cash.id,
      reference: 'T1',
    });
    expect(twice.json().error.code).toBe('possibleDuplicatePayment');
    const confirmed = (
      await pay(client, invoice.id, {
        date: '2026-01-20',
        amount: '100',
        paymentAccountId: cash.id,
        confirm: true,
      })
    ).json<Document>();
    expect(confirmed).toMatchObject({ status: 'paid', openBalance: '-29.00' });
  });

  it('refuses paying a draft, bad amounts and foreign accounts, and changes nothing', async () => {
    const { client } = await signedUpClient(t.app);
    const { customer, invoice, cash } = await setup(client);
    const draft = (
      await client.post('/api/v1/invoices', {
        customerId: customer.id,
        issueDate: '2026-01-15',
        lines: [{ kind: 'item', description: 'X', quantity: '1', unitPrice: '1', vatRate: '21' }],
      })
    ).json<Document>();
    expect(
      (await pay(client, draft.id, { date: '2026-01-20', amount: '1', paymentAccountId: cash.id }))
        .statusCode,
    ).toBe(409);
    const bad = await pay(client, invoice.id, {
      date: '2026-13-01',
      amount: '-5',
      paymentAccountId: cash.id,
    });
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['amount', 'date']);
    const other = await signedUpClient(t.app);
    const theirs = (await other.client.get('/api/v1/payment-accounts')).json<PaymentAccount[]>()[0];
    const foreign = await pay(client, invoice.id, {
      date: '2026-01-20',
      amount: '1',
      paymentAccountId: theirs?.id,
    });
    expect(foreign.json().error.fields).toHaveProperty('paymentAccountId');
    expect(
      (
        await pay(other.client, invoice.id, {
          date: '2026-01-20',
          amount: '1',
          paymentAccountId: theirs?.id,
        })
      ).statusCode,
    ).toBe(404);
    expect((await client.get(`/api/v1/invoices/${invoice.id}`)).json<Document>().amountPaid).toBe(
      '0.00',
    );
  });

  it('reports open and overdue balances and lists unpaid invoices', async () => {
    const { client } = await signedUpClient(t.app);
    const { customer, invoice, cash } = await setup(client, '2025-01-01');
    await setup(client, '2099-01-01');
    await pay(client, invoice.id, { date: '2025-02-01', amount: '21', paymentAccountId: cash.id });
    const all = (await client.get('/api/v1/invoices/balance')).json<InvoiceBalance>();
    expect(all).toEqual({
      unpaid: { count: 2, openBalance: '221.00' },
      overdue: { count: 1, openBalance: '100.00' },
    });
    const one = (
      await client.get(`/api/v1/invoices/balance?customerId=${customer.id}`)
    ).json<InvoiceBalance>();
    expect(one.unpaid).toEqual({ count: 1, openBalance: '100.00' });
    const unpaid = (await client.get('/api/v1/invoices?status=unpaid')).json<DocumentPage>();
    expect(unpaid.items.map((i) => i.openBalance).sort()).toEqual(['100.00', '121.00']);
  });
});
