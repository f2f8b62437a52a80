import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type {
  Document,
  DocumentHistory,
  DocumentLink,
  DocumentLinkStatus,
  NotificationList,
  PublicDocument,
} from '../../../contract/index.js';
import { Client, signedUpClient, useTestApp } from '../../../../tests/server/test-app.js';
import { pdfText } from '../../../../tests/server/pdf-tools.js';
import { withTenant } from '../../db/tenant.js';
import { todayInBelgium } from '../../platform/dates.js';
import { redactUrl } from '../../platform/logger.js';
import { documentLink } from './index.js';

const t = useTestApp();

const CUSTOMER_EMAIL = 'client@lambert.example.be';

/** A PNG as a signature pad makes it: 8-bit RGBA, a dark diagonal stroke on transparency. */
function signaturePng(width = 300, height = 100): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 4);
    for (let x = 0; x < width; x += 1) {
      if (Math.abs(x / width - y / height) < 0.03) row.writeUInt32BE(0x1a1a1aff, 1 + x * 4);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** A company with a bank account, a customer with an e-mail address, and helpers for documents. */
async function company() {
  const owner = await signedUpClient(t.app, { companyName: 'Électricité Dupont SRL' });
  const { client } = owner;
  const organization = (await client.get('/api/v1/organization')).json<Record<string, unknown>>();
  await client.put('/api/v1/organization', {
    ...organization,
    id: undefined,
    logoUrl: undefined,
    updatedAt: undefined,
    bankAccounts: [{ iban: 'BE68539007547034', bic: 'GKCCBEBB', label: null, isDefault: true }],
  });
  const customer = await client.post('/api/v1/customers', {
    kind: 'company',
    name: 'Boulangerie Lambert',
    email: 'Client@Lambert.example.be',
    language: 'fr',
    address: {
      street: 'Rue Haute',
      number: '3',
      box: null,
      postalCode: '5000',
      city: 'Namur',
      country: 'BE',
    },
  });
  expect(customer.statusCode).toBe(201);
  const customerId = customer.json<{ id: string }>().id;

  async function document(
    path: 'quotes' | 'invoices',
    options: { finalize?: boolean; issueDate?: string; validUntil?: string } = {},
  ): Promise<Document> {
    const created = await client.post(`/api/v1/${path}`, {
      customerId,
      issueDate: options.issueDate ?? todayInBelgium(t.clock.now()),
      ...(options.validUntil && { validUntil: options.validUntil }),
      internalNote: 'Marge confortable — ne pas montrer',
      lines: [
        {
          kind: 'item',
          description: 'Tableau électrique',
          quantity: '1',
          unitPrice: '1200',
          vatRate: '21',
          purchasePrice: '700',
        },
      ],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<Document>().id;
    if (options.finalize === false) return created.json<Document>();
    const finalized = await client.post(`/api/v1/${path}/${id}/finalize`);
    expect(finalized.statusCode).toBe(200);
    return finalized.json<Document>();
  }

  /** The document's link; returns the URL's secret. */
  async function share(path: 'quotes' | 'invoices', id: string, body: object = {}) {
    const response = await client.post(`/api/v1/${path}/${id}/link`, body);
    expect([200, 201]).toContain(response.statusCode);
    const link = response.json<DocumentLink>();
    return { link, token: link.url.split('/d/')[1] ?? '', response };
  }

  return { ...owner, document, share };
}

/** A visitor: no session, its own address and cookies. */
const visitor = () => new Client(t.app);

const randomToken = () =>
  Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');

describe('links in the app', () => {
  it('creates one link per document, returns the same URL again, and never lists it', async () => {
    const { client, document, share } = await company();
    const quote = await document('quotes');
    const first = await share('quotes', quote.id);
    expect(first.response.statusCode).toBe(201);
    expect(first.link.url).toMatch(/^http:\/\/localhost(:\d+)?\/d\/[\w-]{43}$/);
    // Defaults to the customer's address, lower-cased.
    expect(first.link.sentTo).toEqual([CUSTOMER_EMAIL]);

    const again = await share('quotes', quote.id, { sentTo: ['Boss@Lambert.example.be'] });
    expect(again.response.statusCode).toBe(200);
    expect(again.token).toBe(first.token);
    expect(again.link.sentTo).toEqual([CUSTOMER_EMAIL, 'boss@lambert.example.be']);

    const status = await client.get(`/api/v1/quotes/${quote.id}/link`);
    expect(status.statusCode).toBe(200);
    const body = status.json<DocumentLinkStatus>();
    expect(body).toMatchObject({ requireEmail: true, signature: null });
    expect(body.link?.sentTo).toHaveLength(2);
    expect(status.body).not.toContain(first.token);

    // The wrong type's path does not find it; a draft cannot be shared.
    expect((await client.get(`/api/v1/invoices/${quote.id}/link`)).statusCode).toBe(404);
    const draft = await document('quotes', { finalize: false });
    const refused = await client.post(`/api/v1/quotes/${draft.id}/link`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('linkNotFinalized');
  });

  it('gives the e-mail engine an absolute URL in its own transaction, the same each time', async () => {
    const { me, document, share } = await company();
    const invoice = await document('invoices');
    const organizationId = me.organization.id;
    const url = await withTenant(t.database.db, organizationId, (trx) =>
      documentLink(trx, organizationId, invoice.id, ['Compta@Lambert.example.be']),
    );
    expect(url).toMatch(/^http:\/\/localhost:3000\/d\/[\w-]{43}$/);
    const again = await withTenant(t.database.db, organizationId, (trx) =>
      documentLink(trx, organizationId, invoice.id, ['other@lambert.example.be']),
    );
    expect(again).toBe(url);
    const { link } = await share('invoices', invoice.id);
    expect(link.url.endsWith(url.split('/d/')[1] ?? '-')).toBe(true);
    expect(link.sentTo).toEqual(['compta@lambert.example.be', 'other@lambert.example.be']);
  });

  it('keeps secrets out of the access log', () => {
    expect(redactUrl('/api/public/documents/abc_DEF-123/pdf?x=1')).toBe(
      '/api/public/documents/[secret]/pdf?x=1',
    );
    expect(redactUrl('/d/abc_DEF-123')).toBe('/d/[secret]');
    expect(redactUrl('/api/peppol/webhook/tok_123')).toBe('/api/peppol/webhook/[secret]');
    expect(redactUrl('/api/v1/quotes')).toBe('/api/v1/quotes');
  });
});

describe('the e-mail check', () => {
  it('answers random tokens exactly like a locked link and a wrong address', async () => {
    const { document, share } = await company();
    const quote = await document('quotes');
    const { token } = await share('quotes', quote.id);
    const guest = visitor();

    const unknown = await guest.get(`/api/public/documents/${randomToken()}`);
    const locked = await guest.get(`/api/public/documents/${token}`);
    expect(unknown.statusCode).toBe(404);
    expect(locked.statusCode).toBe(404);
    expect(locked.json()).toEqual(unknown.json());
    expect(unknown.json().error.code).toBe('linkNotFound');
    expect(unknown.headers['cache-control']).toBe('no-store');

    const wrongToken = await guest.post(`/api/public/documents/${randomToken()}/unlock`, {
      email: CUSTOMER_EMAIL,
    });
    const wrongEmail = await guest.post(`/api/public/documents/${token}/unlock`, {
      email: 'someone@else.example',
    });
    expect(wrongToken.statusCode).toBe(404);
    expect(wrongEmail.statusCode).toBe(404);
    expect(wrongEmail.json()).toEqual(wrongToken.json());
    // Neither sets an access cookie.
    expect(guest.cookies.has('facto_doc')).toBe(false);
    for (const path of ['pdf']) {
      expect((await guest.get(`/api/public/documents/${randomToken()}/${path}`)).statusCode).toBe(
        404,
      );
      expect((await guest.get(`/api/public/documents/${token}/${path}`)).statusCode).toBe(404);
    }
  });

  it('lets the right address in whatever its case, records the opening, hides internals', async () => {
    const { client, document, share } = await company();
    const invoice = await document('invoices');
    const { token } = await share('invoices', invoice.id);
    const guest = visitor();
    const unlocked = await guest.post(`/api/public/documents/${token}/unlock`, {
      email: '  CLIENT@Lambert.Example.BE ',
    });
    expect(unlocked.statusCode).toBe(204);
    const cookie = unlocked.cookies.find((c) => c.name === 'facto_doc');
    expect(cookie).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
      path: `/api/public/documents/${token}`,
    });
    expect(cookie?.value).not.toContain(token);

    const opened = await guest.get(`/api/public/documents/${token}`);
    expect(opened.statusCode).toBe(200);
    const view = opened.json<PublicDocument>();
    expect(view).toMatchObject({
      type: 'invoice',
      number: invoice.numberFormatted,
      canSign: false,
      company: { name: 'Électricité Dupont SRL' },
      customer: { name: 'Boulangerie Lambert', addressLines: ['Rue Haute 3', '5000 Namur'] },
      totals: { totalExcl: '1200.00', totalVat: '252.00', totalIncl: '1452.00' },
      payment: {
        iban: 'BE68539007547034',
        structuredCommunication: invoice.structuredCommunication,
        amount: '1452.00',
      },
    });
    expect(opened.body).not.toContain('Marge confortable');
    expect(opened.body).not.toContain('700');

    const pdf = await guest.get(`/api/public/documents/${token}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^attachment; filename="F.*\.pdf"$/);

    const status = (
      await client.get(`/api/v1/invoices/${invoice.id}/link`)
    ).json<DocumentLinkStatus>();
    expect(status.link?.openCount).toBe(1);
    expect(status.link?.lastOpenedAt).not.toBeNull();
    const history = (
      await client.get(`/api/v1/invoices/${invoice.id}/history`)
    ).json<DocumentHistory>();
    expect(history.items.map((item) => item.action)).toEqual(
      expect.arrayContaining([
        'document.created',
        'document.finalized',
        'link.created',
        'link.opened',
      ]),
    );
    expect(history.items[0]?.action).toBe('link.opened');
    expect(history.items.find((item) => item.action === 'link.created')?.user).toBe('Marie Dupont');
  });

  it('counts wrong addresses per link and address, then answers 429 with Retry-After', async () => {
    const { client, document, share } = await company();
    const quote = await document('quotes');
    const { token } = await share('quotes', quote.id);
    const guest = visitor();
    for (let i = 0; i < 5; i += 1) {
      const wrong = await guest.post(`/api/public/documents/${token}/unlock`, {
        email: `guess${i}@example.be`,
      });
      expect(wrong.statusCode).toBe(404);
    }
    const blocked = await guest.post(
      `/api/public/documents/${token}/unlock`,
      { email: CUSTOMER_EMAIL },
      { 'accept-language': 'nl' },
    );
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    expect(blocked.json().error.message).toMatch(/Te veel pogingen/);

    // Another visitor's address is not blocked by this one's failures.
    const other = visitor();
    expect(
      (await other.post(`/api/public/documents/${token}/unlock`, { email: CUSTOMER_EMAIL }))
        .statusCode,
    ).toBe(204);

    const history = (
      await client.get(`/api/v1/quotes/${quote.id}/history`)
    ).json<DocumentHistory>();
    const failures = history.items.filter((item) => item.action === 'link.emailCheckFailed');
    expect(failures).toHaveLength(5);
    expect(failures[0]?.ip).toMatch(/^10\./);
  });

  it('refuses a changed request from another site (CSRF), even without a session', async () => {
    const { document, share } = await company();
    const quote = await document('quotes');
    const { token } = await share('quotes', quote.id);
    const guest = visitor();
    const foreign = await guest.post(
      `/api/public/documents/${token}/unlock`,
      { email: CUSTOMER_EMAIL },
      { origin: 'https://evil.example' },
    );
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('csrf');
    const noToken = await guest.request({
      method: 'POST',
      url: `/api/public/documents/${token}/unlock`,
      payload: { email: CUSTOMER_EMAIL },
      csrf: false,
    });
    expect(noToken.statusCode).toBe(403);
    const sign = await guest.request({
      method: 'POST',
      url: `/api/public/documents/${token}/sign`,
      payload: { name: 'Paul Lambert', signature: dataUrl(signaturePng()) },
      csrf: false,
    });
    expect(sign.statusCode).toBe(403);
  });

  it('ties the access cookie to one link and lets it expire', async () => {
    const { document, share } = await company();
    const a = await share('quotes', (await document('quotes')).id);
    const b = await share('quotes', (await document('quotes')).id);
    const guest = visitor();
    await guest.post(`/api/public/documents/${a.token}/unlock`, { email: CUSTOMER_EMAIL });
    expect((await guest.get(`/api/public/documents/${a.token}`)).statusCode).toBe(200);
    // The test client sends every cookie everywhere; a browser would not even send it to b.
    expect((await guest.get(`/api/public/documents/${b.token}`)).statusCode).toBe(404);
    t.clock.advance(31 * 60_000);
    expect((await guest.get(`/api/public/documents/${a.token}`)).statusCode).toBe(404);
  });

  it('kills a revoked link at once, and the old URL of a regenerated one', async () => {
    const { client, document, share } = await company();
    const quote = await document('quotes');
    const first = await share('quotes', quote.id, { sentTo: ['boss@lambert.example.be'] });
    const guest = visitor();
    await guest.post(`/api/public/documents/${first.token}/unlock`, { email: CUSTOMER_EMAIL });
    expect((await guest.get(`/api/public/documents/${first.token}`)).statusCode).toBe(200);

    const regenerated = await share('quotes', quote.id, { regenerate: true });
    expect(regenerated.response.statusCode).toBe(201);
    expect(regenerated.token).not.toBe(first.token);
    expect(regenerated.link.sentTo).toEqual([CUSTOMER_EMAIL, 'boss@lambert.example.be']);
    expect((await guest.get(`/api/public/documents/${first.token}`)).statusCode).toBe(404);
    expect(
      (await guest.post(`/api/public/documents/${first.token}/unlock`, { email: CUSTOMER_EMAIL }))
        .statusCode,
    ).toBe(404);
    await guest.post(`/api/public/documents/${regenerated.token}/unlock`, {
      email: 'boss@lambert.example.be',
    });
    expect((await guest.get(`/api/public/documents/${regenerated.token}`)).statusCode).toBe(200);

    expect((await client.delete(`/api/v1/quotes/${quote.id}/link`)).statusCode).toBe(204);
    expect((await guest.get(`/api/public/documents/${regenerated.token}`)).statusCode).toBe(404);
    const status = (await client.get(`/api/v1/quotes/${quote.id}/link`)).json<DocumentLinkStatus>();
    expect(status.link).toBeNull();
    const actions = (await client.get(`/api/v1/quotes/${quote.id}/history`))
      .json<DocumentHistory>()
      .items.map((item) => item.action);
    expect(actions).toEqual(expect.arrayContaining(['link.regenerated', 'link.revoked']));
  });

  it('opens straight away when the organization switches the extra check off', async () => {
    const { client, document, share } = await company();
    expect((await client.get('/api/v1/settings/links')).json()).toEqual({ requireEmail: true });
    const saved = await client.put('/api/v1/settings/links', { requireEmail: false });
    expect(saved.json()).toEqual({ requireEmail: false });
    const quote = await document('quotes');
    const { token } = await share('quotes', quote.id);
    const guest = visitor();
    const opened = await guest.get(`/api/public/documents/${token}`);
    expect(opened.statusCode).toBe(200);
    expect(opened.json<PublicDocument>().canSign).toBe(true);
    expect((await guest.get(`/api/public/documents/${randomToken()}`)).statusCode).toBe(404);
    await client.put('/api/v1/settings/links', { requireEmail: true });
    expect((await visitor().get(`/api/public/documents/${token}`)).statusCode).toBe(404);
  });
});

describe('signing a quote online', () => {
  async function unlockedQuote(options: { issueDate?: string; validUntil?: string } = {}) {
    const setup = await company();
    const quote = await setup.document('quotes', options);
    const { token } = await setup.share('quotes', quote.id);
    const guest = visitor();
    await guest.post(`/api/public/documents/${token}/unlock`, { email: CUSTOMER_EMAIL });
    return { ...setup, quote, token, guest };
  }

  it('accepts and locks the quote, notifies the company and prints the signature', async () => {
    const { client, quote, token, guest } = await unlockedQuote();
    const signed = await guest.post(`/api/public/documents/${token}/sign`, {
      name: 'Paul Lambert',
      signature: dataUrl(signaturePng()),
    });
    expect(signed.statusCode).toBe(200);
    const view = signed.json<PublicDocument>();
    expect(view).toMatchObject({
      status: 'accepted',
      canSign: false,
      signature: { name: 'Paul Lambert' },
    });

    const saved = (await client.get(`/api/v1/quotes/${quote.id}`)).json<Document>();
    expect(saved.status).toBe('accepted');
    // Locked: the customer's answer cannot be changed in the app.
    expect((await client.post(`/api/v1/quotes/${quote.id}/refuse`)).statusCode).toBe(409);

    const notifications = (await client.get('/api/v1/notifications')).json<NotificationList>();
    expect(notifications.items[0]).toMatchObject({
      type: 'quoteSigned',
      params: { number: quote.numberFormatted, customer: 'Boulangerie Lambert' },
      link: `/quotes/${quote.id}`,
    });

    const pdf = await client.get(`/api/v1/quotes/${quote.id}/pdf`);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Signé en ligne par Paul Lambert');
    const publicPdf = await guest.get(`/api/public/documents/${token}/pdf`);
    expect(await pdfText(publicPdf.rawPayload)).toContain('Paul Lambert');

    const status = (await client.get(`/api/v1/quotes/${quote.id}/link`)).json<DocumentLinkStatus>();
    expect(status.signature?.name).toBe('Paul Lambert');
    const history = (
      await client.get(`/api/v1/quotes/${quote.id}/history`)
    ).json<DocumentHistory>();
    expect(
      history.items
        .slice(0, 2)
        .map((item) => item.action)
        .sort(),
    ).toEqual(['document.accepted', 'document.signed']);

    const twice = await guest.post(`/api/public/documents/${token}/sign`, {
      name: 'Paul Lambert',
      signature: dataUrl(signaturePng()),
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('quoteNotSignable');
  });

  it('refuses invoices, expired quotes and bad images', async () => {
    const { document, share } = await company();
    const invoice = await document('invoices');
    const { token } = await share('invoices', invoice.id);
    const guest = visitor();
    await guest.post(`/api/public/documents/${token}/unlock`, { email: CUSTOMER_EMAIL });
    const onInvoice = await guest.post(`/api/public/documents/${token}/sign`, {
      name: 'Paul Lambert',
      signature: dataUrl(signaturePng()),
    });
    expect(onInvoice.statusCode).toBe(409);

    const expired = await unlockedQuote({ issueDate: '2025-01-10', validUntil: '2025-02-09' });
    const late = await expired.guest.post(`/api/public/documents/${expired.token}/sign`, {
      name: 'Paul Lambert',
      signature: dataUrl(signaturePng()),
    });
    expect(late.statusCode).toBe(409);
    const stillOpen = await expired.client.get(`/api/v1/quotes/${expired.quote.id}`);
    expect(stillOpen.json<Document>().displayStatus).toBe('expired');

    const fresh = await unlockedQuote();
    const sign = (signature: string) =>
      fresh.guest.post(`/api/public/documents/${fresh.token}/sign`, {
        name: 'Paul Lambert',
        signature,
      });
    const png = signaturePng();
    const broken = Buffer.from(png);
    broken[broken.length - 20] = (broken[broken.length - 20] ?? 0) ^ 0xff;
    for (const bad of [
      'data:image/png;base64,!!!',
      dataUrl(Buffer.from('GIF89a not a png at all, but long enough to be read')),
      dataUrl(broken),
      dataUrl(signaturePng(3000, 100)),
    ]) {
      const refused = await sign(bad);
      expect(refused.statusCode, bad.slice(0, 40)).toBe(400);
      expect(refused.json().error.fields.signature).toBeTruthy();
    }
    const huge = await sign(`data:image/png;base64,${'A'.repeat(300_000)}`);
    expect(huge.statusCode).toBe(400);
    // Nothing was accepted along the way.
    const quote = await fresh.client.get(`/api/v1/quotes/${fresh.quote.id}`);
    expect(quote.json<Document>().status).toBe('finalized');
  });
});
