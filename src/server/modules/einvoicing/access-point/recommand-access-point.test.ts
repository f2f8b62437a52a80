import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccessPointError, type ParticipantId, type SendRequest } from './access-point.js';
import {
  createRecommandAccessPoint,
  transmissionStateOf,
  type RecommandAccessPoint,
} from './recommand-access-point.js';
import type { RecommandConfigInput } from './recommand-config.js';
import { RecommandFakeServer } from '../../../../../tests/server/fakes/recommand-fake-server.js';
import { readUblEnvelope } from './ubl-envelope.js';

const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const fixture = (name: string) =>
  readFileSync(path.resolve(repoRoot, '../shared/fixtures/peppol', name), 'utf8');
const INVOICE = fixture('openpeppol_base-example.xml');
const CREDIT_NOTE = fixture('openpeppol_base-creditnote-correction.xml');
/** The same invoice under another number (BT-1). */
const invoiceNumbered = (number: string) =>
  INVOICE.replace('<cbc:ID>Snippet1</cbc:ID>', `<cbc:ID>${number}</cbc:ID>`);

const API_KEY = 'key_facto';
const API_SECRET = 'secret_s3cr3t-value';
const WEBHOOK_SECRET = 'whsec_facto';
const US: ParticipantId = { scheme: '0208', value: '0123456749' };
const CUSTOMER: ParticipantId = { scheme: '0208', value: '0987654321' };

let fake: RecommandFakeServer;
let companyId: string;

beforeEach(async () => {
  fake = await RecommandFakeServer.start({
    apiKey: API_KEY,
    apiSecret: API_SECRET,
    webhookSecret: WEBHOOK_SECRET,
  });
  companyId = fake.addCompany({ name: 'Électricité Dupont', enterpriseNumber: US.value }).id;
  fake.addParticipant('0208:0987654321', { name: 'Klant BV' });
});
afterEach(() => fake.close());

function accessPoint(overrides: Partial<RecommandConfigInput> = {}): RecommandAccessPoint {
  return createRecommandAccessPoint({
    baseUrl: fake.baseUrl,
    apiKey: API_KEY,
    apiSecret: API_SECRET,
    companyId,
    environment: 'production',
    webhookSecret: WEBHOOK_SECRET,
    timeoutMs: 2_000,
    ...overrides,
  });
}

function sendRequest(overrides: Partial<SendRequest> = {}): SendRequest {
  return {
    ubl: INVOICE,
    sender: US,
    recipient: CUSTOMER,
    documentType: 'invoice',
    idempotencyKey: '0190f1b2-0000-7000-8000-000000000001',
    ...overrides,
  };
}

async function caught(promise: Promise<unknown>): Promise<AccessPointError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AccessPointError);
  return error as AccessPointError;
}

const sendCalls = () =>
  fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/send'));

describe('authentication', () => {
  it('sends the API key and secret as HTTP Basic credentials', async () => {
    await accessPoint().lookupParticipant(CUSTOMER);
    const expected = `Basic ${Buffer.from(`${API_KEY}:${API_SECRET}`).toString('base64')}`;
    expect(fake.requests.length).toBe(1);
    for (const request of fake.requests) expect(request.authorization).toBe(expected);
  });

  it('reports wrong credentials as unauthorized, not retryable, without the secret', async () => {
    const error = await caught(
      accessPoint({ apiSecret: 'wrong-secret' }).lookupParticipant(CUSTOMER),
    );
    expect(error.kind).toBe('unauthorized');
    expect(error.retryable).toBe(false);
    expect(error.status).toBe(401);
    expect(error.message).not.toContain('wrong-secret');
    expect(error.message).not.toContain(API_SECRET);
  });

  it('refuses a configuration without credentials, naming the field only', () => {
    expect(() => accessPoint({ apiKey: '' })).toThrow(/apiKey/);
    expect(() => accessPoint({ apiKey: '' })).not.toThrow(API_SECRET);
    expect(() => accessPoint({ apiKey: '' })).toThrow(AccessPointError);
  });

  it('refuses to send credentials over plain HTTP to another host', () => {
    expect(() => accessPoint({ baseUrl: 'http://recommand.example' })).toThrow(/baseUrl/);
    expect(() => accessPoint({ baseUrl: 'https://recommand.example/' })).not.toThrow();
  });
});

describe('participant lookup', () => {
  it('finds a registered participant with its document types and name', async () => {
    expect(await accessPoint().lookupParticipant(CUSTOMER)).toEqual({
      registered: true,
      supportsInvoice: true,
      supportsCreditNote: true,
      name: 'Klant BV',
    });
    expect(fake.requests.at(-1)?.body).toEqual({
      peppolAddress: '0208:0987654321',
      includeBusinessCard: true,
    });
  });

  it('tells which BIS 3 documents a participant accepts', async () => {
    fake.addParticipant('9925:BE0555555555', {
      docTypeIds: [
        'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2::Invoice##urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0::2.1',
      ],
    });
    expect(
      await accessPoint().lookupParticipant({ scheme: '9925', value: 'BE0555555555' }),
    ).toEqual({ registered: true, supportsInvoice: true, supportsCreditNote: false });
  });

  it('reports an unknown participant as not registered', async () => {
    expect(await accessPoint().lookupParticipant({ scheme: '0208', value: '0111111111' })).toEqual({
      registered: false,
      supportsInvoice: false,
      supportsCreditNote: false,
    });
  });
});

describe('sending', () => {
  it('sends the UBL as raw XML with the BIS 3 identifiers and follows the delivery', async () => {
    const ap = accessPoint();
    const sent = await ap.send(sendRequest());
    expect(sent).toMatchObject({ status: 'sent', deduplicated: false });

    const body = sendCalls()[0]?.body;
    expect(sendCalls()[0]?.path).toBe(`/${companyId}/send`);
    expect(body).toMatchObject({
      recipient: '0208:0987654321',
      documentType: 'xml',
      document: INVOICE,
      processId: 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0',
    });
    expect((body as { doctypeId: string }).doctypeId).toContain('Invoice-2::Invoice##');
    expect(fake.sentDocuments()).toHaveLength(1);

    expect(await ap.getStatus(sent.transmissionId)).toEqual({ status: 'sent' });
    fake.setDeliveryStatus(sent.transmissionId, 'delivered');
    const delivered = await ap.getStatus(sent.transmissionId);
    expect(delivered.status).toBe('delivered');
    expect(Number.isFinite(Date.parse(delivered.deliveredAt ?? ''))).toBe(true);
  });

  it('reports a refused delivery as failed with the reason', async () => {
    const ap = accessPoint();
    const sent = await ap.send(
      sendRequest({ ubl: CREDIT_NOTE, documentType: 'creditNote', idempotencyKey: 'cn-1' }),
    );
    fake.setDeliveryStatus(sent.transmissionId, 'failed', 'Unknown buyer reference');
    expect(await ap.getStatus(sent.transmissionId)).toEqual({
      status: 'failed',
      error: 'Unknown buyer reference',
    });
  });

  it('answers notFound for a transmission the access point does not know', async () => {
    const error = await caught(accessPoint().getStatus('doc_unknown'));
    expect(error.kind).toBe('notFound');
    expect(error.retryable).toBe(false);
  });

  it('never delivers twice when a retry follows a lost response', async () => {
    const ap = accessPoint();
    fake.dropResponseNext(1, { method: 'POST', path: `/${companyId}/send` });
    const lost = await caught(ap.send(sendRequest()));
    expect(lost.kind).toBe('unavailable');
    expect(lost.retryable).toBe(true);
    expect(fake.sentDocuments()).toHaveLength(1);

    const retried = await ap.send(sendRequest());
    expect(retried).toEqual({
      transmissionId: fake.sentDocuments()[0]?.id,
      status: 'sent',
      deduplicated: true,
    });
    // A retry through a new instance (another worker process) finds it too.
    expect((await accessPoint().send(sendRequest())).deduplicated).toBe(true);
    expect(fake.sentDocuments()).toHaveLength(1);
    expect(sendCalls()).toHaveLength(1);
  });

  it('sends another document with a similar number normally', async () => {
    const ap = accessPoint();
    await ap.send(sendRequest({ ubl: invoiceNumbered('2026/0042') }));
    const other = await ap.send(
      sendRequest({ ubl: invoiceNumbered('2026/00421'), idempotencyKey: 'other' }),
    );
    expect(other.deduplicated).toBe(false);
    expect(fake.sentDocuments()).toHaveLength(2);
  });

  it('turns a 5xx into a retryable unavailable error, and the retry goes through', async () => {
    const ap = accessPoint();
    fake.failNext(1, 503, { method: 'POST' });
    const error = await caught(ap.send(sendRequest()));
    expect(error).toMatchObject({ kind: 'unavailable', retryable: true, status: 503 });
    expect(fake.sentDocuments()).toHaveLength(0);
    expect((await ap.send(sendRequest())).deduplicated).toBe(false);
    expect(fake.sentDocuments()).toHaveLength(1);
  });

  it('gives up on a hanging server with a retryable timeout', async () => {
    fake.hangNext(1, { method: 'POST' });
    const started = Date.now();
    const error = await caught(accessPoint({ timeoutMs: 200 }).send(sendRequest()));
    expect(error).toMatchObject({ kind: 'timeout', retryable: true });
    expect(Date.now() - started).toBeLessThan(1_900);
  });

  it('reports a malformed body as a protocol error', async () => {
    fake.malformedNext(1, { method: 'POST' });
    const error = await caught(accessPoint().lookupParticipant(CUSTOMER));
    expect(error).toMatchObject({ kind: 'protocol', retryable: false });
  });

  it('reports a validation refusal as rejected, not retryable, with the reason', async () => {
    const invalid = INVOICE.replace(
      'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0',
      'urn:cen.eu:en16931:2017',
    );
    const error = await caught(accessPoint().send(sendRequest({ ubl: invalid })));
    expect(error).toMatchObject({ kind: 'rejected', retryable: false, status: 400 });
    expect(error.message).toContain('Document validation failed');
    expect(error.message).toContain('BR-01');
    expect(fake.sentDocuments()).toHaveLength(0);
  });

  it('reports an unreachable recipient (422) as rejected', async () => {
    const error = await caught(
      accessPoint().send(sendRequest({ recipient: { scheme: '0208', value: '0111111111' } })),
    );
    expect(error).toMatchObject({ kind: 'rejected', retryable: false, status: 422 });
  });

  it('refuses locally a document whose kind does not match', async () => {
    const error = await caught(accessPoint().send(sendRequest({ documentType: 'creditNote' })));
    expect(error.kind).toBe('rejected');
    expect(fake.requests).toHaveLength(0);
  });

  it('finds the sending company from the sender when none is configured', async () => {
    const sent = await accessPoint({ companyId: undefined }).send(sendRequest());
    expect(fake.sentDocuments()[0]).toMatchObject({ id: sent.transmissionId, companyId });
    expect(fake.requests.find((r) => r.path === '/companies')?.query).toEqual({
      enterpriseNumber: US.value,
    });
  });

  it('refuses to send when the key does not belong to the configured environment', async () => {
    const error = await caught(accessPoint({ environment: 'test' }).send(sendRequest()));
    expect(error).toMatchObject({ kind: 'rejected', retryable: false });
    expect(error.message).toContain('production team');
    expect(sendCalls()).toHaveLength(0);
  });
});

describe('test environment (playground team)', () => {
  it('sends with a playground key and environment test', async () => {
    await fake.close();
    fake = await RecommandFakeServer.start({
      apiKey: API_KEY,
      apiSecret: API_SECRET,
      playground: true,
    });
    companyId = fake.addCompany({ name: 'Électricité Dupont', enterpriseNumber: US.value }).id;
    fake.addParticipant('0208:0987654321');
    const ap = accessPoint({ environment: 'test' });
    await expect(ap.verifyEnvironment()).resolves.toBeUndefined();
    expect((await ap.send(sendRequest())).status).toBe('sent');
    expect(
      (await caught(accessPoint({ environment: 'production' }).send(sendRequest()))).kind,
    ).toBe('rejected');
  });
});

describe('receiving by polling', () => {
  it('pages through unread documents with a cursor, and forgets marked ones', async () => {
    const ap = accessPoint();
    const base = Date.parse('2026-02-01T10:00:00Z');
    const received = ['IN-1', 'IN-2', 'IN-3'].map((number, index) =>
      fake.receive({
        from: '0208:0987654321',
        xml: invoiceNumbered(number),
        receivedAt: new Date(base + index * 60_000),
      }),
    );

    const first = await ap.listReceived({ limit: 2 });
    expect(first.documents.map((d) => d.id)).toEqual([received[0]?.id, received[1]?.id]);
    expect(first.documents[0]).toEqual({
      id: received[0]?.id,
      receivedAt: '2026-02-01T10:00:00.000Z',
      sender: { scheme: '0208', value: '0987654321' },
      xml: invoiceNumbered('IN-1'),
    });
    // The cursor names the last document of the page: when it arrived and its id.
    expect(JSON.parse(Buffer.from(first.nextCursor ?? '', 'base64url').toString('utf8'))).toEqual({
      t: base + 60_000,
      i: received[1]?.id,
    });

    // Marking while paging does not shift the next page.
    await ap.markReceived(first.documents[0]?.id ?? '');
    const second = await ap.listReceived({ limit: 2, cursor: first.nextCursor });
    expect(second.documents.map((d) => d.id)).toEqual([received[2]?.id]);
    expect(second.nextCursor).toBeUndefined();

    const again = await ap.listReceived();
    expect(again.documents.map((d) => d.id)).toEqual([received[1]?.id, received[2]?.id]);
    expect(fake.requests.some((r) => r.path === `/documents/${received[0]?.id}/mark-as-read`)).toBe(
      true,
    );

    const since = await ap.listReceived({ since: new Date(base + 120_000) });
    expect(since.documents.map((d) => d.id)).toEqual([received[2]?.id]);
  });

  it('refuses a forged cursor and reports an unknown document on marking', async () => {
    const ap = accessPoint();
    expect((await caught(ap.listReceived({ cursor: 'not-a-cursor' }))).kind).toBe('rejected');
    expect((await caught(ap.markReceived('doc_missing'))).kind).toBe('notFound');
  });
});

describe('webhooks', () => {
  let receiver: Server;
  let received: { headers: IncomingHttpHeaders; body: string }[];

  beforeEach(async () => {
    received = [];
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(200).end('OK');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    fake.addWebhook(`http://127.0.0.1:${(receiver.address() as AddressInfo).port}/peppol`);
  });
  afterEach(
    () =>
      new Promise<void>((resolve) => {
        receiver.closeAllConnections();
        receiver.close(() => resolve());
      }),
  );

  it('accepts a signed webhook and gives a redelivery the same event id', async () => {
    fake.duplicateWebhooks(2);
    const document = fake.receive({ from: '0208:0987654321', xml: INVOICE });
    await fake.flushWebhooks();
    expect(received).toHaveLength(2);

    const ap = accessPoint();
    const events = received.map(({ headers, body }) => ap.parseWebhook(headers, body));
    expect(events[0]).toEqual({
      id: expect.stringMatching(/^recommand:/),
      kind: 'documentReceived',
      documentId: document.id,
    });
    expect(events[1]).toEqual(events[0]);
    // The raw bytes are verified, whatever their type.
    expect(
      ap.parseWebhook(received[0]?.headers ?? {}, Buffer.from(received[0]?.body ?? '')),
    ).toEqual(events[0]);
  });

  it('reports delivery updates of our transmissions', async () => {
    const ap = accessPoint();
    const sent = await ap.send(sendRequest());
    fake.setDeliveryStatus(sent.transmissionId, 'failed', 'Receiver unknown');
    await fake.flushWebhooks();
    // Two events (sent, then refused), delivered concurrently: their order is not guaranteed.
    const events = received.map(({ headers, body }) => ap.parseWebhook(headers, body));
    expect(events).toHaveLength(2);
    expect(events).toContainEqual({
      id: expect.any(String),
      kind: 'transmissionUpdated',
      transmissionId: sent.transmissionId,
      status: 'sent',
    });
    expect(events).toContainEqual({
      id: expect.any(String),
      kind: 'transmissionUpdated',
      transmissionId: sent.transmissionId,
      status: 'failed',
      error: 'Receiver unknown',
    });
    expect(events[0]?.id).not.toBe(events[1]?.id);
  });

  it('refuses forged, unsigned and unverifiable webhooks', () => {
    const ap = accessPoint();
    const { headers, body } = fake.webhookRequest({
      eventType: 'document.received',
      documentId: 'doc_1',
    });
    expect(ap.parseWebhook(headers, body).kind).toBe('documentReceived');

    const tampered = body.replace('doc_1', 'doc_2');
    const forged = fake.webhookRequest(
      { eventType: 'document.received', documentId: 'doc_1' },
      { secret: 'not-the-secret' },
    );
    const unsigned = fake.webhookRequest(
      { eventType: 'document.received', documentId: 'doc_1' },
      { secret: null },
    );
    const cases: [Record<string, string>, string][] = [
      [headers, tampered],
      [forged.headers, forged.body],
      [unsigned.headers, unsigned.body],
      [{ ...headers, 'x-signature': 'sha256=zz' }, body],
    ];
    for (const [caseHeaders, caseBody] of cases) {
      let error: unknown;
      try {
        ap.parseWebhook(caseHeaders, caseBody);
      } catch (reason) {
        error = reason;
      }
      expect(error).toMatchObject({ kind: 'unauthorized', retryable: false });
    }

    let error: unknown;
    try {
      accessPoint({ webhookSecret: undefined }).parseWebhook(headers, body);
    } catch (reason) {
      error = reason;
    }
    expect(error).toMatchObject({ kind: 'unauthorized' });
  });

  it('reports the outcome of our company verification', async () => {
    fake.verifyCompany(companyId, 'rejected', 'Identity not confirmed');
    fake.verifyCompany(companyId, 'verified');
    await fake.flushWebhooks();
    const ap = accessPoint();
    const events = received.map(({ headers, body }) => ap.parseWebhook(headers, body));
    expect(events).toContainEqual({
      id: expect.any(String),
      kind: 'registrationUpdated',
      providerCompanyId: companyId,
      status: 'failed',
      error: 'Identity not confirmed',
    });
    expect(events).toContainEqual({
      id: expect.any(String),
      kind: 'registrationUpdated',
      providerCompanyId: companyId,
      status: 'registered',
    });
  });

  it('passes over events Facto does not act on', () => {
    const { headers, body } = fake.webhookRequest({
      eventType: 'document.label.assigned',
      documentId: 'doc_1',
      labelId: 'lbl_1',
    });
    expect(accessPoint().parseWebhook(headers, body)).toMatchObject({
      kind: 'ignored',
      providerType: 'document.label.assigned',
    });
  });
});

describe('registration', () => {
  const NEW: ParticipantId = { scheme: '0208', value: '0222222222' };

  it('registers a company, pending until verified, and does not register it twice', async () => {
    const ap = accessPoint();
    expect(await ap.registrationStatus(NEW)).toEqual({ status: 'unregistered' });

    const registered = await ap.registerParticipant(NEW, 'Plomberie Martin', {
      address: 'Rue Haute 5',
      postalCode: '4000',
      city: 'Liège',
      country: 'BE',
    });
    expect(registered).toMatchObject({ status: 'pending' });
    expect(registered.verificationUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    const created = fake.companies.get(registered.providerCompanyId ?? '');
    expect(created).toMatchObject({
      name: 'Plomberie Martin',
      enterpriseNumberScheme: '0208',
      enterpriseNumber: '0222222222',
      isSmpRecipient: true,
    });
    expect(await ap.registrationStatus(NEW)).toEqual({
      status: 'pending',
      providerCompanyId: registered.providerCompanyId,
    });
    // Asking again while pending gives a fresh verification link, not a second company.
    const again = await ap.registerParticipant(NEW, 'Plomberie Martin');
    expect(again).toMatchObject({
      status: 'pending',
      providerCompanyId: registered.providerCompanyId,
    });
    expect(again.verificationUrl).toMatch(/\/company-verification\/[\w-]+$/);
    expect(again.verificationUrl).not.toBe(registered.verificationUrl);

    fake.verifyCompany(registered.providerCompanyId ?? '');
    expect((await ap.registrationStatus(NEW)).status).toBe('registered');
    expect(await ap.registerParticipant(NEW, 'Plomberie Martin')).toEqual({
      status: 'registered',
      providerCompanyId: registered.providerCompanyId,
    });
    expect(fake.companies.size).toBe(2);
  });

  it('reports a refused registration as failed with the reason', async () => {
    fake.rejectNext(
      { root: ['This identifier is already registered with another Peppol provider.'] },
      { match: { method: 'POST', path: '/companies' } },
    );
    expect(await accessPoint().registerParticipant(NEW, 'Plomberie Martin')).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('already registered with another Peppol provider'),
    });
  });
});

describe('reading the UBL envelope', () => {
  it('finds the kind and the number (BT-1) of BIS 3 documents', () => {
    expect(readUblEnvelope(INVOICE)).toEqual({ documentType: 'invoice', number: 'Snippet1' });
    expect(readUblEnvelope(CREDIT_NOTE)).toEqual({
      documentType: 'creditNote',
      number: 'Snippet1',
    });
  });

  it('copes with other prefixes, extensions and escaped text, and refuses the rest', () => {
    const xml = `<?xml version="1.0"?>
      <!-- generated -->
      <ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:b="urn:b" xmlns:e="urn:e">
        <e:UBLExtensions><e:UBLExtension><b:ID>not-this</b:ID></e:UBLExtension></e:UBLExtensions>
        <b:CustomizationID>x</b:CustomizationID>
        <b:ID> 2026/0042 &amp; B </b:ID>
      </ubl:Invoice>`;
    expect(readUblEnvelope(xml)).toEqual({ documentType: 'invoice', number: '2026/0042 & B' });
    expect(readUblEnvelope('<Order><cbc:ID>1</cbc:ID></Order>')).toBeUndefined();
    expect(readUblEnvelope('<Invoice><cbc:ID></cbc:ID></Invoice>')).toBeUndefined();
  });
});

describe('transmission state of an older Recommand document', () => {
  const base = {
    id: 'doc_1',
    direction: 'outgoing' as const,
    senderId: 'a',
    receiverId: 'b',
    type: 'invoice',
    createdAt: '2026-01-02T03:04:05.000Z',
  };

  it('reads the AS4 receipt as delivery when there is no delivery model', () => {
    expect(
      transmissionStateOf({
        ...base,
        sentOverPeppol: true,
        receivedPeppolSignalMessage: '<Receipt/>',
      }),
    ).toEqual({
      status: 'delivered',
      deliveredAt: '2026-01-02T03:04:05.000Z',
    });
    expect(
      transmissionStateOf({ ...base, sentOverPeppol: true, receivedPeppolSignalMessage: null }),
    ).toEqual({
      status: 'sent',
    });
    expect(transmissionStateOf({ ...base, sentOverPeppol: false }).status).toBe('failed');
  });
});
