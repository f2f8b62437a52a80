import { describe, expect, it } from 'vitest';
import type {
  PriceUpdateResult,
  Product,
  ProductGroup,
  ProductInput,
  ProductPage,
} from '../../../contract/index.js';
import { signedUpClient, useTestApp, type Client } from '../../../../tests/server/test-app.js';
import { changedPrice, priceBothWays } from './product-prices.js';

const t = useTestApp();

function product(overrides: Partial<ProductInput> = {}): ProductInput {
  return {
    code: 'CAB-25',
    name: { fr: 'Câble 2,5 mm²', nl: 'Kabel 2,5 mm²', en: null, de: null },
    description: { fr: null, nl: null, en: null, de: null },
    unitCode: 'MTR',
    price: '1.85',
    vatRate: '21',
    ...overrides,
  };
}

async function create(client: Client, overrides: Partial<ProductInput> = {}): Promise<Product> {
  const response = await client.post('/api/v1/products', product(overrides));
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json<Product>();
}

describe('product prices', () => {
  it('derives the other side of the price to the cent, excl or incl', () => {
    expect(priceBothWays('100', 'excl', '21')).toEqual({ excl: '100.00', incl: '121.00' });
    expect(priceBothWays('121', 'incl', '21')).toEqual({ excl: '100.00', incl: '121.00' });
    expect(priceBothWays('9.99', 'incl', '21')).toEqual({ excl: '8.2562', incl: '9.99' });
    expect(priceBothWays('1.8512', 'excl', '6')).toEqual({ excl: '1.8512', incl: '1.9623' });
  });

  it('changes prices by a percentage, half-up to the cent, never below zero', () => {
    expect(changedPrice('12.40', '5')).toBe('13.02');
    expect(changedPrice('1.85', '5')).toBe('1.94');
    expect(changedPrice('0.10', '-2.5')).toBe('0.10');
    expect(changedPrice('0.30', '-50')).toBe('0.15');
  });
});

describe('products', () => {
  it('creates a product with both prices, its group and a margin', async () => {
    const { client } = await signedUpClient(t.app);
    const group = (
      await client.post('/api/v1/product-groups', {
        name: 'Électricité',
        defaultMarginPercent: '35',
        ledgerAccount: '700000',
      })
    ).json<ProductGroup>();
    const created = await create(client, {
      groupId: group.id,
      purchasePrice: '40',
      marginPercent: '100',
      price: '80',
      ean: '5412345678908',
    });
    expect(created).toMatchObject({
      code: 'CAB-25',
      groupName: 'Électricité',
      price: '80.00',
      priceExcl: '80.00',
      priceIncl: '96.80',
      vatRate: '21',
      purchasePrice: '40.00',
      marginPercent: '100.00',
      active: true,
    });
    const groups = (await client.get('/api/v1/product-groups')).json<ProductGroup[]>();
    expect(groups).toEqual([
      expect.objectContaining({
        name: 'Électricité',
        productCount: 1,
        defaultMarginPercent: '35.00',
      }),
    ]);
    expect((await client.delete(`/api/v1/product-groups/${group.id}`)).statusCode).toBe(409);
  });

  it('refuses a duplicate code (whatever its case), negative or malformed prices, unknown rates and foreign groups', async () => {
    const { client } = await signedUpClient(t.app);
    await create(client);
    const duplicate = await client.post('/api/v1/products', product({ code: 'cab-25' }));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.fields).toHaveProperty('code');
    const bad = await client.post('/api/v1/products', {
      ...product({ code: 'X1', price: '-3', purchasePrice: '1.23456' }),
      vatRate: '19',
      name: { fr: null, nl: null, en: null, de: null },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual([
      'name',
      'price',
      'purchasePrice',
      'vatRate',
    ]);
    const other = await signedUpClient(t.app);
    const theirGroup = (
      await other.client.post('/api/v1/product-groups', { name: 'Theirs' })
    ).json<ProductGroup>();
    const foreign = await client.post(
      '/api/v1/products',
      product({ code: 'X2', groupId: theirGroup.id }),
    );
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields).toHaveProperty('groupId');
  });

  it('searches names in every language, code and EAN; filters, sorts and pages', async () => {
    const { client } = await signedUpClient(t.app);
    await create(client, {
      code: 'A-1',
      name: { fr: 'Prise encastrée', nl: 'Inbouwstopcontact', en: null, de: null },
      price: '12.40',
    });
    await create(client, {
      code: 'B-2',
      name: { fr: 'Disjoncteur', nl: 'Automaat', en: null, de: null },
      price: '24.99',
      ean: '5412345678908',
    });
    await create(client, {
      code: 'C-3',
      name: { fr: 'Ancien modèle', nl: null, en: null, de: null },
      price: '5',
      active: false,
    });
    const codes = async (query: string) =>
      (await client.get(`/api/v1/products${query}`)).json<ProductPage>().items.map((p) => p.code);
    expect(await codes('?q=stopcontact')).toEqual(['A-1']);
    expect(await codes('?q=disjonct')).toEqual(['B-2']);
    expect(await codes('?q=541234567')).toEqual(['B-2']);
    expect(await codes('?sort=price:desc')).toEqual(['B-2', 'A-1']);
    expect(await codes('?active=all&sort=code:asc')).toEqual(['A-1', 'B-2', 'C-3']);
    expect(await codes('?active=false')).toEqual(['C-3']);
  });

  it('previews a bulk price change without changing anything, then applies it', async () => {
    const { client } = await signedUpClient(t.app);
    const group = (
      await client.post('/api/v1/product-groups', { name: 'Sanitair' })
    ).json<ProductGroup>();
    const a = await create(client, { code: 'S-1', groupId: group.id, price: '12.40' });
    await create(client, { code: 'S-2', groupId: group.id, price: '100' });
    const other = await create(client, { code: 'O-1', price: '10' });
    const preview = await client.post('/api/v1/products/price-update', {
      groupId: group.id,
      percent: '5',
      preview: true,
    });
    expect(preview.json<PriceUpdateResult>()).toEqual({
      applied: false,
      items: [
        expect.objectContaining({ code: 'S-1', oldPrice: '12.40', newPrice: '13.02' }),
        expect.objectContaining({ code: 'S-2', oldPrice: '100.00', newPrice: '105.00' }),
      ],
    });
    expect((await client.get(`/api/v1/products/${a.id}`)).json<Product>().price).toBe('12.40');
    const applied = await client.post('/api/v1/products/price-update', {
      groupId: group.id,
      percent: '5',
      preview: false,
    });
    expect(applied.json<PriceUpdateResult>().applied).toBe(true);
    expect((await client.get(`/api/v1/products/${a.id}`)).json<Product>().price).toBe('13.02');
    expect((await client.get(`/api/v1/products/${other.id}`)).json<Product>().price).toBe('10.00');
    const selection = await client.post('/api/v1/products/price-update', {
      productIds: [other.id],
      percent: '-10',
      preview: false,
    });
    expect(selection.json<PriceUpdateResult>().items).toEqual([
      expect.objectContaining({ newPrice: '9.00' }),
    ]);
    const nothing = await client.post('/api/v1/products/price-update', { percent: '5' });
    expect(nothing.json().error.fields).toHaveProperty('productIds');
  });

  it('keeps products apart per organization', async () => {
    const a = await signedUpClient(t.app);
    const b = await signedUpClient(t.app);
    const theirs = await create(b.client);
    expect((await a.client.get(`/api/v1/products/${theirs.id}`)).statusCode).toBe(404);
    const sneaky = await a.client.post('/api/v1/products/price-update', {
      productIds: [theirs.id],
      percent: '50',
      preview: false,
    });
    // Refused, not silently skipped: the ids field says which input is wrong.
    expect(sneaky.statusCode).toBe(400);
    expect(Object.keys(sneaky.json<{ error: { fields: object } }>().error.fields)).toEqual([
      'productIds',
    ]);
    expect((await b.client.get(`/api/v1/products/${theirs.id}`)).json<Product>().price).toBe(
      '1.85',
    );
    // The same code may exist in two organizations.
    expect((await a.client.post('/api/v1/products', product())).statusCode).toBe(201);
  });
});
