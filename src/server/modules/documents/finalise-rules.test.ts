import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  translate,
  type Customer,
  type Document,
  type DocumentInput,
  type FinalizePreview,
  type Language,
  type MessageKey,
  type Product,
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

interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

async function customer(client: Client, overrides: Record<string, unknown> = {}) {
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
    ...overrides,
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json<Customer>();
}

const privatePerson = (client: Client) =>
  customer(client, { kind: 'person', name: 'Jan Janssens', vatNumber: null });

function invoice(customerId: string, lines: DocumentInput['lines'], extra = {}): DocumentInput {
  return { customerId, issueDate: '2026-03-10', lines, ...extra };
}

const item = (unitPrice: string, vatRate: '21' | '6' = '21', quantity = '1') => ({
  kind: 'item' as const,
  description: 'Travaux',
  quantity,
  unitPrice,
  vatRate,
});

async function draft(client: Client, body: DocumentInput, path = 'invoices'): Promise<Document> {
  const response = await client.post(`/api/v1/${path}`, body);
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json<Document>();
}

/** Each language's own message: the refusal is translated, not a key or an English fallback. */
async function expectRefusal(
  send: (language: Language) => Promise<{ statusCode: number; json: <T>() => T }>,
  status: number,
  code: string,
  key: MessageKey,
  field?: string,
) {
  const messages = new Set<string>();
  for (const language of ['fr', 'nl', 'en'] as const) {
    const response = await send(language);
    expect(response.statusCode).toBe(status);
    const { error } = response.json<ErrorBody>();
    expect(error.code).toBe(code);
    if (field) expect(error.fields).toEqual({ [field]: translate(language, key) });
    else expect(error.message).toBe(translate(language, key));
    messages.add(field ? (error.fields?.[field] ?? '') : error.message);
  }
  expect(messages.size).toBe(3);
}

const lang = (language: Language) => ({ 'accept-language': language });

describe('due date', () => {
  it('refuses a due date before the issue date on create, update and finalise', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const early = invoice(c.id, [item('100')], { dueDate: '2026-03-09' });
    await expectRefusal(
      (language) => client.post('/api/v1/invoices', early, lang(language)),
      400,
      'validation',
      'validation.dueBeforeIssue',
      'dueDate',
    );
    const ok = await draft(client, invoice(c.id, [item('100')], { dueDate: '2026-03-10' }));
    expect(ok.dueDate).toBe('2026-03-10');
    await expectRefusal(
      (language) => client.put(`/api/v1/invoices/${ok.id}`, early, lang(language)),
      400,
      'validation',
      'validation.dueBeforeIssue',
      'dueDate',
    );
    // A draft saved before this rule existed is refused at finalisation, without using a number.
    await sql`update documents set due_date = '2026-03-01' where id = ${ok.id}`.execute(
      t.database.db,
    );
    await expectRefusal(
      (language) => client.post(`/api/v1/invoices/${ok.id}/finalize`, {}, lang(language)),
      400,
      'validation',
      'validation.dueBeforeIssue',
      'dueDate',
    );
    const preview = await client.get(`/api/v1/invoices/${ok.id}/finalize-preview`);
    expect(preview.json<FinalizePreview>().nextNumber).toBe(1);
  });
});

describe('totals', () => {
  it('refuses to finalise an invoice asking a negative amount, and no number is used', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const negative = await draft(client, invoice(c.id, [item('100', '21', '-1')]));
    expect(negative.totals.totalIncl).toBe('-121.00');
    await expectRefusal(
      (language) => client.post(`/api/v1/invoices/${negative.id}/finalize`, {}, lang(language)),
      409,
      'negativeTotal',
      'error.negativeTotal',
    );
    // Not even with every confirmation: this is a credit note's job.
    const forced = await client.post(`/api/v1/invoices/${negative.id}/finalize`, {
      confirmZeroTotal: true,
      confirmRenovationVat: true,
    });
    expect(forced.statusCode).toBe(409);
    const after = (await client.get(`/api/v1/invoices/${negative.id}`)).json<Document>();
    expect([after.status, after.number]).toEqual(['draft', null]);
    const next = await draft(client, invoice(c.id, [item('100')]));
    const final = (await client.post(`/api/v1/invoices/${next.id}/finalize`)).json<Document>();
    expect(final.number).toBe(1);
  });

  it('finalises a zero-total invoice only when the request confirms it', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const zero = await draft(client, invoice(c.id, [item('0')]));
    const preview = (
      await client.get(`/api/v1/invoices/${zero.id}/finalize-preview`)
    ).json<FinalizePreview>();
    expect(preview.confirmations).toEqual(['zeroTotal']);
    await expectRefusal(
      (language) => client.post(`/api/v1/invoices/${zero.id}/finalize`, {}, lang(language)),
      409,
      'zeroTotalNeedsConfirmation',
      'error.zeroTotalNeedsConfirmation',
    );
    expect((await client.post(`/api/v1/invoices/${zero.id}/finalize`)).statusCode).toBe(409);
    const confirmed = await client.post(`/api/v1/invoices/${zero.id}/finalize`, {
      confirmZeroTotal: true,
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json<Document>()).toMatchObject({ status: 'finalized', number: 1 });
  });
});

describe('6 % renovation rate', () => {
  it('needs an explicit confirmation for a VAT-registered customer, kept in the audit log', async () => {
    const { client } = await signedUpClient(t.app);
    const business = await customer(client);
    const doc = await draft(client, invoice(business.id, [item('1000', '6'), item('50')]));
    const preview = (
      await client.get(`/api/v1/invoices/${doc.id}/finalize-preview`)
    ).json<FinalizePreview>();
    expect(preview.confirmations).toEqual(['renovationVat']);
    await expectRefusal(
      (language) => client.post(`/api/v1/invoices/${doc.id}/finalize`, {}, lang(language)),
      409,
      'renovationVatNeedsConfirmation',
      'error.renovationVatNeedsConfirmation',
    );
    const confirmed = await client.post(`/api/v1/invoices/${doc.id}/finalize`, {
      confirmRenovationVat: true,
    });
    expect(confirmed.statusCode).toBe(200);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('data')
      .where('entity_id', '=', doc.id)
      .where('action', '=', 'document.finalized')
      .executeTakeFirstOrThrow();
    expect(audit.data).toEqual({
      number: confirmed.json<Document>().numberFormatted,
      confirmed: ['renovationVat'],
    });
  });

  it('asks nothing for a private customer, at 21 % only, or on a quote', async () => {
    const { client } = await signedUpClient(t.app);
    const person = await privatePerson(client);
    const business = await customer(client);
    const home = await draft(client, invoice(person.id, [item('1000', '6')]));
    expect(
      (await client.get(`/api/v1/invoices/${home.id}/finalize-preview`)).json<FinalizePreview>()
        .confirmations,
    ).toEqual([]);
    expect((await client.post(`/api/v1/invoices/${home.id}/finalize`)).statusCode).toBe(200);
    const standard = await draft(client, invoice(business.id, [item('1000')]));
    expect((await client.post(`/api/v1/invoices/${standard.id}/finalize`)).statusCode).toBe(200);
    const quote = await draft(client, invoice(business.id, [item('1000', '6')]), 'quotes');
    expect((await client.post(`/api/v1/quotes/${quote.id}/finalize`)).statusCode).toBe(200);
  });
});

describe('customer default discount', () => {
  it('applies to a document created without a discount; an explicit one or null wins', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client, { defaultDiscountPercent: '10' });
    const defaulted = await draft(client, invoice(c.id, [item('100')]));
    expect(defaulted.discount).toEqual({ type: 'percent', value: '10.00' });
    expect(defaulted.totals.totalExcl).toBe('90.00');
    const none = await draft(client, invoice(c.id, [item('100')], { discount: null }));
    expect([none.discount, none.totals.totalExcl]).toEqual([null, '100.00']);
    const own = await draft(
      client,
      invoice(c.id, [item('100')], { discount: { type: 'amount', value: '5' } }),
    );
    expect([own.discount, own.totals.totalExcl]).toEqual([{ type: 'amount', value: '5' }, '95.00']);
    const plain = await draft(client, invoice((await privatePerson(client)).id, [item('100')]));
    expect(plain.discount).toBe(null);
  });
});

describe('product ids', () => {
  async function product(client: Client, code: string): Promise<Product> {
    const response = await client.post('/api/v1/products', {
      code,
      name: { fr: 'Prise', nl: null, en: null, de: null },
      description: { fr: null, nl: null, en: null, de: null },
      unitCode: 'C62',
      price: '12.40',
      vatRate: '21',
    });
    if (response.statusCode !== 201) throw new Error(response.body);
    return response.json<Product>();
  }

  it("refuses a line naming another organization's product or none at all", async () => {
    const { client } = await signedUpClient(t.app);
    const other = await signedUpClient(t.app);
    const c = await customer(client);
    const mine = await product(client, 'P1');
    const theirs = await product(other.client, 'P1');
    const line = (productId: string) => ({ ...item('10'), productId });
    const body = invoice(c.id, [
      line(mine.id),
      line(theirs.id),
      { kind: 'text', description: 'Note' },
      line('00000000-0000-4000-8000-000000000000'),
    ]);
    const response = await client.post('/api/v1/invoices', body, lang('nl'));
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorBody>().error.fields).toEqual({
      'lines.1.productId': translate('nl', 'validation.unknownProduct'),
      'lines.3.productId': translate('nl', 'validation.unknownProduct'),
    });
    const good = await draft(client, invoice(c.id, [line(mine.id)]));
    const put = await client.put(`/api/v1/invoices/${good.id}`, body);
    expect(Object.keys(put.json<ErrorBody>().error.fields ?? {})).toEqual([
      'lines.1.productId',
      'lines.3.productId',
    ]);
    expect((await client.get(`/api/v1/invoices/${good.id}`)).json<Document>().lines.length).toBe(1);
  });

  it("refuses a bulk price change naming another organization's products or group", async () => {
    const { client } = await signedUpClient(t.app);
    const other = await signedUpClient(t.app);
    const mine = await product(client, 'P1');
    const theirs = await product(other.client, 'P1');
    await expectRefusal(
      (language) =>
        client.post(
          '/api/v1/products/price-update',
          { productIds: [mine.id, theirs.id], percent: '10', preview: false },
          lang(language),
        ),
      400,
      'validation',
      'validation.unknownProduct',
      'productIds',
    );
    const group = await client.post(
      '/api/v1/products/price-update',
      { groupId: '00000000-0000-4000-8000-000000000000', percent: '10', preview: false },
      lang('fr'),
    );
    expect(group.json<ErrorBody>().error.fields).toEqual({
      groupId: translate('fr', 'validation.unknownProductGroup'),
    });
    // Nothing changed on either side.
    expect((await client.get(`/api/v1/products/${mine.id}`)).json<Product>().price).toBe('12.40');
    expect((await other.client.get(`/api/v1/products/${theirs.id}`)).json<Product>().price).toBe(
      '12.40',
    );
  });
});

describe('finalise preview', () => {
  it('shows the number finalising would take, without using it', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const first = await draft(client, invoice(c.id, [item('100')]));
    const url = `/api/v1/invoices/${first.id}/finalize-preview`;
    const before = (await client.get(url)).json<FinalizePreview>();
    expect(before).toEqual({
      journalId: first.journalId,
      fiscalYear: 2026,
      nextNumber: 1,
      nextNumberFormatted: 'F2026-0001',
      confirmations: [],
    });
    expect((await client.get(url)).json<FinalizePreview>()).toEqual(before);
    const final = (await client.post(`/api/v1/invoices/${first.id}/finalize`)).json<Document>();
    expect(final.numberFormatted).toBe(before.nextNumberFormatted);
    // A finalised document has nothing to preview; another draft now takes number 2.
    expect((await client.get(url)).statusCode).toBe(409);
    const second = await draft(client, invoice(c.id, [item('100')]));
    const next = (
      await client.get(`/api/v1/invoices/${second.id}/finalize-preview`)
    ).json<FinalizePreview>();
    expect(next.nextNumber).toBe(2);
    // Another organization's draft is not found.
    const other = await signedUpClient(t.app);
    expect((await other.client.get(url)).statusCode).toBe(404);
  });
});
