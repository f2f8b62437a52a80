import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Customer, Document, Journal } from '../../src/contract/index.js';
import { createTestApp, signedUpClient, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  // Room for real concurrency on PostgreSQL (PGlite has one connection and queues).
  t = await createTestApp({ databasePoolSize: 20 });
});
afterAll(() => t.close());

/** ARCHITECTURE §2: no gaps, no duplicates, under any concurrency. */
it('finalises 500 invoices concurrently over 5 journals without a gap or a duplicate', async () => {
  const { client } = await signedUpClient(t.app);
  const customer = (
    await client.post('/api/v1/customers', {
      kind: 'company',
      name: 'Concurrency BV',
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
  const journals: Journal[] = [];
  for (let j = 0; j < 5; j++) {
    const response = await client.post('/api/v1/journals', {
      documentType: 'invoice',
      name: `J${j}`,
      format: `J${j}-%Y-(5)`,
    });
    journals.push(response.json<Journal>());
  }
  const drafts: Document[] = [];
  for (let i = 0; i < 500; i++) {
    const response = await client.post('/api/v1/invoices', {
      customerId: customer.id,
      journalId: journals[i % 5]?.id,
      issueDate: '2026-05-04',
      lines: [
        { kind: 'item', description: `Line ${i}`, quantity: '1', unitPrice: '10', vatRate: '21' },
      ],
    });
    drafts.push(response.json<Document>());
  }
  const finals = await Promise.all(
    drafts.map(async (draft) => {
      const response = await client.post(`/api/v1/invoices/${draft.id}/finalize`);
      expect(response.statusCode).toBe(200);
      return response.json<Document>();
    }),
  );
  for (const journal of journals) {
    const numbers = finals
      .filter((f) => f.journalId === journal.id)
      .map((f) => f.number ?? 0)
      .sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  }
  expect(new Set(finals.map((f) => f.numberFormatted)).size).toBe(500);
  expect(new Set(finals.map((f) => f.structuredCommunication)).size).toBe(500);
}, 180_000);
