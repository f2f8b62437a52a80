import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer, Document, EmailMessage } from '../../../contract/index.js';
import { setCompany } from '../../../../tests/server/pdf-fixtures.js';
import {
  createTestApp,
  signedUpClient,
  type Client,
  type TestApp,
} from '../../../../tests/server/test-app.js';
import { TestSmtpServer } from '../../../../tests/server/test-smtp.js';
import { LEASE_MS } from './email.jobs.js';

// A process killed while an e-mail is being sent leaves the message "sending" and its pg-boss
// job "active". After the restart the message leaves again by itself, within a minute, with the
// Message-ID chosen before the first attempt (at-least-once, docs/email-delivery.md).

let t: TestApp;
let smtp: TestSmtpServer;
beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'http://localhost:3000' });
  smtp = await TestSmtpServer.start();
});
afterAll(async () => {
  await smtp.stop();
  await t.close();
});

async function ok<T>(response: Promise<{ statusCode: number; body: string; json: <U>() => U }>) {
  const answer = await response;
  expect(answer.statusCode, answer.body).toBeLessThan(300);
  return answer.json<T>();
}

async function queuedInvoiceEmail(): Promise<{ client: Client; document: Document }> {
  const { client } = await signedUpClient(t.app);
  await setCompany(client, { legalName: 'Électricité Dupont SRL' });
  await ok(
    client.put('/api/v1/email/settings', {
      sending: 'smtp',
      smtp: {
        host: '127.0.0.1',
        port: smtp.port,
        security: 'none',
        fromAddress: 'facturen@dupont.be',
        fromName: null,
      },
    }),
  );
  const customer = await ok<Customer>(
    client.post('/api/v1/customers', {
      kind: 'person',
      name: 'Jean Dubois',
      language: 'fr',
      email: 'jean.dubois@example.be',
      address: {
        street: 'Rue Neuve',
        number: '3',
        box: null,
        postalCode: '1000',
        city: 'Bruxelles',
        country: 'BE',
      },
    }),
  );
  const draft = await ok<Document>(
    client.post('/api/v1/invoices', {
      customerId: customer.id,
      issueDate: '2026-03-02',
      lines: [
        { kind: 'item', description: 'Réparation', quantity: '1', unitPrice: '100', vatRate: '21' },
      ],
    }),
  );
  const document = await ok<Document>(client.post(`/api/v1/invoices/${draft.id}/finalize`));
  await ok<EmailMessage>(
    client.post(`/api/v1/invoices/${document.id}/email`, {
      to: ['jean.dubois@example.be'],
      subject: 'Facture %number%',
      body: 'Bonjour,\n\nVoici la facture %number%.',
    }),
  );
  return { client, document };
}

const jobTable = () => sql.id(t.config.jobsSchema, 'job');

describe('an e-mail interrupted by a killed process', () => {
  it('leaves again after the restart, once, with the same Message-ID', async () => {
    const { client, document } = await queuedInvoiceEmail();
    const [queued] = await ok<EmailMessage[]>(client.get(`/api/v1/invoices/${document.id}/emails`));
    const id = queued?.id ?? '';
    const messageId = `<${id}@dupont.be>`;

    // What `kill -9` during the SMTP conversation leaves: the job active, the message claimed
    // ("sending", one attempt, its Message-ID stored before the transaction), no heartbeat since.
    const killedAt = t.clock.now();
    await sql`update ${jobTable()} set state = 'active', started_on = now()
      where name = 'email.send' and data->>'messageId' = ${id}`.execute(t.database.db);
    await sql`update email_messages set status = 'sending', claimed_at = ${killedAt},
      attempts = 1, server_message_id = ${messageId} where id = ${id}`.execute(t.database.db);

    // Restarted at once: the claim is still fresh (the dead worker might be alive), nothing yet.
    await t.jobs.tick();
    expect(await t.jobs.drain('email.send')).toBe(0);

    // The lease runs out (no heartbeat): the next look, every 15 s, takes the message over.
    t.clock.advance(LEASE_MS + 1_000);
    const before = smtp.messages.length;
    await t.jobs.tick();
    expect(await t.jobs.drain('email.send')).toBe(1);
    await smtp.waitFor(before + 1);
    const mail = smtp.messages[before];
    expect(mail?.parsed.messageId).toBe(messageId);
    expect(mail?.parsed.subject).toBe(`Facture ${document.numberFormatted}`);
    expect(mail?.envelope.to).toEqual(['jean.dubois@example.be']);

    const [sent] = await ok<EmailMessage[]>(client.get(`/api/v1/invoices/${document.id}/emails`));
    expect(sent).toMatchObject({
      status: 'sent',
      attempts: 2,
      serverMessageId: messageId,
      error: null,
    });

    // The dead process's job comes back when pg-boss expires it: the message is sent already.
    await sql`update ${jobTable()} set state = 'created', start_after = now() - interval '1 second'
      where name = 'email.send' and state = 'active'`.execute(t.database.db);
    await t.jobs.tick();
    expect(await t.jobs.drain('email.send')).toBe(1);
    expect(smtp.messages.length).toBe(before + 1);
  });

  it('chooses and stores the Message-ID before the first SMTP transaction', async () => {
    const { client, document } = await queuedInvoiceEmail();
    const before = smtp.messages.length;
    expect(await t.jobs.drain('email.send')).toBe(1);
    await smtp.waitFor(before + 1);
    const [sent] = await ok<EmailMessage[]>(client.get(`/api/v1/invoices/${document.id}/emails`));
    expect(sent?.serverMessageId).toBe(`<${sent?.id ?? ''}@dupont.be>`);
    expect(smtp.messages[before]?.parsed.messageId).toBe(sent?.serverMessageId);
  });
});
