import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document, EmailDraft } from '../../src/contract/index.js';
import { createCustomer, exampleA, finalInvoice, setCompany } from './pdf-fixtures.js';
import { createTestApp, signedUpClient, type TestApp } from './test-app.js';
import { TestSmtpServer } from './test-smtp.js';

let t: TestApp;
let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await TestSmtpServer.start();
  // No FACTO_PUBLIC_URL, and not the default port: links must name the port really served.
  t = await createTestApp({
    port: 4567,
    publicUrl: undefined,
    smtpUrl: `smtp://127.0.0.1:${smtp.port}?tls=none`,
    mailFrom: 'Facto <no-reply@facto.example.be>',
  });
});
afterAll(async () => {
  await smtp.stop();
  await t.close();
});

const customerInput = {
  kind: 'person',
  name: 'Marc Lambert',
  language: 'fr',
  address: { street: null, number: null, box: null, postalCode: null, city: null, country: 'BE' },
};

describe('links Facto gives out without FACTO_PUBLIC_URL', () => {
  it('name the port the server listens on, in e-mails and in the Origin check', async () => {
    const { client } = await signedUpClient(t.app);
    await setCompany(client);
    const customer = await createCustomer(client, { email: 'jan@peeters.be' });
    const invoice: Document = await finalInvoice(client, exampleA(customer.id));
    const draft = (await client.get(`/api/v1/invoices/${invoice.id}/email`)).json<EmailDraft>();
    const before = smtp.messages.length;
    const queued = await client.post(`/api/v1/invoices/${invoice.id}/email`, {
      to: draft.to,
      subject: draft.subject,
      body: `${draft.body}\n%link%`,
    });
    expect(queued.statusCode).toBe(202);
    await t.jobs.drain('email.send');
    await smtp.waitFor(before + 1);
    const text = smtp.messages[before]?.parsed.text ?? '';
    const links = text.match(/https?:\/\/[^\s/]+\/d\/[\w-]+/g) ?? [];
    expect(links.map((link) => new URL(link).origin)).toEqual([
      'http://localhost:4567',
      'http://localhost:4567',
    ]);

    // A browser on http://localhost:4567 passes the Origin check even behind another Host name.
    const fromApp = await client.request({
      method: 'POST',
      url: '/api/v1/customers',
      headers: { origin: 'http://localhost:4567', host: 'facto.lan' },
      payload: customerInput,
    });
    expect(fromApp.statusCode).toBe(201);
    const foreign = await client.request({
      method: 'POST',
      url: '/api/v1/customers',
      headers: { origin: 'http://localhost:3000', host: 'facto.lan' },
      payload: customerInput,
    });
    expect(foreign.statusCode).toBe(403);
  });
});
