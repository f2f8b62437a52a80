import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Customer,
  Document,
  DocumentInput,
  FinalizePreview,
} from '../../../contract/index.js';
import {
  createTestApp,
  signedUpClient,
  type Client,
  type TestApp,
} from '../../../../tests/server/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function companyCustomer(client: Client): Promise<Customer> {
  const response = await client.post('/api/v1/customers', {
    kind: 'company',
    name: 'Bouwbedrijf Peeters BV',
    address: {
      street: 'Kerkstraat',
      number: '5',
      box: null,
      postalCode: '9000',
      city: 'Gent',
      country: 'BE',
    },
    vatNumber: 'BE0403170701',
    language: 'nl',
  });
  return response.json<Customer>();
}

const item = { kind: 'item', description: 'Pompe', quantity: '2', unitPrice: '80' } as const;

function input(customerId: string, lines: DocumentInput['lines'], orderReference: string) {
  return { customerId, issueDate: '2026-03-02', orderReference, lines } satisfies DocumentInput;
}

/** A saved draft and what the server holds of it afterwards. */
async function setUp() {
  const { client } = await signedUpClient(t.app);
  const c = await companyCustomer(client);
  const created = await client.post(
    '/api/v1/invoices',
    input(c.id, [{ ...item, vatRate: '21' }], 'first'),
  );
  expect(created.statusCode).toBe(201);
  const draft = created.json<Document>();
  const url = `/api/v1/invoices/${draft.id}`;
  const stored = async () => (await client.get(url)).json<Document>();
  const nextNumber = async () =>
    (await client.get(`${url}/finalize-preview`)).json<FinalizePreview>().nextNumber;
  return { client, c, draft, url, stored, nextNumber };
}

describe('save and finalise: one request, one transaction', () => {
  it('stores nothing when a line is refused: the draft is unchanged and no number is taken', async () => {
    const { client, c, draft, url, stored, nextNumber } = await setUp();
    const oversized = {
      ...item,
      quantity: '1000000',
      unitPrice: '100000000',
      vatRate: '21' as const,
    };
    const refused = await client.post(
      `${url}/finalize`,
      { draft: input(c.id, [{ ...item, vatRate: '21' }, oversized], 'second') },
      { 'accept-language': 'en' },
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual({
      'lines.1.unitPrice': 'This amount is too large.',
    });
    const after = await stored();
    expect(after).toMatchObject({ status: 'draft', number: null, orderReference: 'first' });
    expect(after.updatedAt).toBe(draft.updatedAt);
    expect(after.lines).toHaveLength(1);
    expect(await nextNumber()).toBe(1);
  });

  it('rolls the saved content back when finalising is refused (6 % to a business, unconfirmed)', async () => {
    const { client, c, draft, url, stored, nextNumber } = await setUp();
    const refused = await client.post(`${url}/finalize`, {
      draft: input(c.id, [{ ...item, vatRate: '6' }], 'second'),
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('renovationVatNeedsConfirmation');
    const after = await stored();
    expect(after).toMatchObject({ status: 'draft', orderReference: 'first' });
    expect(after.lines.map((line) => line.kind === 'item' && line.vatRate)).toEqual(['21']);
    expect(after.updatedAt).toBe(draft.updatedAt);
    expect(await nextNumber()).toBe(1);
  });

  it('refuses a draft changed elsewhere since the editor read it (If-Match), numbering nothing', async () => {
    const { client, c, draft, url, stored, nextNumber } = await setUp();
    const elsewhere = await client.put(url, input(c.id, [{ ...item, vatRate: '21' }], 'tab 2'));
    expect(elsewhere.statusCode).toBe(200);
    const stale = await client.post(
      `${url}/finalize`,
      { draft: input(c.id, [{ ...item, vatRate: '21' }], 'tab 1') },
      { 'if-match': `"${draft.updatedAt}"` },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('editConflict');
    expect(await stored()).toMatchObject({ status: 'draft', orderReference: 'tab 2' });
    expect(await nextNumber()).toBe(1);
  });

  it('saves the new content and numbers it together', async () => {
    const { client, c, draft, url, stored } = await setUp();
    const done = await client.post(
      `${url}/finalize`,
      {
        confirmRenovationVat: true,
        draft: input(
          c.id,
          [
            { ...item, vatRate: '6' },
            { ...item, vatRate: '21' },
          ],
          'second',
        ),
      },
      { 'if-match': `"${draft.updatedAt}"` },
    );
    expect(done.statusCode).toBe(200);
    expect(done.json<Document>()).toMatchObject({
      status: 'finalized',
      number: 1,
      numberFormatted: 'F2026-0001',
      orderReference: 'second',
    });
    const after = await stored();
    expect(after.lines.map((line) => line.kind === 'item' && line.vatRate)).toEqual(['6', '21']);
    expect(after.totals.totalIncl).toBe('363.20');
  });
});
