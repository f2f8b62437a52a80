import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Customer,
  Document,
  DocumentInput,
  DocumentPage,
  Journal,
} from '../../../contract/index.js';
import { isValidStructuredCommunication } from '../../../core/identifiers/index.js';
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

async function customer(
  client: Client,
  overrides: Record<string, unknown> = {},
): Promise<Customer> {
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
    paymentTermDays: 30,
    ...overrides,
  });
  return response.json<Customer>();
}

/** DOMAIN.md §4.1 example A: an electrician's invoice with a 5 % document discount. */
function exampleA(customerId: string): DocumentInput {
  return {
    customerId,
    issueDate: '2026-01-15',
    discount: { type: 'percent', value: '5' },
    lines: [
      { kind: 'section', description: 'Travaux' },
      {
        kind: 'item',
        description: 'Main-d’œuvre',
        quantity: '3',
        unitCode: 'HUR',
        unitPrice: '55',
        vatRate: '6',
      },
      {
        kind: 'item',
        description: 'Câble',
        quantity: '10',
        unitCode: 'MTR',
        unitPrice: '1.85',
        vatRate: '6',
        discount: { type: 'percent', value: '10' },
      },
      { kind: 'item', description: 'Prise', quantity: '1', unitPrice: '12.40', vatRate: '6' },
      { kind: 'section', description: 'Fourniture seule' },
      { kind: 'item', description: 'Coffret', quantity: '2', unitPrice: '24.99', vatRate: '21' },
    ],
  };
}

/** Example A bills 6 % to a VAT-registered company: finalising it needs the user's confirmation. */
const RENOVATION_CONFIRMED = { confirmRenovationVat: true };

async function draft(client: Client, path: string, body: DocumentInput): Promise<Document> {
  const response = await client.post(`/api/v1/${path}`, body);
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json<Document>();
}

async function post(client: Client, url: string, body: unknown = {}): Promise<Document> {
  const response = await client.post(url, body);
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.body}`);
  return response.json<Document>();
}

describe('invoices', () => {
  it('computes DOMAIN example A to the cent, with the customer snapshot and due date', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const invoice = await draft(client, 'invoices', exampleA(c.id));
    expect(invoice).toMatchObject({
      type: 'invoice',
      status: 'draft',
      number: null,
      dueDate: '2026-02-15', // DOMAIN.md §2: 15 Jan with 30 days is due 15 Feb
      language: 'nl',
      customer: {
        name: 'Bouwbedrijf Peeters BV',
        vatNumber: 'BE0403170701',
        reference: c.reference,
      },
    });
    expect(invoice.vatBreakdown).toEqual([
      expect.objectContaining({
        vatCategory: 'S',
        vatRate: '6',
        base: '194.05',
        documentDiscount: '9.70',
        taxable: '184.35',
        vat: '11.06',
      }),
      expect.objectContaining({
        vatCategory: 'S',
        vatRate: '21',
        base: '49.98',
        documentDiscount: '2.50',
        taxable: '47.48',
        vat: '9.97',
      }),
    ]);
    expect(invoice.totals).toMatchObject({
      totalExcl: '231.83',
      totalVat: '21.03',
      totalIncl: '252.86',
    });
    expect(invoice.lines[0]).toMatchObject({ kind: 'section', subtotal: '194.05' });
    expect(invoice.lines[2]?.amounts).toEqual({
      gross: '18.50',
      discount: '1.85',
      net: '16.65',
      netExcl: '16.65',
    });

    // Editing the customer later never changes the document.
    await client.put(`/api/v1/customers/${c.id}`, {
      ...c,
      name: 'Renamed',
      contactPersons: [],
      deliveryAddresses: [],
      id: undefined,
    });
    expect(
      (await client.get(`/api/v1/invoices/${invoice.id}`)).json<Document>().customer.name,
    ).toBe('Bouwbedrijf Peeters BV');
  });

  it('finalizes once: numbered, structured communication, locked; then corrected by a credit note', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const invoice = await draft(client, 'invoices', exampleA(c.id));
    const final = await post(
      client,
      `/api/v1/invoices/${invoice.id}/finalize`,
      RENOVATION_CONFIRMED,
    );
    expect(final).toMatchObject({ status: 'finalized', number: 1, numberFormatted: 'F2026-0001' });
    expect(isValidStructuredCommunication(final.structuredCommunication ?? '')).toBe(true);

    const twice = await client.post(`/api/v1/invoices/${invoice.id}/finalize`);
    expect(twice.statusCode).toBe(409);
    const edit = await client.put(`/api/v1/invoices/${invoice.id}`, exampleA(c.id), {
      'accept-language': 'fr',
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toContain('note de crédit');
    expect((await client.delete(`/api/v1/invoices/${invoice.id}`)).statusCode).toBe(409);
    expect((await client.delete(`/api/v1/customers/${c.id}`)).json().error.code).toBe(
      'customerHasDocuments',
    );

    const lineId = final.lines.find((line) => line.description === 'Coffret')?.id;
    const credit = await post(client, `/api/v1/invoices/${invoice.id}/credit-note`, {
      lineIds: [lineId],
    });
    expect(credit).toMatchObject({
      type: 'creditNote',
      status: 'draft',
      sourceDocumentId: invoice.id,
    });
    expect(
      credit.lines.filter((line) => line.kind === 'item').map((line) => line.description),
    ).toEqual(['Coffret']);
    expect(credit.totals).toMatchObject({
      totalExcl: '47.48',
      totalVat: '9.97',
      totalIncl: '57.45',
    });
    const creditFinal = await post(client, `/api/v1/credit-notes/${credit.id}/finalize`);
    expect(creditFinal.numberFormatted).toBe('C2026-0001');
    expect(
      (await client.get(`/api/v1/invoices/${invoice.id}`)).json<Document>().derivedDocuments,
    ).toEqual([
      { id: credit.id, type: 'creditNote', numberFormatted: 'C2026-0001', status: 'finalized' },
    ]);
  });

  it('derives overdue from the due date and lists with filters', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const old = await draft(client, 'invoices', { ...exampleA(c.id), issueDate: '2025-01-10' });
    await post(client, `/api/v1/invoices/${old.id}/finalize`, RENOVATION_CONFIRMED);
    await draft(client, 'invoices', exampleA(c.id));
    const overdue = (await client.get('/api/v1/invoices?status=overdue')).json<DocumentPage>();
    expect(overdue.items.map((i) => [i.numberFormatted, i.displayStatus])).toEqual([
      ['F2025-0001', 'overdue'],
    ]);
    const drafts = (await client.get('/api/v1/invoices?status=draft')).json<DocumentPage>();
    expect(drafts.total).toBe(1);
    const found = (
      await client.get('/api/v1/invoices?q=peeters&sort=issueDate:asc')
    ).json<DocumentPage>();
    expect(found.items.map((i) => i.issueDate)).toEqual(['2025-01-10', '2026-01-15']);
  });

  it('refuses bad input with field errors and changes nothing', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const other = await signedUpClient(t.app);
    const foreign = await customer(other.client);
    const bad = await client.post('/api/v1/invoices', {
      ...exampleA(foreign.id),
      issueDate: '2026-02-30',
      lines: [{ kind: 'item', description: 'X', quantity: '1e9', unitPrice: 'abc', vatRate: '19' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual([
      'issueDate',
      'lines.0.quantity',
      'lines.0.unitPrice',
      'lines.0.vatRate',
    ]);
    const foreignCustomer = await client.post('/api/v1/invoices', exampleA(foreign.id));
    expect(foreignCustomer.json().error.fields).toEqual({ customerId: expect.any(String) });
    const tooMuchDiscount = await client.post('/api/v1/invoices', {
      ...exampleA(c.id),
      discount: { type: 'amount', value: '5000' },
    });
    expect(tooMuchDiscount.statusCode).toBe(400);
    const empty = await draft(client, 'invoices', {
      customerId: c.id,
      issueDate: '2026-01-15',
      lines: [],
    });
    const finalizeEmpty = await client.post(`/api/v1/invoices/${empty.id}/finalize`);
    expect(finalizeEmpty.statusCode).toBe(400);
    expect(finalizeEmpty.json().error.code).toBe('emptyDocument');
    expect((await client.get('/api/v1/invoices')).json<DocumentPage>().total).toBe(1);
  });

  it('answers an oversized price with a translated error on that price, and stores nothing', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const line = { kind: 'item', description: 'Pompe', vatRate: '21' } as const;
    const cases = [
      // Over the schema's limit for a price.
      { ...line, quantity: '1', unitPrice: '100000000.01' },
      // Each within its limit, but the line amount is not.
      { ...line, quantity: '1000000', unitPrice: '100000000' },
    ];
    const messages = {
      fr: 'Ce montant est trop élevé.',
      nl: 'Dit bedrag is te groot.',
      en: 'This amount is too large.',
    };
    for (const oversized of cases) {
      for (const [language, message] of Object.entries(messages)) {
        const response = await client.post(
          '/api/v1/invoices',
          {
            customerId: c.id,
            issueDate: '2026-01-15',
            lines: [{ ...line, quantity: '2', unitPrice: '80' }, oversized],
          },
          { 'accept-language': language },
        );
        expect(response.statusCode).toBe(400);
        expect(response.json().error.fields).toEqual({ 'lines.1.unitPrice': message });
      }
    }
    expect((await client.get('/api/v1/invoices')).json<DocumentPage>().total).toBe(0);
  });

  it('saves a draft only over the version the editor read (If-Match), so two tabs never overwrite each other', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const created = await draft(client, 'invoices', exampleA(c.id));
    const first = await client.put(
      `/api/v1/invoices/${created.id}`,
      { ...exampleA(c.id), orderReference: 'tab 1' },
      { 'if-match': `"${created.updatedAt}"` },
    );
    expect(first.statusCode).toBe(200);
    const firstSaved = first.json<Document>();
    // The second tab still holds the version both opened.
    for (const [language, message] of [
      ['fr', 'Ce brouillon a été modifié ailleurs'],
      ['nl', 'Dit ontwerp werd elders gewijzigd'],
      ['en', 'This draft was changed elsewhere'],
    ] as const) {
      const stale = await client.put(
        `/api/v1/invoices/${created.id}`,
        { ...exampleA(c.id), orderReference: 'tab 2' },
        { 'if-match': created.updatedAt, 'accept-language': language },
      );
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe('editConflict');
      expect(stale.json().error.message.startsWith(message)).toBe(true);
    }
    const kept = await client.get(`/api/v1/invoices/${created.id}`);
    expect(kept.json<Document>().orderReference).toBe('tab 1');
    // Saving over the latest version goes through; without If-Match the last write wins as before.
    const next = await client.put(
      `/api/v1/invoices/${created.id}`,
      { ...exampleA(c.id), orderReference: 'tab 1 again' },
      { 'if-match': firstSaved.updatedAt },
    );
    expect(next.statusCode).toBe(200);
    expect(next.json<Document>().orderReference).toBe('tab 1 again');
  });

  it('keeps line breaks in descriptions and texts, and refuses other control characters', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const text = 'Conditions:\n- 50 % à la commande\n- solde à la livraison';
    const created = await draft(client, 'invoices', {
      ...exampleA(c.id),
      textBelow: text,
      lines: [
        {
          kind: 'item',
          description: 'Coffret\nposé et raccordé',
          quantity: '1',
          unitPrice: '10',
          vatRate: '21',
        },
      ],
    });
    expect(created.textBelow).toBe(text);
    expect(created.lines[0]?.description).toBe('Coffret\nposé et raccordé');
    const bad = await client.post('/api/v1/invoices', {
      ...exampleA(c.id),
      textBelow: 'bell\u0007',
    });
    expect(bad.json().error.fields).toHaveProperty('textBelow');
  });

  it('creates one document per Idempotency-Key, however often the request is retried', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const headers = { 'idempotency-key': 'retry-0123456789' };
    const first = await client.post('/api/v1/invoices', exampleA(c.id), headers);
    const again = await client.post('/api/v1/invoices', exampleA(c.id), headers);
    expect(again.json<Document>().id).toBe(first.json<Document>().id);
    expect((await client.get('/api/v1/invoices')).json<DocumentPage>().total).toBe(1);
  });

  it('soft-deletes and restores drafts, and duplicates any document', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const invoice = await draft(client, 'invoices', exampleA(c.id));
    expect((await client.delete(`/api/v1/invoices/${invoice.id}`)).statusCode).toBe(204);
    expect((await client.get('/api/v1/invoices')).json<DocumentPage>().total).toBe(0);
    expect((await client.get('/api/v1/invoices?deleted=true')).json<DocumentPage>().total).toBe(1);
    await post(client, `/api/v1/invoices/${invoice.id}/restore`);
    const copy = await post(client, `/api/v1/invoices/${invoice.id}/duplicate`);
    expect(copy.id).not.toBe(invoice.id);
    expect(copy.totals.totalIncl).toBe('252.86');
  });
});

describe('audit log', () => {
  it('names the record of each event: the invoice by its number, the customer by name', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const invoice = await draft(client, 'invoices', exampleA(c.id));
    const final = await post(
      client,
      `/api/v1/invoices/${invoice.id}/finalize`,
      RENOVATION_CONFIRMED,
    );
    const log = (await client.get('/api/v1/audit-log?group=documents')).json<{
      items: { action: string; subject: unknown; user: { name: string } | null }[];
    }>();
    expect(log.items.map((entry) => [entry.action, entry.subject, entry.user?.name])).toEqual([
      ['document.finalized', { kind: 'invoice', name: final.numberFormatted }, 'Marie Dupont'],
      ['document.created', { kind: 'invoice', name: final.numberFormatted }, 'Marie Dupont'],
    ]);
    const all = (await client.get('/api/v1/audit-log')).json<{
      items: { action: string; subject: unknown }[];
    }>();
    expect(all.items.find((entry) => entry.action === 'contact.created')?.subject).toEqual({
      kind: 'contact',
      name: 'Bouwbedrijf Peeters BV',
    });
  });
});

describe('quotes', () => {
  it('shows a converted quote as invoiced, in the list and on its page, with what it became', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const line = {
      kind: 'item',
      description: 'Chaudière',
      quantity: '1',
      unitPrice: '4000',
      vatRate: '6',
    } as const;
    const quote = await draft(client, 'quotes', {
      customerId: c.id,
      issueDate: '2026-03-01',
      lines: [line],
    });
    const other = await draft(client, 'quotes', {
      customerId: c.id,
      issueDate: '2026-03-01',
      lines: [line],
    });
    await post(client, `/api/v1/quotes/${quote.id}/finalize`);
    await post(client, `/api/v1/quotes/${other.id}/finalize`);
    const statusOf = async () => {
      const page = (await client.get('/api/v1/quotes')).json<DocumentPage>();
      return Object.fromEntries(
        page.items.map((item) => [item.id, [item.displayStatus, item.convertedTo]]),
      );
    };

    const deposit = await post(client, `/api/v1/quotes/${quote.id}/convert`, {
      to: 'deposit',
      deposit: { type: 'percent', value: '30' },
    });
    expect((await statusOf())[quote.id]).toEqual([
      'depositInvoiced',
      { id: deposit.id, type: 'invoice', numberFormatted: null },
    ]);
    const invoice = await post(client, `/api/v1/quotes/${quote.id}/convert`, { to: 'invoice' });
    const numbered = await post(
      client,
      `/api/v1/invoices/${invoice.id}/finalize`,
      RENOVATION_CONFIRMED,
    );
    const converted = {
      id: invoice.id,
      type: 'invoice',
      numberFormatted: numbered.numberFormatted,
    };
    expect(await statusOf()).toEqual({
      [quote.id]: ['invoiced', converted],
      // Past its validity and not converted: expired; converted, the conversion shows instead.
      [other.id]: ['expired', null],
    });
    const page = (await client.get(`/api/v1/quotes/${quote.id}`)).json<Document>();
    expect([page.status, page.displayStatus, page.convertedTo]).toEqual([
      'finalized',
      'invoiced',
      converted,
    ]);
    // A copy as a new quote is no conversion.
    await post(client, `/api/v1/quotes/${other.id}/convert`, { to: 'quote' });
    expect((await statusOf())[other.id]).toEqual(['expired', null]);
  });

  it('goes draft → finalized → accepted, then to a deposit invoice and a final invoice that deducts it (DOMAIN §4.6)', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const quote = await draft(client, 'quotes', {
      customerId: c.id,
      issueDate: '2026-03-01',
      lines: [
        {
          kind: 'item',
          description: 'Rénovation salle de bain',
          quantity: '1',
          unitPrice: '10000',
          vatRate: '6',
        },
      ],
    });
    expect(quote.validUntil).toBe('2026-03-31');
    const final = await post(client, `/api/v1/quotes/${quote.id}/finalize`);
    expect(final.numberFormatted).toBe('O2026-0001');
    expect((await post(client, `/api/v1/quotes/${quote.id}/accept`)).status).toBe('accepted');

    const deposit = await post(client, `/api/v1/quotes/${quote.id}/convert`, {
      to: 'deposit',
      deposit: { type: 'percent', value: '30' },
      issueDate: '2026-03-02',
    });
    expect(deposit.totals).toMatchObject({
      totalExcl: '3000.00',
      totalVat: '180.00',
      totalIncl: '3180.00',
    });
    await post(client, `/api/v1/invoices/${deposit.id}/finalize`, RENOVATION_CONFIRMED);

    const rest = await post(client, `/api/v1/quotes/${quote.id}/convert`, {
      to: 'invoice',
      issueDate: '2026-04-01',
    });
    expect(rest.totals).toMatchObject({
      totalExcl: '7000.00',
      totalVat: '420.00',
      totalIncl: '7420.00',
    });
    expect(rest.lines.filter((line) => line.isDepositDeduction)).toHaveLength(1);
    expect(rest.sourceDocumentId).toBe(quote.id);
    const linked = (await client.get(`/api/v1/quotes/${quote.id}`)).json<Document>()
      .derivedDocuments;
    expect(linked.map((d) => d.type)).toEqual(['invoice', 'invoice']);
  });

  it('does not discount a deposit twice: deposit and final invoice add up to the discounted quote', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const quote = await draft(client, 'quotes', {
      customerId: c.id,
      issueDate: '2026-03-01',
      discount: { type: 'percent', value: '5' },
      lines: [
        { kind: 'item', description: 'Travaux', quantity: '1', unitPrice: '80', vatRate: '21' },
      ],
    });
    expect(quote.totals.totalIncl).toBe('91.96');
    await post(client, `/api/v1/quotes/${quote.id}/finalize`);
    const deposit = await post(client, `/api/v1/quotes/${quote.id}/convert`, {
      to: 'deposit',
      deposit: { type: 'percent', value: '30' },
      issueDate: '2026-03-02',
    });
    expect(deposit.totals).toMatchObject({ totalExcl: '22.80', totalIncl: '27.59' });
    await post(client, `/api/v1/invoices/${deposit.id}/finalize`, RENOVATION_CONFIRMED);
    const rest = await post(client, `/api/v1/quotes/${quote.id}/convert`, {
      to: 'invoice',
      issueDate: '2026-04-01',
    });
    expect(rest.totals).toMatchObject({
      totalExcl: '53.20',
      totalVat: '11.17',
      totalIncl: '64.37',
    });

    // Saving the final invoice as the editor sends it keeps the deduction outside the discount.
    const edited = await client.put(`/api/v1/invoices/${rest.id}`, {
      customerId: c.id,
      issueDate: rest.issueDate,
      discount: rest.discount,
      lines: rest.lines.map((line) =>
        line.kind === 'item'
          ? {
              kind: 'item',
              description: line.description,
              quantity: line.quantity ?? '0',
              unitPrice: line.unitPrice ?? '0',
              vatRate: line.vatRate ?? '21',
              isDepositDeduction: line.isDepositDeduction,
            }
          : { kind: line.kind, description: line.description },
      ),
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json<Document>().lines.map((line) => line.isDepositDeduction)).toEqual(
      rest.lines.map((line) => line.isDepositDeduction),
    );
    expect(edited.json<Document>().totals.totalIncl).toBe('64.37');
  });

  it('expires by date and refuses impossible transitions', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const quote = await draft(client, 'quotes', {
      customerId: c.id,
      issueDate: '2024-01-01',
      lines: [{ kind: 'item', description: 'Old', quantity: '1', unitPrice: '10', vatRate: '21' }],
    });
    expect(quote.displayStatus).toBe('expired');
    expect((await client.post(`/api/v1/quotes/${quote.id}/accept`)).statusCode).toBe(409);
    expect((await client.post(`/api/v1/invoices/${quote.id}/finalize`)).statusCode).toBe(404);
  });
});

describe('numbering', () => {
  it('continues a paper series ("my last invoice was 115") and refuses to go back', async () => {
    const { client } = await signedUpClient(t.app);
    const journals = (await client.get('/api/v1/journals')).json<Journal[]>();
    const invoices = journals.find((j) => j.documentType === 'invoice' && j.isDefault);
    expect(invoices?.format).toBe('F%Y-(4)');
    const updated = await client.put(`/api/v1/journals/${invoices?.id}`, {
      documentType: 'invoice',
      name: 'Factures',
      format: 'F%Y-(4)',
      isDefault: true,
      nextNumber: 116,
    });
    expect(updated.json<Journal>().nextNumber).toBe(116);
    const c = await customer(client);
    const year = new Date().getFullYear();
    const invoice = await draft(client, 'invoices', {
      ...exampleA(c.id),
      issueDate: `${year}-01-15`,
    });
    expect(
      (await post(client, `/api/v1/invoices/${invoice.id}/finalize`, RENOVATION_CONFIRMED))
        .numberFormatted,
    ).toBe(`F${year}-0116`);
    const back = await client.put(`/api/v1/journals/${invoices?.id}`, {
      documentType: 'invoice',
      name: 'Factures',
      format: 'F%Y-(4)',
      isDefault: true,
      nextNumber: 100,
    });
    expect(back.json().error.fields).toHaveProperty('nextNumber');
    const badFormat = await client.post('/api/v1/journals', {
      documentType: 'invoice',
      name: 'X',
      format: 'INV-',
    });
    expect(badFormat.json().error.fields).toHaveProperty('format');
  });

  it('refuses to number a document dated before the last numbered one (numbers follow dates)', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const later = await draft(client, 'invoices', { ...exampleA(c.id), issueDate: '2026-03-10' });
    const earlier = await draft(client, 'invoices', { ...exampleA(c.id), issueDate: '2026-03-01' });
    await post(client, `/api/v1/invoices/${later.id}/finalize`, RENOVATION_CONFIRMED);
    const refused = await client.post(
      `/api/v1/invoices/${earlier.id}/finalize`,
      RENOVATION_CONFIRMED,
      { 'accept-language': 'en' },
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'dateBeforeLastNumber',
      fields: { issueDate: expect.stringContaining('2026-03-10') },
    });
    expect((await client.get(`/api/v1/invoices/${earlier.id}`)).json<Document>()).toMatchObject({
      status: 'draft',
      number: null,
    });
  });

  it('numbers concurrent finalizations without gaps or duplicates', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const drafts = await Promise.all(
      Array.from({ length: 20 }, () => draft(client, 'invoices', exampleA(c.id))),
    );
    const finals = await Promise.all(
      drafts.map((d) => post(client, `/api/v1/invoices/${d.id}/finalize`, RENOVATION_CONFIRMED)),
    );
    expect(finals.map((f) => f.number).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(new Set(finals.map((f) => f.structuredCommunication)).size).toBe(20);
  });
});
