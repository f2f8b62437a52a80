import { expect } from 'vitest';
import type { Document } from '../../../src/contract/index.js';
import type { HttpClient } from '../http-client.js';

/** The company's own SMTP server (the test one): the worker reads it and opens its password. */
export async function useSmtp(client: HttpClient, url: string, port: number): Promise<void> {
  const settings = await client.put(url, '/api/v1/email/settings', {
    sending: 'smtp',
    smtp: {
      host: '127.0.0.1',
      port,
      security: 'none',
      user: 'factuur',
      password: 's3cret',
      fromAddress: 'facturen@dupont.be',
      fromName: 'Électricité Dupont',
    },
    defaultCc: [],
    defaultBcc: [],
  });
  expect(settings.status, JSON.stringify(settings.body)).toBe(200);
}

export async function createCustomer(client: HttpClient, url: string): Promise<string> {
  const customer = await client.post<{ id: string }>(url, '/api/v1/customers', {
    kind: 'company',
    name: 'Bouwbedrijf Peeters BV',
    language: 'nl',
    vatNumber: 'BE0403170701',
    invoiceEmail: 'boekhouding@peeters.be',
    address: {
      street: 'Kerkstraat',
      number: '5',
      box: null,
      postalCode: '9000',
      city: 'Gent',
      country: 'BE',
    },
  });
  expect(customer.status, JSON.stringify(customer.body)).toBe(201);
  return customer.body.id;
}

export const invoiceDraft = (customerId: string) => ({
  customerId,
  issueDate: '2026-03-02',
  lines: [
    { kind: 'item', description: 'Werkuren', quantity: '10', unitPrice: '100', vatRate: '21' },
  ],
});

/** A finalised invoice, and its e-mail handed to the job queue. */
export async function sendInvoice(client: HttpClient, url: string): Promise<Document> {
  const draft = await client.post<Document>(
    url,
    '/api/v1/invoices',
    invoiceDraft(await createCustomer(client, url)),
  );
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  const finalized = await client.post<Document>(url, `/api/v1/invoices/${draft.body.id}/finalize`);
  expect(finalized.status, JSON.stringify(finalized.body)).toBe(200);
  const sent = await client.post(url, `/api/v1/invoices/${draft.body.id}/email`, {
    to: ['boekhouding@peeters.be'],
    subject: 'Factuur %number%',
    body: 'Beste klant',
  });
  expect(sent.status, JSON.stringify(sent.body)).toBe(202);
  return finalized.body;
}
