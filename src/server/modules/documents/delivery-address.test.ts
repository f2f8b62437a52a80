import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer, Document, DocumentInput } from '../../../contract/index.js';
import {
  createTestApp,
  signedUpClient,
  type Client,
  type TestApp,
} from '../../../../tests/server/test-app.js';
import { getPdf, setCompany } from '../../../../tests/server/pdf-fixtures.js';
import { pdfText } from '../../../../tests/server/pdf-tools.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Address {
  label: string;
  street: string;
  number: string;
  box: string | null;
  postalCode: string;
  city: string;
  country: string;
}

const SITE: Address = {
  label: 'Chantier',
  street: 'Rue de la Gare',
  number: '7',
  box: null,
  postalCode: '5000',
  city: 'Namur',
  country: 'BE',
};
const WAREHOUSE: Address = {
  label: 'Lager',
  street: 'Industriestraße',
  number: '40',
  box: '2',
  postalCode: '50667',
  city: 'Köln',
  country: 'DE',
};

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
    language: 'fr',
    deliveryAddresses: [SITE, WAREHOUSE],
    ...overrides,
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json<Customer>();
}

function input(customerId: string, extra: Partial<DocumentInput> = {}): DocumentInput {
  return {
    customerId,
    issueDate: '2026-03-02',
    deliveryDate: '2026-02-27',
    lines: [
      { kind: 'item', description: 'Tableau', quantity: '1', unitPrice: '100', vatRate: '21' },
    ],
    ...extra,
  };
}

async function ok<T>(
  response: Promise<{ statusCode: number; body: string; json: <U>() => U }>,
  status = 200,
): Promise<T> {
  const answer = await response;
  if (answer.statusCode !== status) throw new Error(`${answer.statusCode}: ${answer.body}`);
  return answer.json<T>();
}

const snapshot = (id: string, address: Address) => ({ contactAddressId: id, ...address });

describe('delivery address of a document', () => {
  it('takes the customer’s default, another of its addresses, a typed one or none', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const [site, warehouse] = c.deliveryAddresses;
    if (!site || !warehouse) throw new Error('customer addresses missing');

    const byDefault = await ok<Document>(
      client.post('/api/v1/invoices', input(c.id, { deliveryAddress: { source: 'customer' } })),
      201,
    );
    expect(byDefault.deliveryAddress).toEqual(snapshot(site.id, SITE));

    const other = await ok<Document>(
      client.post(
        '/api/v1/quotes',
        input(c.id, { deliveryAddress: { source: 'customer', contactAddressId: warehouse.id } }),
      ),
      201,
    );
    expect(other.deliveryAddress).toEqual(snapshot(warehouse.id, WAREHOUSE));

    const typed = await ok<Document>(
      client.put(
        `/api/v1/invoices/${byDefault.id}`,
        input(c.id, {
          deliveryAddress: {
            source: 'typed',
            street: ' Avenue Louise ',
            number: '54',
            postalCode: '1050',
            city: 'Ixelles',
            country: 'be',
          },
        }),
      ),
    );
    expect(typed.deliveryAddress).toEqual({
      contactAddressId: null,
      label: null,
      street: 'Avenue Louise',
      number: '54',
      box: null,
      postalCode: '1050',
      city: 'Ixelles',
      country: 'BE',
    });

    const none = await ok<Document>(client.post('/api/v1/invoices', input(c.id)), 201);
    expect(none.deliveryAddress).toBeNull();
    const cleared = await ok<Document>(
      client.put(`/api/v1/invoices/${typed.id}`, input(c.id, { deliveryAddress: null })),
    );
    expect(cleared.deliveryAddress).toBeNull();
  });

  it('keeps its copy when the customer’s address changes later (issued documents never change)', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const draft = await ok<Document>(
      client.post('/api/v1/invoices', input(c.id, { deliveryAddress: { source: 'customer' } })),
      201,
    );
    const final = await ok<Document>(client.post(`/api/v1/invoices/${draft.id}/finalize`));
    await ok(
      client.put(`/api/v1/customers/${c.id}`, {
        kind: 'company',
        name: c.name,
        address: c.address,
        vatNumber: c.vatNumber,
        language: c.language,
        deliveryAddresses: [{ ...SITE, street: 'Rue Neuve', number: '1' }],
      }),
    );
    const again = await ok<Document>(client.get(`/api/v1/invoices/${final.id}`));
    expect(again.deliveryAddress).toEqual(snapshot(c.deliveryAddresses[0]?.id ?? '', SITE));
  });

  it('refuses another customer’s address and a default that does not exist, as field errors', async () => {
    const { client } = await signedUpClient(t.app);
    const mine = await customer(client);
    const bare = await customer(client, { name: 'Sans adresse', deliveryAddresses: [] });
    const other = await signedUpClient(t.app);
    const foreign = await customer(other.client);
    const messages = new Set<string>();
    for (const language of ['fr', 'nl', 'en']) {
      for (const contactAddressId of [
        foreign.deliveryAddresses[0]?.id ?? '',
        bare.id, // a contact's id is no address id
        '01900000-0000-7000-8000-000000000000',
      ]) {
        const response = await client.post(
          '/api/v1/invoices',
          input(mine.id, { deliveryAddress: { source: 'customer', contactAddressId } }),
          { 'accept-language': language },
        );
        expect(response.statusCode).toBe(400);
        const fields = response.json<{ error: { fields: Record<string, string> } }>().error.fields;
        expect(Object.keys(fields)).toEqual(['deliveryAddress.contactAddressId']);
        messages.add(fields['deliveryAddress.contactAddressId'] ?? '');
      }
      // Another customer's address, through a customer of mine that has none of its own.
      const none = await client.post(
        '/api/v1/invoices',
        input(bare.id, { deliveryAddress: { source: 'customer' } }),
        { 'accept-language': language },
      );
      expect(none.statusCode).toBe(400);
      expect(Object.keys(none.json<{ error: { fields: object } }>().error.fields)).toEqual([
        'deliveryAddress',
      ]);
    }
    expect([...messages].sort()).toEqual([
      'Cette adresse de livraison n’est pas une adresse de ce client.',
      'Dit leveringsadres is geen adres van deze klant.',
      'This delivery address is not one of this customer’s addresses.',
    ]);
    const typedWithoutCountry = await client.post(
      '/api/v1/invoices',
      input(mine.id, { deliveryAddress: { source: 'typed', city: 'Namur', country: 'Belgique' } }),
    );
    expect(typedWithoutCountry.statusCode).toBe(400);
    expect(
      Object.keys(typedWithoutCountry.json<{ error: { fields: object } }>().error.fields),
    ).toEqual(['deliveryAddress.country']);
  });

  it('goes with a quote converted to an invoice and with the credit note of an invoice', async () => {
    const { client } = await signedUpClient(t.app);
    const c = await customer(client);
    const warehouse = c.deliveryAddresses[1];
    if (!warehouse) throw new Error('customer addresses missing');
    const quote = await ok<Document>(
      client.post(
        '/api/v1/quotes',
        input(c.id, { deliveryAddress: { source: 'customer', contactAddressId: warehouse.id } }),
      ),
      201,
    );
    await ok(client.post(`/api/v1/quotes/${quote.id}/finalize`));
    const invoice = await ok<Document>(
      client.post(`/api/v1/quotes/${quote.id}/convert`, { to: 'invoice' }),
    );
    expect(invoice.type).toBe('invoice');
    expect(invoice.deliveryAddress).toEqual(snapshot(warehouse.id, WAREHOUSE));
    const copy = await ok<Document>(
      client.post(`/api/v1/quotes/${quote.id}/convert`, { to: 'quote' }),
    );
    expect(copy.deliveryAddress).toEqual(snapshot(warehouse.id, WAREHOUSE));

    const typed = await ok<Document>(
      client.post(
        '/api/v1/invoices',
        input(c.id, {
          deliveryAddress: { source: 'typed', street: 'Quai 1', city: 'Anvers', country: 'BE' },
        }),
      ),
      201,
    );
    await ok(client.post(`/api/v1/invoices/${typed.id}/finalize`));
    const credit = await ok<Document>(client.post(`/api/v1/invoices/${typed.id}/credit-note`, {}));
    expect(credit.type).toBe('creditNote');
    expect(credit.deliveryAddress).toEqual(typed.deliveryAddress);
  });

  it('prints the delivery address in the customer’s language', async () => {
    const { client } = await signedUpClient(t.app);
    await setCompany(client);
    const expected = {
      fr: 'Adresse de livraison',
      nl: 'Leveringsadres',
      en: 'Delivery address',
    } as const;
    for (const language of ['fr', 'nl', 'en'] as const) {
      const c = await customer(client, { language });
      const doc = await ok<Document>(
        client.post(
          '/api/v1/invoices',
          input(c.id, {
            deliveryAddress: { source: 'customer', contactAddressId: c.deliveryAddresses[1]?.id },
          }),
        ),
        201,
      );
      const text = await pdfText(await getPdf(client, `/api/v1/invoices/${doc.id}/pdf`));
      const lines = text.split('\n').map((line) => line.trim());
      const heading = lines.findIndex((line) => line.startsWith(expected[language]));
      expect(heading, text).toBeGreaterThan(-1);
      // Street with box in the document's language, postal code and city, and the country.
      const box = { fr: 'bte', nl: 'bus', en: 'box' }[language];
      const country = { fr: 'Allemagne', nl: 'Duitsland', en: 'Germany' }[language];
      const block = lines.slice(heading + 1, heading + 4).join('\n');
      expect(block).toContain(`Industriestraße 40 ${box} 2`);
      expect(block).toContain('50667 Köln');
      expect(block).toContain(country);
      for (const other of Object.values(expected).filter((label) => label !== expected[language]))
        expect(text).not.toContain(other);

      const without = await ok<Document>(client.post('/api/v1/invoices', input(c.id)), 201);
      const plain = await pdfText(await getPdf(client, `/api/v1/invoices/${without.id}/pdf`));
      expect(plain).not.toContain(expected[language]);
    }
  });
});
