import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, type Layout } from '../../../../contract/index.js';
import {
  createTestApp,
  signedUpClient,
  type TestApp,
} from '../../../../../tests/server/test-app.js';
import {
  createCustomer,
  exampleA,
  finalInvoice,
  getPdf,
  setCompany,
} from '../../../../../tests/server/pdf-fixtures.js';
import { firstPagePixels, pdfText } from '../../../../../tests/server/pdf-tools.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const RED = '#c0392b';

/** How many pixels of page 1 have exactly this colour (36 dpi). */
async function pixelsOf(pdf: Buffer, color: string): Promise<number> {
  return (await firstPagePixels(pdf)).colors.get(color) ?? 0;
}

describe('document layout', () => {
  it('starts from the defaults, saves per organization, and the saved settings change the PDF', async () => {
    const { client } = await signedUpClient(t.app);
    await setCompany(client);
    const customer = await createCustomer(client);
    const invoice = await finalInvoice(client, exampleA(customer.id));
    expect((await client.get('/api/v1/layout')).json<Layout>()).toEqual({
      ...DEFAULT_LAYOUT,
      updatedAt: null,
    });
    const before = await getPdf(client, `/api/v1/invoices/${invoice.id}/pdf`);
    expect(await pixelsOf(before, RED)).toBe(0);

    const saved = await client.put('/api/v1/layout', {
      ...DEFAULT_LAYOUT,
      template: 'modern',
      color: '#C0392B',
      font: 'serif',
      showOrderReference: false,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<Layout>()).toMatchObject({ template: 'modern', color: RED, font: 'serif' });
    expect((await client.get('/api/v1/layout')).json<Layout>().color).toBe(RED);

    const after = await getPdf(client, `/api/v1/invoices/${invoice.id}/pdf`);
    // The modern template's band runs across the top of the page in the brand colour.
    const page = await firstPagePixels(after);
    expect(page.pixel(Math.floor(page.width / 2), 1)).toBe(RED);
    expect(await pixelsOf(after, RED)).toBeGreaterThan(500);
    const text = await pdfText(after);
    expect(text).not.toContain('PO-7781');
    expect(text).toContain('252,86 €');
    const { fonts } = await import('../../../../../tests/server/pdf-tools.js').then((tools) =>
      tools.pdfInfo(after),
    );
    expect(fonts).toContain('DejaVuSerifCondensed');
    expect(fonts).not.toContain('DejaVuSansCondensed ');

    // Another organization still has the defaults.
    const other = await signedUpClient(t.app);
    expect((await other.client.get('/api/v1/layout')).json<Layout>().template).toBe('classic');
  });

  it('refuses an invalid colour with a field error, and unknown values', async () => {
    const { client } = await signedUpClient(t.app);
    const bad = await client.put(
      '/api/v1/layout',
      { ...DEFAULT_LAYOUT, color: 'red', template: 'fancy' },
      { 'accept-language': 'fr' },
    );
    expect(bad.statusCode).toBe(400);
    const { fields } = bad.json<{ error: { fields: Record<string, string> } }>().error;
    expect(fields.color).toContain('#RRGGBB');
    expect(fields).toHaveProperty('template');
    const preview = await client.get('/api/v1/layout/preview.pdf?color=%23zzzzzz');
    expect(preview.statusCode).toBe(400);
    expect(preview.json().error.fields).toHaveProperty(['querystring.color']);
    expect((await client.get('/api/v1/layout')).json<Layout>().updatedAt).toBeNull();
  });

  it('previews unsaved settings on a sample invoice', async () => {
    const { client } = await signedUpClient(t.app);
    await setCompany(client);
    const response = await client.get(
      '/api/v1/layout/preview.pdf?template=modern&color=%23c0392b&font=serif&logoPosition=center',
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const page = await firstPagePixels(response.rawPayload);
    expect(page.pixel(Math.floor(page.width / 2), 1)).toBe(RED);
    const text = await pdfText(response.rawPayload);
    expect(text).toContain('Facture');
    expect(text).toContain('Électricité Dupont SRL');
    // Nothing was saved.
    expect((await client.get('/api/v1/layout')).json<Layout>().template).toBe('classic');

    const dutchQuote = await pdfText(
      await getPdf(client, '/api/v1/layout/preview.pdf?type=quote&language=nl'),
    );
    expect(dutchQuote).toContain('Offerte');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/layout/preview.pdf' })).statusCode,
    ).toBe(401);
  });

  it('needs a session to read, change or preview the layout', async () => {
    const anonymous = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/layout',
      payload: DEFAULT_LAYOUT,
    });
    expect([401, 403]).toContain(anonymous.statusCode);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/layout' })).statusCode).toBe(401);
  });
});
