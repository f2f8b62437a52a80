import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  translate,
  type Customer,
  type Document,
  type DocumentPage,
  type Journal,
} from '../../src/contract/index.js';
import { createTestApp, signedUpClient, type Client, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  // Room for real concurrency on PostgreSQL (PGlite has one connection and queues).
  t = await createTestApp({ databasePoolSize: 20 });
});
afterAll(() => t.close());

/** ARCHITECTURE §2: no gaps, no duplicates, under any concurrency. */
async function newCustomer(client: Client): Promise<Customer> {
  const response = await client.post('/api/v1/customers', {
    kind: 'company',
    name: 'Concurrency BV',
    language: 'nl',
    address: { street: null, number: null, box: null, postalCode: null, city: null, country: 'BE' },
  });
  return response.json<Customer>();
}

/**
 * Numbers follow dates (Belgian VAT Code): drafts of mixed dates finalised at once in one
 * journal. Whatever order they commit in, the numbered ones read by number have non-decreasing
 * dates and no gap, and each refused one is told why, in the user's language, and keeps no number.
 */
it('keeps numbers in date order when drafts of mixed dates are finalised concurrently', async () => {
  const { client } = await signedUpClient(t.app);
  const customer = await newCustomer(client);
  const journal = (
    await client.post('/api/v1/journals', {
      documentType: 'invoice',
      name: 'Dates',
      format: 'D%Y-(4)',
    })
  ).json<Journal>();
  const drafts: Document[] = [];
  for (let i = 0; i < 80; i++) {
    // Days 1..10 of June, interleaved so late and early dates race each other.
    const day = String(((i * 7) % 10) + 1).padStart(2, '0');
    const response = await client.post('/api/v1/invoices', {
      customerId: customer.id,
      journalId: journal.id,
      issueDate: `2026-06-${day}`,
      lines: [
        { kind: 'item', description: `L${i}`, quantity: '1', unitPrice: '10', vatRate: '21' },
      ],
    });
    drafts.push(response.json<Document>());
  }
  const results = await Promise.all(
    drafts.map((draft) =>
      client.post(`/api/v1/invoices/${draft.id}/finalize`, undefined, { 'accept-language': 'fr' }),
    ),
  );
  const refusal = new RegExp(
    `^${translate('fr', 'error.dateBeforeLastNumber', { date: '@' })
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace('@', '(\\d{4}-\\d{2}-\\d{2})')}$`,
  );
  const page = (
    await client.get('/api/v1/invoices?pageSize=100&sort=number:asc')
  ).json<DocumentPage>();
  const numbered = (
    await Promise.all(
      page.items
        .filter((item) => item.numberFormatted !== null)
        .map(async (item) => (await client.get(`/api/v1/invoices/${item.id}`)).json<Document>()),
    )
  ).sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  expect(numbered.map((d) => d.number)).toEqual(numbered.map((_, i) => i + 1));
  const dates = numbered.map((d) => d.issueDate);
  expect(dates).toEqual([...dates].sort());
  const lastDate = dates[dates.length - 1] ?? '';
  let refused = 0;
  results.forEach((response, i) => {
    const draft = drafts[i];
    if (!draft) throw new Error('missing draft');
    if (response.statusCode === 200) {
      expect(numbered.map((d) => d.id)).toContain(draft.id);
      return;
    }
    refused += 1;
    expect(response.statusCode).toBe(409);
    const { error } = response.json<{ error: { code: string; message: string } }>();
    expect(error.code).toBe('dateBeforeLastNumber');
    const seen = refusal.exec(error.message)?.[1] ?? '';
    // The date it was refused against is a numbered one, later than its own.
    expect(dates).toContain(seen);
    expect(seen > draft.issueDate).toBe(true);
    expect(draft.issueDate < lastDate).toBe(true);
  });
  expect(numbered.length + refused).toBe(drafts.length);
  // The first June 10 draft is always numbered: nothing can be dated after it.
  expect(lastDate).toBe('2026-06-10');
}, 120_000);

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
