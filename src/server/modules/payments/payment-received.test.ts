import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Customer,
  Document,
  EmailSettings,
  NotificationList,
  PaymentAccount,
} from '../../../contract/index.js';
import { setCompany } from '../../../../tests/server/pdf-fixtures.js';
import {
  createTestApp,
  signedUpClient,
  type Client,
  type TestApp,
} from '../../../../tests/server/test-app.js';
import { TestSmtpServer } from '../../../../tests/server/test-smtp.js';

// "Payment received" (DOMAIN §11): every recorded payment raises a notice, and e-mails the
// customer when the company asks for it, once per payment, worded for full, partial and double
// (too much) payments. Delivered to a real SMTP server.

let t: TestApp;
let smtp: TestSmtpServer;
beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'http://localhost:3000' });
  smtp = await TestSmtpServer.start();
});
afterAll(async () => {
  await smtp.stop();
  await t.close();
});

async function ok<T>(response: Promise<{ statusCode: number; body: string; json: <U>() => U }>) {
  const answer = await response;
  expect(answer.statusCode, answer.body).toBeLessThan(300);
  return answer.json<T>();
}

/** A company sending through the test SMTP server, "payment received" on or off. */
async function company(paymentConfirmation: boolean) {
  const { client } = await signedUpClient(t.app);
  await setCompany(client, { legalName: 'Électricité Dupont SRL' });
  const settings = await ok<EmailSettings>(
    client.put('/api/v1/email/settings', {
      sending: 'smtp',
      smtp: {
        host: '127.0.0.1',
        port: smtp.port,
        security: 'none',
        fromAddress: 'facturen@dupont.be',
        fromName: 'Électricité Dupont',
      },
      paymentConfirmation,
    }),
  );
  expect(settings.paymentConfirmation).toBe(paymentConfirmation);
  return client;
}

/** A finalised invoice of 121,00 € (100 + 21 % VAT) to a customer with an e-mail address. */
async function invoice(client: Client, language: 'fr' | 'nl' = 'fr') {
  const customer = await ok<Customer>(
    client.post('/api/v1/customers', {
      kind: 'person',
      name: 'Jean Dubois',
      language,
      email: 'jean.dubois@example.be',
      address: {
        street: 'Rue Neuve',
        number: '3',
        box: null,
        postalCode: '1000',
        city: 'Bruxelles',
        country: 'BE',
      },
    }),
  );
  const draft = await ok<Document>(
    client.post('/api/v1/invoices', {
      customerId: customer.id,
      issueDate: '2026-03-02',
      lines: [
        { kind: 'item', description: 'Réparation', quantity: '1', unitPrice: '100', vatRate: '21' },
      ],
    }),
  );
  return ok<Document>(client.post(`/api/v1/invoices/${draft.id}/finalize`));
}

async function pay(client: Client, invoiceId: string, amount: string, date: string) {
  const accounts = await ok<PaymentAccount[]>(client.get('/api/v1/payment-accounts'));
  const cash = accounts.find((account) => account.kind === 'cash');
  return ok<Document>(
    client.post(`/api/v1/invoices/${invoiceId}/payments`, {
      date,
      amount,
      paymentAccountId: cash?.id,
      confirm: true,
    }),
  );
}

async function paymentMessages(invoiceId: string) {
  const { rows } = await sql<{ kind: string; status: string; payment_id: string | null }>`
    select kind, status, payment_id from email_messages
    where document_id = ${invoiceId} order by queued_at`.execute(t.database.db);
  return rows;
}

describe('payment received', () => {
  it('e-mails the customer once per payment: partial, full, then paid twice', async () => {
    const client = await company(true);
    const unpaid = await invoice(client);
    expect(unpaid.totals.totalIncl).toBe('121.00');
    const before = smtp.messages.length;

    expect((await pay(client, unpaid.id, '50.00', '2026-03-10')).status).toBe('partiallyPaid');
    expect((await pay(client, unpaid.id, '71.00', '2026-03-12')).status).toBe('paid');
    // The customer pays the whole invoice a second time.
    expect((await pay(client, unpaid.id, '121.00', '2026-03-13')).openBalance).toBe('-121.00');

    expect(await t.jobs.drain('email.send')).toBe(3);
    // Run again: nothing is sent twice.
    expect(await t.jobs.drain('email.send')).toBe(0);
    await smtp.waitFor(before + 3);
    const mails = smtp.messages.slice(before);
    expect(mails.length).toBe(3);
    expect(mails.map((m) => m.parsed.subject)).toEqual([
      `Paiement partiel reçu – facture ${unpaid.numberFormatted}`,
      `Paiement reçu – facture ${unpaid.numberFormatted}`,
      `Paiement reçu – facture ${unpaid.numberFormatted} (montant trop élevé)`,
    ]);
    expect(mails.map((m) => m.envelope.to)).toEqual([
      ['jean.dubois@example.be'],
      ['jean.dubois@example.be'],
      ['jean.dubois@example.be'],
    ]);
    const texts = mails.map((m) => (m.parsed.text ?? '').replace(/\s+/g, ' '));
    expect(texts[0]).toContain(
      `Nous avons bien reçu votre paiement de 50,00 € pour la facture ${unpaid.numberFormatted}. Il reste 71,00 € à payer.`,
    );
    expect(texts[1]).toContain(
      `Nous avons bien reçu votre paiement de 71,00 € pour la facture ${unpaid.numberFormatted}. Cette facture est entièrement payée.`,
    );
    expect(texts[2]).toContain(
      `Nous avons bien reçu votre paiement de 121,00 € pour la facture ${unpaid.numberFormatted}. Vous avez payé 121,00 € de plus que le montant dû (paiement en double ?).`,
    );
    expect(texts[0]).toContain('Bonjour Jean Dubois,');
    // No PDF: a confirmation, not the invoice again.
    expect(
      mails.map((m) => m.parsed.attachments.filter((a) => a.contentId === undefined).length),
    ).toEqual([0, 0, 0]);

    const messages = await paymentMessages(unpaid.id);
    expect(messages.map((m) => [m.kind, m.status])).toEqual([
      ['payment', 'sent'],
      ['payment', 'sent'],
      ['payment', 'sent'],
    ]);
    expect(new Set(messages.map((m) => m.payment_id)).size).toBe(3);
    // A payment confirmation does not turn a finalised invoice into a sent one.
    const after = await ok<Document>(client.get(`/api/v1/invoices/${unpaid.id}`));
    expect(after.status).toBe('paid');

    const notices = await ok<NotificationList>(client.get('/api/v1/notifications'));
    const received = notices.items
      .filter((n) => n.type === 'paymentReceived')
      .map((n) => n.params)
      .reverse();
    expect(received).toEqual([
      {
        amount: '50.00',
        currency: 'EUR',
        number: unpaid.numberFormatted,
        customer: 'Jean Dubois',
        outcome: 'partial',
        open: '71.00',
      },
      {
        amount: '71.00',
        currency: 'EUR',
        number: unpaid.numberFormatted,
        customer: 'Jean Dubois',
        outcome: 'full',
        open: '0.00',
      },
      {
        amount: '121.00',
        currency: 'EUR',
        number: unpaid.numberFormatted,
        customer: 'Jean Dubois',
        outcome: 'overpaid',
        open: '-121.00',
      },
    ]);
  });

  it('without the setting: the notice only, no e-mail', async () => {
    const client = await company(false);
    const unpaid = await invoice(client, 'nl');
    await pay(client, unpaid.id, '121.00', '2026-03-10');
    expect(await paymentMessages(unpaid.id)).toEqual([]);
    const notices = await ok<NotificationList>(client.get('/api/v1/notifications'));
    expect(notices.items.map((n) => [n.type, n.params.outcome])).toEqual([
      ['paymentReceived', 'full'],
    ]);
  });

  it('a payment that is rolled back leaves neither notice nor e-mail', async () => {
    const client = await company(true);
    const unpaid = await invoice(client);
    const accounts = await ok<PaymentAccount[]>(client.get('/api/v1/payment-accounts'));
    const cash = accounts.find((account) => account.kind === 'cash');
    // Too much without confirmation: refused.
    const refused = await client.post(`/api/v1/invoices/${unpaid.id}/payments`, {
      date: '2026-03-10',
      amount: '500.00',
      paymentAccountId: cash?.id,
    });
    expect(refused.statusCode).toBe(409);
    expect(await paymentMessages(unpaid.id)).toEqual([]);
    const notices = await ok<NotificationList>(client.get('/api/v1/notifications'));
    expect(notices.items.filter((n) => n.type === 'paymentReceived')).toEqual([]);
  });
});
