import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Customer,
  Document,
  EmailDraft,
  EmailMessage,
  EmailPreview,
  EmailSettings,
  EmailTemplate,
  EmailTestResult,
  MailboxMessage,
  MailboxPage,
  NotificationList,
} from '../../../contract/index.js';
import { makeJobsDue } from '../../../../tests/server/due-jobs.js';
import {
  createTestApp,
  multipartFile,
  signedUpClient,
  TINY_PNG,
  type Client,
  type TestApp,
} from '../../../../tests/server/test-app.js';
import { setCompany } from '../../../../tests/server/pdf-fixtures.js';
import { garbageServer, silentServer, TestSmtpServer } from '../../../../tests/server/test-smtp.js';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../../../..');
const validator = path.resolve(repo, '../shared/tools/einvoice/validate');

const JOB = 'email.send';
/** A minimal real PDF (the general terms a company attaches to every e-mail). */
const TERMS_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

let t: TestApp;
let smtp: TestSmtpServer;
beforeAll(async () => {
  // Small timeouts: a server that hangs is given up on quickly.
  t = await createTestApp({ publicUrl: 'http://localhost:3000', smtpTimeoutMs: 400 });
  smtp = await TestSmtpServer.start();
});
afterAll(async () => {
  await smtp.stop();
  await t.close();
});

/** A company with address, VAT number, IBAN, e-mail and logo. */
async function company(): Promise<Client> {
  const { client } = await signedUpClient(t.app);
  await setCompany(client, { legalName: 'Électricité Dupont SRL' });
  const logo = await client.request({
    method: 'PUT',
    url: '/api/v1/organization/logo',
    ...multipartFile('file', 'logo.png', 'image/png', TINY_PNG),
  });
  expect(logo.statusCode).toBe(200);
  return client;
}

async function useSmtp(client: Client, port = smtp.port, extra: Record<string, unknown> = {}) {
  const response = await client.put('/api/v1/email/settings', {
    sending: 'smtp',
    smtp: {
      host: '127.0.0.1',
      port,
      security: 'none',
      user: 'factuur',
      password: 's3cret',
      fromAddress: 'facturen@dupont.be',
      fromName: 'Électricité Dupont',
      ...extra,
    },
    defaultCc: [],
    defaultBcc: ['archive@dupont.be'],
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<EmailSettings>();
}

async function invoice(client: Client, customer: Partial<Customer> = {}, finalize = true) {
  const created = (
    await client.post('/api/v1/customers', {
      kind: 'company',
      name: 'Bouwbedrijf Peeters BV',
      language: 'nl',
      vatNumber: 'BE0403170701',
      invoiceEmail: 'boekhouding@peeters.be',
      address: {
        street: 'Kerkstraat',
        number: '5',
        box: null,
        postalCode: '9000',
        city: 'Gent',
        country: 'BE',
      },
      contactPersons: [{ name: 'Jan Peeters', role: null, email: null, phone: null }],
      ...customer,
    })
  ).json<Customer>();
  const draft = (
    await client.post('/api/v1/invoices', {
      customerId: created.id,
      issueDate: '2026-03-02',
      orderReference: 'PO-77',
      settlementDiscount: { percent: '2', days: 8 },
      lines: [
        { kind: 'item', description: 'Werkuren', quantity: '10', unitPrice: '100', vatRate: '21' },
      ],
    })
  ).json<Document>();
  if (!finalize) return draft;
  return (await client.post(`/api/v1/invoices/${draft.id}/finalize`)).json<Document>();
}

const send = (client: Client, id: string, body: Record<string, unknown> = {}, query = '') =>
  client.post(`/api/v1/invoices/${id}/email${query}`, {
    to: ['boekhouding@peeters.be'],
    subject: 'Factuur %number% – %company_name%',
    body: 'Beste %contact_name%,\n\nTe betalen: %total_amount_to_be_paid% tegen %expiration_date%.\nMededeling: %structured_message%\n\nMet vriendelijke groeten',
    ...body,
  });

const emailsOf = async (client: Client, id: string) =>
  (await client.get(`/api/v1/invoices/${id}/emails`)).json<EmailMessage[]>();

describe('settings', () => {
  it('starts on the built-in mailbox, keeps the SMTP password sealed, and tests the server', async () => {
    const client = await company();
    const initial = (await client.get('/api/v1/email/settings')).json<EmailSettings>();
    expect(initial).toMatchObject({
      sending: 'general',
      generalSenderAvailable: false,
      transport: 'mailbox',
      smtp: null,
    });
    const saved = await useSmtp(client);
    expect(saved.transport).toBe('smtp');
    expect(saved.smtp).toMatchObject({ host: '127.0.0.1', hasPassword: true, user: 'factuur' });
    expect(JSON.stringify(saved)).not.toContain('s3cret');
    const stored = await t.database.db
      .selectFrom('email_settings')
      .select('smtp_password_encrypted')
      .execute();
    expect(stored.some((row) => row.smtp_password_encrypted?.includes('s3cret'))).toBe(false);

    const before = smtp.messages.length;
    const test = (
      await client.post('/api/v1/email/settings/test', { to: 'me@dupont.be' })
    ).json<EmailTestResult>();
    expect(test).toMatchObject({ ok: true, transport: 'smtp', error: null });
    expect(test.response).toMatch(/^250 /);
    await smtp.waitFor(before + 1);
    expect(smtp.messages[before]?.envelope.to).toEqual(['me@dupont.be']);

    // Unsaved settings pointing nowhere: the answer says why, without an error status.
    const down = await silentServer();
    await down.close();
    const failed = await client.post('/api/v1/email/settings/test', {
      to: 'me@dupont.be',
      settings: {
        sending: 'smtp',
        smtp: { host: '127.0.0.1', port: down.port, security: 'none', fromAddress: 'a@dupont.be' },
      },
    });
    expect(failed.statusCode).toBe(200);
    expect(failed.json<EmailTestResult>()).toMatchObject({ ok: false });
    expect(failed.json<EmailTestResult>().error).toMatch(/refused/i);
  });

  it('refuses header injection in names and addresses, and incomplete SMTP settings', async () => {
    const client = await company();
    const injected = await client.put('/api/v1/email/settings', {
      sending: 'smtp',
      smtp: {
        host: '127.0.0.1',
        port: 25,
        security: 'none',
        fromAddress: 'facturen@dupont.be',
        fromName: 'Dupont\r\nBcc: victim@example.com',
      },
    });
    expect(injected.statusCode).toBe(400);
    expect(
      injected.json<{ error: { fields: Record<string, string> } }>().error.fields,
    ).toHaveProperty(['smtp.fromName']);
    const address = await client.put('/api/v1/email/settings', {
      sending: 'general',
      defaultCc: ['ok@dupont.be', 'x@dupont.be\r\nBcc: victim@example.com'],
    });
    expect(address.statusCode).toBe(400);
    const host = await client.put('/api/v1/email/settings', {
      sending: 'smtp',
      smtp: { host: 'smtp.example.be/evil', port: 25, security: 'none', fromAddress: 'a@b.be' },
    });
    expect(host.statusCode).toBe(400);
    expect((await client.put('/api/v1/email/settings', { sending: 'smtp' })).statusCode).toBe(400);
  });

  it('edits texts with known tags only, resets them, and previews them with a real document', async () => {
    const client = await company();
    const templates = (await client.get('/api/v1/email/templates')).json<EmailTemplate[]>();
    expect(templates).toHaveLength(16);
    expect(templates.every((template) => template.isDefault)).toBe(true);

    const unknown = await client.put('/api/v1/email/templates/invoice/fr', {
      subject: 'Facture %numero%',
      body: 'Bonjour %client%',
    });
    expect(unknown.statusCode).toBe(400);
    expect(
      unknown.json<{ error: { fields: Record<string, string> } }>().error.fields,
    ).toMatchObject({
      subject: expect.stringMatching(/tag|balise/i),
      body: expect.any(String),
    });
    const broken = await client.put('/api/v1/email/templates/invoice/nl', {
      subject: 'Factuur %number% <b>',
      body: 'Goeiedag %customer_name%,\n<b>niet gesloten <script>alert(1)</script> %customer_name',
    });
    expect(broken.statusCode).toBe(200);
    expect(broken.json<EmailTemplate>().isDefault).toBe(false);

    expect(
      (
        await client.post('/api/v1/email/preview', {
          kind: 'invoice',
          language: 'nl',
          subject: 'x',
          body: 'y',
        })
      ).statusCode,
    ).toBe(404);
    const document = await invoice(client);
    const preview = (
      await client.post('/api/v1/email/preview', {
        kind: 'invoice',
        language: 'nl',
        subject: 'Factuur %number% <b>',
        body: 'Goeiedag %customer_name%,\n<b>niet gesloten <script>alert(1)</script> %customer_name',
      })
    ).json<EmailPreview>();
    expect(preview.documentId).toBe(document.id);
    expect(preview.subject).toBe(`Factuur ${document.numberFormatted} <b>`);
    expect(preview.text).toContain('Goeiedag Bouwbedrijf Peeters BV,');
    expect(preview.html).not.toContain('<script>');
    expect(preview.html).toContain('&lt;script&gt;');
    expect(preview.html).toContain('data:image/png;base64,');

    const reset = await client.delete('/api/v1/email/templates/invoice/nl');
    expect(reset.json<EmailTemplate>()).toMatchObject({
      isDefault: true,
      subject: 'Factuur %number% – %company_name%',
    });
  });

  it('keeps PDF attachments per language and refuses other files', async () => {
    const client = await company();
    const upload = (file: Buffer, name = 'terms.pdf', language = 'nl') =>
      client.request({
        method: 'POST',
        url: `/api/v1/email/attachments?language=${language}`,
        ...multipartFile('file', name, 'application/pdf', file),
      });
    expect((await upload(TINY_PNG, 'fake.pdf')).statusCode).toBe(400);
    const big = Buffer.concat([TERMS_PDF, Buffer.alloc(5 * 1024 * 1024)]);
    expect((await upload(big)).statusCode).toBe(400);
    const saved = await upload(TERMS_PDF, '../../Algemene voorwaarden.pdf');
    expect(saved.statusCode).toBe(201);
    const settings = saved.json<EmailSettings>();
    expect(settings.attachments).toEqual([
      expect.objectContaining({
        language: 'nl',
        filename: 'Algemene voorwaarden.pdf',
        size: TERMS_PDF.length,
      }),
    ]);
    const id = settings.attachments[0]?.id ?? '';
    const download = await client.get(`/api/v1/email/attachments/${id}`);
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      (await client.delete(`/api/v1/email/attachments/${id}`)).json<EmailSettings>().attachments,
    ).toEqual([]);
  });
});

describe('sending a document', () => {
  it('sends through the SMTP server: recipients, tags filled, HTML, PDF, valid UBL, terms, logo; once', async () => {
    const client = await company();
    await useSmtp(client);
    await client.request({
      method: 'POST',
      url: '/api/v1/email/attachments?language=nl',
      ...multipartFile('file', 'Algemene voorwaarden.pdf', 'application/pdf', TERMS_PDF),
    });
    const document = await invoice(client);
    const draft = (await client.get(`/api/v1/invoices/${document.id}/email`)).json<EmailDraft>();
    expect(draft).toMatchObject({
      to: ['boekhouding@peeters.be'],
      bcc: ['archive@dupont.be'],
      language: 'nl',
      canAttachUbl: true,
      transport: 'smtp',
    });
    expect(draft.subject).toContain('%number%');

    const before = smtp.messages.length;
    const queued = await send(client, document.id, {
      cc: ['zaakvoerder@peeters.be'],
      bcc: ['archive@dupont.be'],
      attachUbl: true,
    });
    expect(queued.statusCode, queued.body).toBe(202);
    expect(queued.json<EmailMessage>()).toMatchObject({ status: 'queued', transport: null });
    expect(await t.jobs.drain(JOB)).toBe(1);
    await smtp.waitFor(before + 1);
    const mail = smtp.messages[before];
    if (!mail) throw new Error('no mail');

    expect([...mail.envelope.to].sort()).toEqual(
      ['archive@dupont.be', 'boekhouding@peeters.be', 'zaakvoerder@peeters.be'].sort(),
    );
    expect(mail.parsed.subject).toBe(
      `Factuur ${document.numberFormatted} – Électricité Dupont SRL`,
    );
    expect(mail.parsed.from?.value[0]).toMatchObject({
      address: 'facturen@dupont.be',
      name: 'Électricité Dupont',
    });
    expect(mail.parsed.headers.get('bcc')).toBeUndefined();
    expect(mail.parsed.messageId).toBe(`<${queued.json<EmailMessage>().id}@dupont.be>`);
    const text = mail.parsed.text ?? '';
    expect(text).toContain('Beste Jan Peeters,');
    // 1,000.00 + 21 % VAT on the base less the 2 % settlement discount (DOMAIN §4.4).
    expect(text).toContain('Te betalen: 1.205,80 € tegen 02/04/2026.');
    expect(text).toContain(`Mededeling: ${document.structuredCommunication}`);
    expect(text).not.toMatch(/%\w+%/);
    expect(mail.parsed.html).toContain('Beste Jan Peeters,');
    // mailparser swaps a `cid:` image for its inline attachment: the logo is linked by CID.
    expect(mail.parsed.html).toContain('<img src="data:image/png;base64,');

    const files = mail.parsed.attachments;
    const pdf = files.find(
      (file) => file.contentType === 'application/pdf' && file.filename?.startsWith('F'),
    );
    expect(pdf?.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      files.find((file) => file.filename === 'Algemene voorwaarden.pdf')?.content.equals(TERMS_PDF),
    ).toBe(true);
    expect(
      files.find((file) => file.contentId === '<logo@facto>' || file.cid === 'logo@facto'),
    ).toBeTruthy();
    const ubl = files.find((file) => file.filename?.endsWith('.xml'));
    expect(ubl).toBeTruthy();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facto-email-ubl-'));
    const xml = path.join(dir, 'invoice.xml');
    fs.writeFileSync(xml, ubl?.content ?? '');
    const result = await run(validator, ['--json', xml], { maxBuffer: 20 * 1024 * 1024 }).catch(
      (error: { stdout: string }) => error,
    );
    const [report] = JSON.parse(result.stdout) as {
      valid: boolean;
      problems: { severity: string }[];
    }[];
    expect(report?.problems.filter((p) => p.severity === 'fatal')).toEqual([]);
    expect(report?.valid).toBe(true);

    const [sent] = await emailsOf(client, document.id);
    expect(sent).toMatchObject({ status: 'sent', transport: 'smtp', attempts: 1, error: null });
    expect(sent?.subject).toBe(mail.parsed.subject);
    expect(sent?.serverResponse).toMatch(/^250 /);
    expect(sent?.attachments.map((a) => a.filename)).toContain('Algemene voorwaarden.pdf');
    expect((await client.get(`/api/v1/invoices/${document.id}`)).json<Document>().status).toBe(
      'sent',
    );

    // Never twice: another drain, and a job that runs again, send nothing more.
    expect(await t.jobs.drain(JOB)).toBe(0);
    const organizationId = (await client.get('/api/v1/me')).json<{ organization: { id: string } }>()
      .organization.id;
    await t.database.db
      .transaction()
      .execute((trx) => t.app.jobs.enqueue(trx, JOB, { organizationId, messageId: sent?.id }));
    expect(await t.jobs.drain(JOB)).toBe(1);
    expect(smtp.messages.length).toBe(before + 1);
  }, 180_000);

  it('finalises and sends a draft in one action, and refuses a draft otherwise', async () => {
    const client = await company();
    await useSmtp(client);
    const draft = await invoice(client, {}, false);
    const refused = await send(client, draft.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ error: { code: string } }>().error.code).toBe('emailNotFinalized');
    const before = smtp.messages.length;
    expect((await send(client, draft.id, {}, '?finalize=true')).statusCode).toBe(202);
    await t.jobs.drain(JOB);
    await smtp.waitFor(before + 1);
    const document = (await client.get(`/api/v1/invoices/${draft.id}`)).json<Document>();
    expect(document.numberFormatted).toBeTruthy();
    expect(document.status).toBe('sent');
    expect(smtp.messages[before]?.parsed.subject).toContain(document.numberFormatted ?? '?');
  });

  it('refuses bad input with 400 and sends nothing at all', async () => {
    const client = await company();
    await useSmtp(client);
    const document = await invoice(client);
    const before = smtp.messages.length;
    const cases: Record<string, unknown>[] = [
      { to: ['boekhouding@peeters.be', 'not-an-address'] },
      { to: ['boekhouding@peeters.be\r\nBcc: victim@example.com'] },
      { to: ['Peeters <boekhouding@peeters.be>'] },
      { to: ['a@peeters.be, victim@example.com'] },
      { to: [] },
      { cc: ['victim@example.com\nX: y'] },
      { subject: 'Factuur\r\nBcc: victim@example.com' },
      { subject: 'Factuur %nummer%' },
      { body: 'Hallo %klant%' },
      { attachUbl: 'yes' },
    ];
    for (const body of cases) {
      const response = await send(client, document.id, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
    const quote = await client.post(`/api/v1/quotes/${document.id}/email`, {
      to: ['a@peeters.be'],
      subject: 'x',
      body: 'y',
    });
    expect(quote.statusCode).toBe(404);
    expect(await emailsOf(client, document.id)).toEqual([]);
    expect(await t.jobs.drain(JOB)).toBe(0);
    expect(smtp.messages.length).toBe(before);
  });

  it('retries while the server is down, fails with a notification, and sends after a retry', async () => {
    const client = await company();
    const outage = await TestSmtpServer.start();
    try {
      await useSmtp(client, outage.port);
      const document = await invoice(client);
      await outage.stop();
      expect((await send(client, document.id)).statusCode).toBe(202);
      await t.jobs.drain(JOB);
      let [message] = await emailsOf(client, document.id);
      expect(message).toMatchObject({ status: 'queued', attempts: 1 });
      expect(message?.error).toMatch(/Connection refused by 127\.0\.0\.1/);
      // The retry waits for its back-off.
      expect(await t.jobs.drain(JOB)).toBe(0);
      for (let attempt = 2; attempt <= 7; attempt += 1) {
        await makeJobsDue(t, JOB);
        expect(await t.jobs.drain(JOB)).toBe(1);
      }
      [message] = await emailsOf(client, document.id);
      expect(message).toMatchObject({ status: 'failed', attempts: 7 });
      const notifications = (await client.get('/api/v1/notifications')).json<NotificationList>();
      expect(notifications.items[0]).toMatchObject({
        type: 'emailFailed',
        params: {
          number: document.numberFormatted,
          recipient: 'boekhouding@peeters.be',
          error: expect.stringMatching(/refused/),
        },
        link: `/invoices/${document.id}`,
      });
      expect((await client.get(`/api/v1/invoices/${document.id}`)).json<Document>().status).toBe(
        'finalized',
      );

      await outage.restart();
      const retried = await client.post(
        `/api/v1/invoices/${document.id}/emails/${message?.id}/retry`,
      );
      expect(retried.statusCode).toBe(202);
      await t.jobs.drain(JOB);
      await outage.waitFor(1);
      [message] = await emailsOf(client, document.id);
      expect(message).toMatchObject({ status: 'sent', attempts: 8, error: null });
      expect(
        (await client.post(`/api/v1/invoices/${document.id}/emails/${message?.id}/retry`))
          .statusCode,
      ).toBe(409);
      await makeJobsDue(t, JOB);
      await t.jobs.drain(JOB);
      expect(outage.messages).toHaveLength(1);
    } finally {
      await outage.stop();
    }
  });

  it('gives up on a server that hangs, and fails at once on one that answers garbage', async () => {
    const client = await company();
    const hanging = await silentServer();
    const garbage = await garbageServer();
    try {
      await useSmtp(client, hanging.port);
      const first = await invoice(client);
      await send(client, first.id);
      await t.jobs.drain(JOB);
      const [waiting] = await emailsOf(client, first.id);
      expect(waiting?.status).toBe('queued');
      expect(waiting?.error).toMatch(/No answer from 127\.0\.0\.1:\d+ within/);

      await useSmtp(client, garbage.port);
      const second = await invoice(client);
      await send(client, second.id);
      await t.jobs.drain(JOB);
      const [failed] = await emailsOf(client, second.id);
      expect(failed?.status).toBe('failed');
      expect(failed?.error).toMatch(/does not answer as an SMTP server|refused the message/);
      expect(smtp.messages.every((m) => m.parsed.subject !== failed?.subject)).toBe(true);
    } finally {
      await hanging.close();
      await garbage.close();
    }
  });

  it('marks a message refused by the server failed at once (permanent 5xx)', async () => {
    const client = await company();
    await useSmtp(client);
    const document = await invoice(client);
    smtp.refuse = /^nobody@/;
    try {
      await send(client, document.id, { to: ['nobody@peeters.be'] });
      await t.jobs.drain(JOB);
      const [message] = await emailsOf(client, document.id);
      expect(message?.status).toBe('failed');
      expect(message?.error).toMatch(/550/);
    } finally {
      smtp.refuse = null;
    }
  });
});

describe('built-in mailbox', () => {
  it('keeps what would have been sent, with its HTML and attachments, without any SMTP', async () => {
    const client = await company();
    const document = await invoice(client);
    expect((await send(client, document.id)).statusCode).toBe(202);
    await t.jobs.drain(JOB);
    const page = (await client.get('/api/v1/mailbox')).json<MailboxPage>();
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      status: 'sent',
      transport: 'mailbox',
      to: ['boekhouding@peeters.be'],
    });
    const message = (
      await client.get(`/api/v1/mailbox/${page.items[0]?.id}`)
    ).json<MailboxMessage>();
    expect(message.text).toContain('Beste Jan Peeters');
    expect(message.html).toContain('data:image/png;base64,');
    expect(message.replyTo).toBe('info@dupont.be');
    expect(message.attachments[0]?.contentType).toBe('application/pdf');
    const pdf = await client.get(`/api/v1/mailbox/${message.id}/attachments/0`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await client.get(`/api/v1/invoices/${document.id}`)).json<Document>().status).toBe(
      'sent',
    );

    // A test message lands there too; other organizations see none of it.
    await client.post('/api/v1/email/settings/test', { to: 'me@dupont.be' });
    expect((await client.get('/api/v1/mailbox')).json<MailboxPage>().total).toBe(2);
    const other = await company();
    expect((await other.get('/api/v1/mailbox')).json<MailboxPage>().total).toBe(0);
    expect((await other.get(`/api/v1/mailbox/${message.id}`)).statusCode).toBe(404);
  });
});

describe('Facto’s general sender', () => {
  it('sends from the installation’s address in the company’s name, replies going to the company', async () => {
    const general = await createTestApp({
      smtpUrl: `smtp://127.0.0.1:${smtp.port}?tls=none`,
      mailFrom: 'Facto <no-reply@facto.example.be>',
    });
    try {
      const { client } = await signedUpClient(general.app);
      const organization = (await client.get('/api/v1/organization')).json<
        Record<string, unknown>
      >();
      await client.put('/api/v1/organization', {
        ...organization,
        id: undefined,
        logoUrl: undefined,
        updatedAt: undefined,
        email: 'info@dupont.be',
      });
      const settings = (await client.get('/api/v1/email/settings')).json<EmailSettings>();
      expect(settings).toMatchObject({ generalSenderAvailable: true, transport: 'general' });
      const customer = (
        await client.post('/api/v1/customers', {
          kind: 'person',
          name: 'Marc Lambert',
          language: 'fr',
          email: 'marc@lambert.be',
          address: {
            street: null,
            number: null,
            box: null,
            postalCode: null,
            city: null,
            country: 'BE',
          },
        })
      ).json<Customer>();
      const quote = (
        await client.post('/api/v1/quotes', {
          customerId: customer.id,
          issueDate: '2026-03-02',
          lines: [
            {
              kind: 'item',
              description: 'Borne de recharge',
              quantity: '1',
              unitPrice: '1500',
              vatRate: '6',
            },
          ],
        })
      ).json<Document>();
      await client.post(`/api/v1/quotes/${quote.id}/finalize`);
      const draft = (await client.get(`/api/v1/quotes/${quote.id}/email`)).json<EmailDraft>();
      expect(draft).toMatchObject({ to: ['marc@lambert.be'], language: 'fr', canAttachUbl: false });
      const before = smtp.messages.length;
      const queued = await client.post(`/api/v1/quotes/${quote.id}/email`, {
        to: draft.to,
        subject: draft.subject,
        body: draft.body,
      });
      expect(queued.statusCode).toBe(202);
      await general.jobs.drain(JOB);
      await smtp.waitFor(before + 1);
      const mail = smtp.messages[before];
      expect(mail?.parsed.from?.value[0]).toEqual({
        address: 'no-reply@facto.example.be',
        name: 'Électricité Dupont SRL',
      });
      expect(mail?.parsed.replyTo?.value[0]?.address).toBe('info@dupont.be');
      expect(mail?.parsed.subject).toMatch(/^Devis O\d{4}-\d+ – Électricité Dupont SRL$/);
      expect(mail?.parsed.text).toContain('d’un montant de 1.590,00 € TVAC');
      // The quote's secure public link (links module), created with the e-mail, as a button.
      expect(mail?.parsed.text).toMatch(/Consulter et signer: https?:\/\/[^/]+\/d\/[\w-]{20,}/);
      expect(mail?.parsed.html).toMatch(
        /<a href="https?:\/\/[^"]+\/d\/[\w-]{20,}"[^>]*>Consulter et signer<\/a>/,
      );
      expect((await client.get(`/api/v1/quotes/${quote.id}`)).json<Document>().status).toBe('sent');
    } finally {
      await general.close();
    }
  });
});
