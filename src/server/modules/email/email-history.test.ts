import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer, Document, EmailDraft, EmailMessage } from '../../../contract/index.js';
import { setCompany } from '../../../../tests/server/pdf-fixtures.js';
import {
  createTestApp,
  signedUpClient,
  type Client,
  type TestApp,
} from '../../../../tests/server/test-app.js';

// What a document's e-mails show: no "(BIC )" for a company without a BIC, and the subject as it
// will go out while the message waits (never `%number%`).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'http://localhost:3000' });
});
afterAll(() => t.close());

async function ok<T>(response: Promise<{ statusCode: number; body: string; json: <U>() => U }>) {
  const answer = await response;
  expect(answer.statusCode, answer.body).toBeLessThan(300);
  return answer.json<T>();
}

/** A French invoice of a company whose only bank account has no BIC (built-in mailbox). */
async function invoice(): Promise<{ client: Client; document: Document }> {
  const { client } = await signedUpClient(t.app);
  await setCompany(client, {
    legalName: 'Électricité Dupont SRL',
    bankAccounts: [{ iban: 'BE68539007547034', bic: null, label: 'Courant', isDefault: true }],
  });
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
  return { client, document };
}

describe("a document's e-mails", () => {
  it('show the subject as it will go out while pending, and no "(BIC )" without a BIC', async () => {
    const { client, document } = await invoice();
    const draft = await ok<EmailDraft>(client.get(`/api/v1/invoices/${document.id}/email`));
    expect(draft.subject).toBe('Facture %number% – %company_name%');
    expect(draft.body).toContain('Compte : %iban% (BIC %bic%)');
    await ok<EmailMessage>(
      client.post(`/api/v1/invoices/${document.id}/email`, {
        to: draft.to,
        subject: draft.subject,
        body: draft.body,
      }),
    );

    const pending = await ok<EmailMessage[]>(client.get(`/api/v1/invoices/${document.id}/emails`));
    expect(pending.map((m) => [m.status, m.subject])).toEqual([
      ['queued', `Facture ${document.numberFormatted} – Électricité Dupont SRL`],
    ]);

    expect(await t.jobs.drain('email.send')).toBe(1);
    const sent = await ok<EmailMessage[]>(client.get(`/api/v1/invoices/${document.id}/emails`));
    expect(sent.map((m) => [m.status, m.transport, m.subject])).toEqual([
      ['sent', 'mailbox', `Facture ${document.numberFormatted} – Électricité Dupont SRL`],
    ]);
    const { rows } = await sql<{ body: string; body_html: string }>`
      select body, body_html from email_messages where document_id = ${document.id}`.execute(
      t.database.db,
    );
    const body = rows[0]?.body ?? '';
    expect(body).toContain('Compte : BE68 5390 0754 7034\n');
    expect(body).not.toContain('BIC');
    expect(rows[0]?.body_html).not.toContain('BIC');
  });
});
