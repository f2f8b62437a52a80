import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Customer,
  Document,
  InboxDocument,
  Job,
  NotificationList,
  PeppolDocumentStatus,
  PeppolSettings,
  PurchaseInvoice,
} from '../../../contract/index.js';
import {
  createTestApp,
  multipartFile,
  signedUpClient,
  type Client,
  type TestApp,
} from '../../../../tests/server/test-app.js';
import { setCompany } from '../../../../tests/server/pdf-fixtures.js';
import { exampleAddressedTo } from '../../../../tests/server/peppol-example.js';
import { RecommandFakeServer } from '../../../../tests/server/fakes/recommand-fake-server.js';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../../../..');
const validator = path.resolve(repo, '../shared/tools/einvoice/validate');
const fixture = (name: string) =>
  fs.readFileSync(path.resolve(repo, '../shared/fixtures/peppol', name), 'utf8');

const ENTERPRISE = '0566988259';
const API_KEY = 'key_test';
const API_SECRET = 'secret_test';
const WEBHOOK_SECRET = 'whsec_test';

/** The sample invoice bills 6 % to a VAT-registered customer: finalising it needs a confirmation. */
const RENOVATION_CONFIRMED = { confirmRenovationVat: true };
let t: TestApp;
let ap: RecommandFakeServer;
beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'http://localhost:3000' });
  ap = await RecommandFakeServer.start({
    apiKey: API_KEY,
    apiSecret: API_SECRET,
    webhookSecret: WEBHOOK_SECRET,
  });
  ap.addCompany({ id: 'c_self', name: 'Électricité Dupont SRL', enterpriseNumber: ENTERPRISE });
});
afterAll(async () => {
  await ap.close();
  await t.close();
});

/** A company with what PEPPOL needs: address, VAT number and IBAN. */
async function company(): Promise<Client> {
  const { client } = await signedUpClient(t.app);
  await setCompany(client);
  return client;
}

async function invoice(
  client: Client,
  customer: Partial<Customer> = {},
  extra: Record<string, unknown> = {},
): Promise<Document> {
  const created = (
    await client.post('/api/v1/customers', {
      kind: 'company',
      name: 'Bouwbedrijf Peeters BV',
      language: 'nl',
      vatNumber: 'BE0403170701',
      address: {
        street: 'Kerkstraat',
        number: '5',
        box: null,
        postalCode: '9000',
        city: 'Gent',
        country: 'BE',
      },
      ...customer,
    })
  ).json<Customer>();
  const draft = (
    await client.post('/api/v1/invoices', {
      customerId: created.id,
      issueDate: '2026-03-02',
      orderReference: 'PO-77',
      ...extra,
      discount: { type: 'percent', value: '2' },
      settlementDiscount: { percent: '2', days: 8 },
      lines: [
        { kind: 'section', description: 'Badkamer & keuken' },
        { kind: 'item', description: 'Werkuren', quantity: '7.5', unitPrice: '48.5', vatRate: '6' },
        {
          kind: 'item',
          description: 'Mengkraan <Grohe>',
          quantity: '2',
          unitPrice: '129.99',
          discount: { type: 'percent', value: '10' },
          vatRate: '21',
        },
      ],
    })
  ).json<Document>();
  return draft;
}

async function connect(client: Client): Promise<PeppolSettings> {
  const response = await client.put('/api/v1/peppol/settings', {
    environment: 'production',
    baseUrl: ap.baseUrl,
    apiKey: API_KEY,
    apiSecret: API_SECRET,
    webhookSecret: WEBHOOK_SECRET,
    companyId: 'c_self',
  });
  expect(response.statusCode).toBe(200);
  return response.json<PeppolSettings>();
}

describe('UBL out', () => {
  it('downloads a finalised invoice as UBL that the official PEPPOL rules accept', async () => {
    const client = await company();
    const draft = await invoice(client);
    expect((await client.get(`/api/v1/invoices/${draft.id}/ubl`)).statusCode).toBe(409);
    const final = (
      await client.post(`/api/v1/invoices/${draft.id}/finalize`, RENOVATION_CONFIRMED)
    ).json<Document>();
    const response = await client.get(`/api/v1/invoices/${final.id}/ubl`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/xml');
    const xml = response.body;
    expect(xml).toContain(`<cbc:ID>${final.numberFormatted}</cbc:ID>`);
    expect(xml).toContain(`<cbc:PayableAmount currencyID="EUR">${final.totals.totalIncl}`);
    expect(xml).toContain('EmbeddedDocumentBinaryObject mimeCode="application/pdf"');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facto-ubl-'));
    const file = path.join(dir, 'invoice.xml');
    fs.writeFileSync(file, xml);
    const result = await run(validator, ['--json', file], { maxBuffer: 20 * 1024 * 1024 }).catch(
      (error: { stdout: string }) => error,
    );
    const [report] = JSON.parse(result.stdout) as {
      valid: boolean;
      problems: { severity: string; id: string; message: string }[];
    }[];
    expect(report?.problems.filter((p) => p.severity === 'fatal')).toEqual([]);
    expect(report?.valid).toBe(true);
  }, 180_000);

  it('lists what to fix before sending, in the user’s language, and refuses to send it', async () => {
    const client = await company();
    const draft = await invoice(
      client,
      { name: 'Sans TVA SRL', vatNumber: null },
      { vatRegime: 'reverseCharge' },
    );
    expect(draft.vatRegime).toBe('reverseCharge');
    const status = (
      await client.get(`/api/v1/invoices/${draft.id}/peppol`, { 'accept-language': 'nl' })
    ).json<PeppolDocumentStatus>();
    expect(status.ready).toBe(false);
    expect(status.recipientId).toBeNull();
    const issue = status.issues.find((i) => i.field === 'buyer.vatNumber');
    expect(issue?.rule).toMatch(/BR-AE/);
    expect(issue?.message).not.toMatch(/^peppol\./);
    await client.post(`/api/v1/invoices/${draft.id}/finalize`, RENOVATION_CONFIRMED);
    await connect(client);
    const send = await client.post(`/api/v1/invoices/${draft.id}/peppol/send`);
    expect(send.statusCode).toBe(409);
    expect(send.json<{ error: { code: string } }>().error.code).toBe('peppolNotReady');
  });
});

describe('sending through the access point', () => {
  it('sends once, records the delivery, and never delivers twice', async () => {
    const client = await company();
    const draft = await invoice(client);
    await client.post(`/api/v1/invoices/${draft.id}/finalize`, RENOVATION_CONFIRMED);
    expect((await client.post(`/api/v1/invoices/${draft.id}/peppol/send`)).statusCode).toBe(409);
    await connect(client);
    ap.addParticipant('0208:0403170701', { name: 'Bouwbedrijf Peeters BV' });
    const before = ap.sentDocuments().length;

    const status = (
      await client.get(`/api/v1/invoices/${draft.id}/peppol`)
    ).json<PeppolDocumentStatus>();
    expect(status).toMatchObject({
      accessPointConfigured: true,
      recipientId: '0208:0403170701',
      recipientReachable: true,
      ready: true,
    });
    const queued = await client.post(`/api/v1/invoices/${draft.id}/peppol/send`);
    expect(queued.statusCode).toBe(202);
    expect(queued.json<PeppolDocumentStatus>().transmission?.status).toBe('queued');
    // A second click while it is queued changes nothing.
    expect((await client.post(`/api/v1/invoices/${draft.id}/peppol/send`)).statusCode).toBe(202);

    await t.jobs.drain('peppol.send');
    const sent = (
      await client.get(`/api/v1/invoices/${draft.id}/peppol`)
    ).json<PeppolDocumentStatus>();
    expect(sent.transmission?.status).toMatch(/sent|delivered/);
    expect(ap.sentDocuments().length).toBe(before + 1);
    expect((await client.get(`/api/v1/invoices/${draft.id}`)).json<Document>().status).toBe('sent');

    // Sending again after it left: nothing more goes out.
    await client.post(`/api/v1/invoices/${draft.id}/peppol/send`);
    await t.jobs.drain('peppol.send');
    expect(ap.sentDocuments().length).toBe(before + 1);
  });

  it('marks a refused document failed, says why on the document and notifies the team', async () => {
    const client = await company();
    const draft = await invoice(client, { name: 'Refus NV', vatNumber: 'BE0202023977' });
    await client.post(`/api/v1/invoices/${draft.id}/finalize`, RENOVATION_CONFIRMED);
    await connect(client);
    ap.addParticipant('0208:0202023977');
    ap.rejectNext(
      { document: ['Receiver refused the document'] },
      { status: 400, match: { method: 'POST', path: /\/send$/ } },
    );
    await client.post(`/api/v1/invoices/${draft.id}/peppol/send`);
    await t.jobs.drain('peppol.send');
    const status = (
      await client.get(`/api/v1/invoices/${draft.id}/peppol`)
    ).json<PeppolDocumentStatus>();
    expect(status.transmission?.status).toBe('failed');
    expect(status.transmission?.error).toBe(
      'Recommand POST /c_self/send answered 400: document: Receiver refused the document',
    );
    const notifications = (await client.get('/api/v1/notifications')).json<NotificationList>();
    expect(notifications.unread).toBe(1);
    expect(notifications.items[0]).toMatchObject({ type: 'peppolSendFailed', read: false });
  });
});

/** An official example, addressed to our test company. */
const addressedToUs = (name?: string) => exampleAddressedTo(ENTERPRISE, name);

async function upload(client: Client, xml: string) {
  return client.request({
    method: 'POST',
    url: '/api/v1/inbox',
    ...multipartFile('file', 'invoice.xml', 'application/xml', Buffer.from(xml)),
  });
}

describe('receiving', () => {
  it('imports an uploaded UBL once, with its totals, and accepts it as a purchase invoice', async () => {
    const client = await company();
    const first = await upload(client, addressedToUs());
    expect(first.statusCode).toBe(201);
    const received = first.json<InboxDocument>();
    expect(received).toMatchObject({
      number: 'Snippet1',
      currency: 'EUR',
      totalPayable: '1656.25',
      status: 'new',
    });
    expect(received.totals.taxInclusive).toBe('1656.25');
    const again = await upload(client, addressedToUs());
    expect(again.statusCode).toBe(200);
    expect(again.json<InboxDocument>().id).toBe(received.id);

    const accepted = await client.post(`/api/v1/inbox/${received.id}/accept`);
    expect(accepted.statusCode).toBe(200);
    const purchase = accepted.json<PurchaseInvoice>();
    expect(purchase).toMatchObject({
      number: 'Snippet1',
      totalPayable: '1656.25',
      status: 'toPay',
      supplierName: received.sellerName,
    });
    expect((await client.post(`/api/v1/inbox/${received.id}/accept`)).statusCode).toBe(409);
    const paid = await client.post(`/api/v1/purchase-invoices/${purchase.id}/mark-paid`, {
      date: '2026-04-01',
    });
    expect(paid.json<PurchaseInvoice>()).toMatchObject({ status: 'paid', paidAt: '2026-04-01' });
    const notifications = (await client.get('/api/v1/notifications')).json<NotificationList>();
    expect(notifications.items.some((n) => n.type === 'messageReceived')).toBe(true);
  });

  it('refuses what is not an invoice for us, safely and with a translated reason', async () => {
    const client = await company();
    const cases: [string, string][] = [
      [fixture('openpeppol_base-example.xml'), 'inbound.notForUs'],
      [
        '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><broken',
        'inbound.malformedXml',
      ],
      [
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><Invoice>&lol2;</Invoice>',
        'inbound.forbiddenDoctype',
      ],
      ['<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"/>', 'inbound.notUbl'],
    ];
    for (const [xml, code] of cases) {
      const response = await upload(client, xml);
      expect(response.statusCode, code).toBe(422);
      expect(response.json<{ error: { code: string } }>().error.code).toBe(code);
    }
    const list = (await client.get('/api/v1/inbox')).json<{ total: number }>();
    expect(list.total).toBe(0);
  });

  it('receives from the access point by webhook, once however often the webhook comes', async () => {
    const client = await company();
    const settings = await connect(client);
    const token = settings.webhookUrl?.split('/').pop() ?? '';
    const document = ap.receive({ from: '0208:0123456749', xml: addressedToUs() });
    const webhook = ap.webhookRequest(
      { eventType: 'document.received', documentId: document.id, companyId: 'c_self' },
      { deliveryId: 'delivery-1' },
    );
    for (let i = 0; i < 2; i++) {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/peppol/webhook/${token}`,
        headers: webhook.headers,
        payload: webhook.body,
      });
      expect(response.statusCode).toBe(200);
    }
    const forged = await t.app.inject({
      method: 'POST',
      url: `/api/peppol/webhook/${token}`,
      headers: { ...webhook.headers, 'x-signature': 'sha256=00' },
      payload: webhook.body,
    });
    expect(forged.statusCode).toBe(401);
    await t.jobs.drain('peppol.poll');
    const list = (await client.get('/api/v1/inbox')).json<{ total: number }>();
    expect(list.total).toBe(1);
  });
});

describe('accountant export', () => {
  it('zips the UBL and PDF of every sale and purchase of the period, with an index', async () => {
    const client = await company();
    const draft = await invoice(client);
    const final = (
      await client.post(`/api/v1/invoices/${draft.id}/finalize`, RENOVATION_CONFIRMED)
    ).json<Document>();
    const received = (await upload(client, addressedToUs())).json<InboxDocument>();
    await client.post(`/api/v1/inbox/${received.id}/accept`);

    const bad = await client.get('/api/v1/exports/accountant?from=2026-12-31&to=2026-01-01');
    expect(bad.statusCode).toBe(400);
    const response = await client.get('/api/v1/exports/accountant?from=2017-01-01&to=2026-12-31');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(response.rawPayload));
    const names = Object.keys(files);
    const number = (final.numberFormatted ?? '').replace(/[^\w.-]+/g, '_');
    expect(names).toEqual(
      expect.arrayContaining([
        `sales/${number}.xml`,
        `sales/${number}.pdf`,
        'index.csv',
        expect.stringMatching(/^purchases\/.*Snippet1\.xml$/),
      ]),
    );
    const pdf = Buffer.from(files[`sales/${number}.pdf`] ?? []);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const index = Buffer.from(files['index.csv'] ?? []).toString('utf8');
    expect(index).toContain(final.totals.totalIncl);
    expect(index).toContain('1656.25');

    // Only the period asked for.
    const empty = await client.get('/api/v1/exports/accountant?from=2030-01-01&to=2030-12-31');
    expect(Object.keys(unzipSync(new Uint8Array(empty.rawPayload)))).toEqual(['index.csv']);
  });
});

describe('official examples', () => {
  const expected = JSON.parse(fixture('EXPECTED.json')) as {
    files: Record<string, { id: string; totals: { payable: string; tax_inclusive: string } }>;
  };

  it('imports every official example, addressed to us, with its totals intact', async () => {
    const client = await company();
    for (const [name, values] of Object.entries(expected.files)) {
      // Addressed to our company: the buyer's endpoint becomes ours.
      const xml = fixture(name).replace(
        /(<cac:AccountingCustomerParty>\s*<cac:Party>\s*)(<cbc:EndpointID[^>]*>[^<]*<\/cbc:EndpointID>\s*)?/,
        `$1<cbc:EndpointID schemeID="0208">${ENTERPRISE}</cbc:EndpointID>`,
      );
      const response = await upload(client, xml);
      // Two examples are the same invoice (seller and number) in two variants: kept once.
      expect([200, 201], `${name}: ${response.body.slice(0, 200)}`).toContain(response.statusCode);
      const received = response.json<InboxDocument>();
      expect(received.number, name).toBe(values.id);
      expect(Number(received.totals.payable), name).toBe(Number(values.totals.payable));
      expect(Number(received.totals.taxInclusive), name).toBe(Number(values.totals.tax_inclusive));
      if (response.statusCode === 200) continue;
      const accepted = await client.post(`/api/v1/inbox/${received.id}/accept`);
      expect(accepted.statusCode, name).toBe(200);
      expect(Number(accepted.json<PurchaseInvoice>().totalPayable), name).toBe(
        Number(values.totals.payable),
      );
    }
  });
});

describe('background jobs for the owners', () => {
  it('lists a job waiting for its retry with the reason, and tries a failed one again', async () => {
    const client = await company();
    const draft = await invoice(client, { name: 'Later BV', vatNumber: 'BE0417497106' });
    await client.post(`/api/v1/invoices/${draft.id}/finalize`, RENOVATION_CONFIRMED);
    await connect(client);
    ap.addParticipant('0208:0417497106');
    ap.failNext(1, 503, { method: 'POST', path: /\/send$/ });
    await client.post(`/api/v1/invoices/${draft.id}/peppol/send`);
    await t.jobs.drain('peppol.send');

    const jobs = (await client.get('/api/v1/jobs')).json<Job[]>();
    const job = jobs.find((j) => j.name === 'peppol.send');
    expect(job).toMatchObject({ state: 'retry', attempts: 1 });
    expect(job?.error).toBe('Recommand POST /c_self/send answered 503: Injected failure');
    // Only a failed job can be retried by hand.
    expect((await client.post(`/api/v1/jobs/${job?.id}/retry`)).statusCode).toBe(404);

    await sql`update ${sql.id(t.config.jobsSchema, 'job')} set state = 'failed' where id = ${job?.id}::uuid`.execute(
      t.database.db,
    );
    expect((await client.post(`/api/v1/jobs/${job?.id}/retry`)).statusCode).toBe(204);
    const again = (await client.get('/api/v1/jobs')).json<Job[]>().find((j) => j.id === job?.id);
    expect(again?.state).toBe('retry');

    // Another company sees none of it.
    const other = await company();
    expect((await other.get('/api/v1/jobs')).json<Job[]>()).toEqual([]);
    expect((await other.post(`/api/v1/jobs/${job?.id}/retry`)).statusCode).toBe(404);
  });
});
