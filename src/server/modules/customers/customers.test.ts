import { describe, expect, it } from 'vitest';
import type { Customer, CustomerInput, CustomerPage } from '../../../contract/index.js';
import { signedUpClient, useTestApp, type Client } from '../../../../tests/server/test-app.js';

const t = useTestApp();

function customer(overrides: Partial<CustomerInput> = {}): CustomerInput {
  return {
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
    vatNumber: 'BE 0403.170.701',
    language: 'nl',
    email: 'Boekhouding@Peeters.be',
    ...overrides,
  };
}

async function create(client: Client, overrides: Partial<CustomerInput> = {}): Promise<Customer> {
  const response = await client.post('/api/v1/customers', customer(overrides));
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json<Customer>();
}

async function list(client: Client, query = ''): Promise<CustomerPage> {
  const response = await client.get(`/api/v1/customers${query}`);
  if (response.statusCode !== 200) throw new Error(response.body);
  return response.json<CustomerPage>();
}

describe('customers', () => {
  it('creates a customer with a gapless number, derived identifiers and its people and addresses', async () => {
    const { client } = await signedUpClient(t.app);
    const first = await create(client, {
      contactPersons: [
        { name: 'Els Peeters', role: 'Zaakvoerder', email: 'els@peeters.be', phone: null },
      ],
      deliveryAddresses: [
        {
          label: 'Werf Gentbrugge',
          street: 'Werfstraat',
          number: '1',
          box: null,
          postalCode: '9050',
          city: 'Gentbrugge',
          country: 'BE',
        },
      ],
    });
    expect(first).toMatchObject({
      number: 1,
      reference: 'C00001',
      vatNumber: 'BE0403170701',
      enterpriseNumber: '0403170701',
      peppolId: '0208:0403170701',
      email: 'boekhouding@peeters.be',
      isCustomer: true,
      vatRegime: 'normal',
      archived: false,
    });
    expect(first.contactPersons).toEqual([
      expect.objectContaining({ name: 'Els Peeters', role: 'Zaakvoerder' }),
    ]);
    expect(first.deliveryAddresses).toEqual([
      expect.objectContaining({ label: 'Werf Gentbrugge', city: 'Gentbrugge' }),
    ]);
    const second = await create(client, { name: 'Jan Janssens', kind: 'person', vatNumber: null });
    expect(second.reference).toBe('C00002');
    expect(second.peppolId).toBeNull();
  });

  it('numbers concurrent creations without gaps or duplicates', async () => {
    const { client } = await signedUpClient(t.app);
    const created = await Promise.all(
      Array.from({ length: 12 }, (_, i) => create(client, { name: `Klant ${i}`, vatNumber: null })),
    );
    expect(created.map((c) => c.number).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
  });

  it('keeps people and addresses on update when their ids come back', async () => {
    const { client } = await signedUpClient(t.app);
    const created = await create(client, {
      contactPersons: [{ name: 'Els', role: null, email: null, phone: null }],
    });
    const personId = created.contactPersons[0]?.id;
    const response = await client.put(`/api/v1/customers/${created.id}`, {
      ...customer({ name: 'Peeters & Zonen BV' }),
      contactPersons: [
        { id: personId, name: 'Els Peeters', role: null, email: null, phone: null },
        { name: 'Tom', role: null, email: null, phone: null },
      ],
    });
    expect(response.statusCode).toBe(200);
    const updated = response.json<Customer>();
    expect(updated.name).toBe('Peeters & Zonen BV');
    expect(updated.number).toBe(created.number);
    expect(updated.contactPersons.map((p) => [p.id === personId, p.name])).toEqual([
      [true, 'Els Peeters'],
      [false, 'Tom'],
    ]);
  });

  it('validates identifiers, regimes and roles with translated field errors', async () => {
    const { client } = await signedUpClient(t.app);
    const response = await client.post(
      '/api/v1/customers',
      customer({
        vatNumber: 'BE0403170702',
        enterpriseNumber: '0403.170.702',
        vatRegime: 'exempt',
        isCustomer: false,
        peppolId: 'not a peppol id',
        defaultDiscountPercent: '120',
      }),
      { 'accept-language': 'fr' },
    );
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields).sort()).toEqual(
      [
        'defaultDiscountPercent',
        'enterpriseNumber',
        'isCustomer',
        'peppolId',
        'vatExemptionReason',
        'vatNumber',
      ].sort(),
    );
    const reverse = await client.post(
      '/api/v1/customers',
      customer({ vatNumber: null, vatRegime: 'reverseCharge' }),
    );
    expect(reverse.json().error.fields).toHaveProperty('vatNumber');
    expect((await list(client)).total).toBe(0);
  });

  it('searches by name, number, VAT number, city and email, with filters, sorting and pages', async () => {
    const { client } = await signedUpClient(t.app);
    await create(client, {
      name: 'Alpha Elektro',
      vatNumber: 'BE0566988259',
      address: {
        city: 'Namur',
        country: 'BE',
        street: null,
        number: null,
        box: null,
        postalCode: null,
      },
      email: 'info@alpha.be',
    });
    await create(client, {
      name: 'Beta Sanitair',
      vatNumber: null,
      address: {
        city: 'Brugge',
        country: 'BE',
        street: null,
        number: null,
        box: null,
        postalCode: null,
      },
      email: 'hallo@beta.be',
    });
    await create(client, {
      name: 'Gamma SARL',
      vatNumber: 'FR40303265045',
      address: {
        city: 'Lille',
        country: 'FR',
        street: null,
        number: null,
        box: null,
        postalCode: null,
      },
      isSupplier: true,
      isCustomer: false,
    });
    const names = async (query: string) => (await list(client, query)).items.map((c) => c.name);
    expect(await names('?q=elektro')).toEqual(['Alpha Elektro']);
    expect(await names('?q=C00002')).toEqual(['Beta Sanitair']);
    expect(await names('?q=0566988259')).toEqual(['Alpha Elektro']);
    expect(await names('?q=brugge')).toEqual(['Beta Sanitair']);
    expect(await names('?q=hallo%40beta')).toEqual(['Beta Sanitair']);
    expect(await names('?q=100%25')).toEqual([]);
    expect(await names('?role=supplier')).toEqual(['Gamma SARL']);
    expect(await names('?country=FR')).toEqual(['Gamma SARL']);
    expect(await names('?sort=name:desc')).toEqual([
      'Gamma SARL',
      'Beta Sanitair',
      'Alpha Elektro',
    ]);
    expect(await names('?sort=city:asc')).toEqual(['Beta Sanitair', 'Gamma SARL', 'Alpha Elektro']);
    const page2 = await list(client, '?pageSize=2&page=2&sort=number:asc');
    expect(page2).toMatchObject({
      page: 2,
      pageSize: 2,
      total: 3,
      items: [{ name: 'Gamma SARL' }],
    });
    const bad = await client.get('/api/v1/customers?sort=password:asc&pageSize=1000');
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual([
      'querystring.pageSize',
      'querystring.sort',
    ]);
  });

  it('archives, hides from the default list, restores, and deletes', async () => {
    const { client } = await signedUpClient(t.app);
    const created = await create(client);
    expect(
      (await client.post(`/api/v1/customers/${created.id}/archive`)).json<Customer>().archived,
    ).toBe(true);
    expect((await list(client)).total).toBe(0);
    expect((await list(client, '?archived=true')).total).toBe(1);
    expect(
      (await client.post(`/api/v1/customers/${created.id}/unarchive`)).json<Customer>().archived,
    ).toBe(false);
    expect((await client.delete(`/api/v1/customers/${created.id}`)).statusCode).toBe(204);
    expect((await client.get(`/api/v1/customers/${created.id}`)).statusCode).toBe(404);
  });

  it('exports the filtered list as CSV that spreadsheets open safely', async () => {
    const { client } = await signedUpClient(t.app);
    await create(client, { name: '=HYPERLINK("http://evil")', vatNumber: null });
    await create(client, { name: 'Peeters; "de Jonge"', vatNumber: null });
    const response = await client.get('/api/v1/customers/export.csv?sort=number:asc');
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]?.startsWith('number;name;kind')).toBe(true);
    expect(lines[1]).toContain(`C00001;"'=HYPERLINK(""http://evil"")"`);
    expect(lines[2]).toContain('C00002;"Peeters; ""de Jonge"""');
  });

  it('never shows or changes another organization’s customers', async () => {
    const a = await signedUpClient(t.app);
    const b = await signedUpClient(t.app);
    const theirs = await create(b.client);
    expect((await a.client.get(`/api/v1/customers/${theirs.id}`)).statusCode).toBe(404);
    expect(
      (await a.client.put(`/api/v1/customers/${theirs.id}`, customer({ name: 'Hijacked' })))
        .statusCode,
    ).toBe(404);
    expect((await a.client.delete(`/api/v1/customers/${theirs.id}`)).statusCode).toBe(404);
    expect((await list(a.client)).total).toBe(0);
    expect((await b.client.get(`/api/v1/customers/${theirs.id}`)).json<Customer>().name).toBe(
      'Bouwbedrijf Peeters BV',
    );
  });
});
