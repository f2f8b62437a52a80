import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT } from '../../contract/index.js';
import fs from 'node:fs';
import path from 'node:path';
import {
  Client,
  createTestApp,
  multipartFile,
  signedUpClient,
  TINY_PNG,
  type TestApp,
} from '../../../tests/server/test-app.js';
import { withTenant } from './tenant.js';

let t: TestApp;
beforeAll(async () => {
  // The local SMS transport, so sms_outbox gets rows too.
  t = await createTestApp({ sms: 'outbox' });
});
afterAll(() => t.close());

/**
 * Every tenant table (organizations first, then by name) and the rows one tenant of the test
 * below sees in it: a new table must be added here and given rows by that test.
 */
const ROWS_OF_ONE_TENANT: Record<string, number> = {
  organizations: 1,
  audit_log: 27,
  contact_addresses: 1,
  contact_persons: 1,
  contacts: 2,
  counters: 4,
  document_layouts: 1,
  document_lines: 3,
  document_links: 1,
  document_signatures: 1,
  documents: 3,
  email_attachments: 1,
  email_messages: 2,
  email_settings: 1,
  email_templates: 1,
  idempotency_keys: 1,
  inbox_documents: 1,
  invitations: 1,
  journals: 3,
  link_settings: 1,
  memberships: 2,
  notifications: 5,
  payment_accounts: 2,
  payments: 1,
  peppol_settings: 1,
  peppol_transmissions: 1,
  product_groups: 1,
  products: 1,
  purchase_invoices: 1,
  reference_rates: 8,
  reminder_settings: 1,
  reminder_steps: 3,
  reminders: 1,
  sms_outbox: 1,
  subscription_runs: 1,
  subscriptions: 1,
};

/** Platform tables that point at an organization but are never read in a tenant context. */
const PLATFORM_TABLES = ['sessions'];

/** Every table with an organization_id column, found in the schema: new tables are covered. */
async function tenantTables(): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`
    select table_name from information_schema.columns
    where table_schema = 'public' and column_name = 'organization_id' order by table_name`.execute(
    t.database.db,
  );
  return [
    'organizations',
    ...rows.map((row) => row.table_name).filter((name) => !PLATFORM_TABLES.includes(name)),
  ];
}

/** Row-level security is the second wall: even a query that forgets its WHERE sees one tenant. */
describe('row-level security', () => {
  it('has row-level security enabled on every tenant table', async () => {
    const tables = await tenantTables();
    expect(tables).toEqual(Object.keys(ROWS_OF_ONE_TENANT));
    const { rows } = await sql<{ relname: string; relrowsecurity: boolean }>`
      select relname, relrowsecurity from pg_class where relname in (${sql.join(tables)})`.execute(
      t.database.db,
    );
    expect(rows.filter((row) => !row.relrowsecurity).map((row) => row.relname)).toEqual([]);
  });

  it('shows a tenant only its own rows in every tenant table, with no WHERE clause at all', async () => {
    const a = await signedUpClient(t.app, { companyName: 'Tenant A' });
    const b = await signedUpClient(t.app, { companyName: 'Tenant B' });
    const account = { iban: 'BE68539007547034', bic: null, label: null, isDefault: true };
    for (const { client, me } of [a, b]) {
      const organization = (await client.get('/api/v1/organization')).json();
      await client.put('/api/v1/organization', {
        ...organization,
        legalName: me.organization.name,
        bankAccounts: [account],
        id: undefined,
        logoUrl: undefined,
        updatedAt: undefined,
      });
    }
    for (const { client } of [a, b]) {
      const group = (await client.post('/api/v1/product-groups', { name: 'G' })).json();
      await client.post('/api/v1/products', {
        code: 'P',
        name: { fr: 'P', nl: null, en: null, de: null },
        description: { fr: null, nl: null, en: null, de: null },
        groupId: group.id,
        price: '1',
        vatRate: '21',
      });
      const customer = await client.post('/api/v1/customers', {
        kind: 'company',
        name: 'C',
        language: 'fr',
        address: {
          street: null,
          number: null,
          box: null,
          postalCode: null,
          city: null,
          country: 'BE',
        },
        contactPersons: [{ name: 'X', role: null, email: null, phone: null }],
        deliveryAddresses: [
          {
            label: null,
            street: null,
            number: null,
            box: null,
            postalCode: null,
            city: null,
            country: 'BE',
          },
        ],
      });
      const invoice = await client.post(
        '/api/v1/invoices',
        {
          customerId: customer.json().id,
          issueDate: '2026-01-15',
          lines: [
            { kind: 'item', description: 'Work', quantity: '1', unitPrice: '10', vatRate: '21' },
          ],
        },
        { 'idempotency-key': `tenant-test-${Date.now()}-${Math.random()}` },
      );
      await client.post(`/api/v1/invoices/${invoice.json().id}/finalize`);
      const [account] = (await client.get('/api/v1/payment-accounts')).json();
      await client.post(`/api/v1/invoices/${invoice.json().id}/payments`, {
        date: '2026-01-20',
        amount: '5',
        paymentAccountId: account.id,
      });
      // A reminder of the still partly open invoice (reminder settings, steps and rates exist
      // from the sign-up).
      const reminder = await client.post(`/api/v1/invoices/${invoice.json().id}/reminders`, {
        channel: 'post',
      });
      expect(reminder.statusCode).toBe(201);
      // E-mail: settings, a changed text, an automatic attachment, and the invoice sent by
      // e-mail (a queued message).
      await client.put('/api/v1/email/settings', {
        sending: 'general',
        defaultBcc: ['a@example.be'],
      });
      await client.put('/api/v1/email/templates/invoice/fr', {
        subject: 'Facture %number%',
        body: 'Bonjour',
      });
      const terms = await client.request({
        method: 'POST',
        url: '/api/v1/email/attachments?language=fr',
        ...multipartFile('file', 'cgv.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n%%EOF\n')),
      });
      expect(terms.statusCode).toBe(201);
      const emailed = await client.post(`/api/v1/invoices/${invoice.json().id}/email`, {
        to: ['customer@example.be'],
        subject: 'Facture %number%',
        body: 'Bonjour',
      });
      expect(emailed.statusCode).toBe(202);
      await client.put('/api/v1/layout', { ...DEFAULT_LAYOUT, color: '#123456' });
      // Team: an invited user (invitations).
      const invited = await client.post('/api/v1/team/users', {
        email: `invited-${crypto.randomUUID()}@example.be`,
        firstName: 'Invited',
        lastName: 'User',
        role: 'employee',
        modules: ['quotes'],
      });
      expect(invited.statusCode).toBe(201);
      // A mobile number check writes to the organization's SMS outbox.
      await client.post('/api/v1/me/phone', { phone: '+32470123456' });
      // PEPPOL: settings, a received document accepted as a purchase invoice (and the
      // notification it raises), and a transmission of the invoice.
      await client.put('/api/v1/peppol/settings', {
        environment: 'test',
        baseUrl: 'http://127.0.0.1:9',
        apiKey: 'k',
        apiSecret: 's',
      });
      const ubl = fs
        .readFileSync(
          path.resolve(
            import.meta.dirname,
            '../../../../shared/fixtures/peppol/openpeppol_base-example.xml',
          ),
          'utf8',
        )
        .replace(
          '<cbc:EndpointID schemeID="0002">FR23342</cbc:EndpointID>',
          '<cbc:EndpointID schemeID="0208">0566988259</cbc:EndpointID>',
        );
      const received = await client.request({
        method: 'POST',
        url: '/api/v1/inbox',
        ...multipartFile('file', 'in.xml', 'application/xml', Buffer.from(ubl)),
      });
      await client.post(`/api/v1/inbox/${received.json().id}/accept`);
      // A subscription and the invoice it made for its first period (subscription_runs).
      const subscription = await client.post('/api/v1/subscriptions', {
        customerId: customer.json().id,
        frequency: 'monthly',
        startDate: '2026-01-15',
        lines: [
          {
            kind: 'item',
            description: 'Maintenance',
            quantity: '1',
            unitPrice: '10',
            vatRate: '21',
          },
        ],
      });
      const run = await client.post(`/api/v1/subscriptions/${subscription.json().id}/run-now`);
      expect(run.statusCode).toBe(200);
      // Secure links: the setting, a quote's link, and the customer's signature through it.
      await client.put('/api/v1/settings/links', { requireEmail: true });
      const quote = await client.post('/api/v1/quotes', {
        customerId: customer.json().id,
        issueDate: new Date().toISOString().slice(0, 10),
        lines: [
          { kind: 'item', description: 'Work', quantity: '1', unitPrice: '10', vatRate: '21' },
        ],
      });
      await client.post(`/api/v1/quotes/${quote.json().id}/finalize`);
      const link = await client.post(`/api/v1/quotes/${quote.json().id}/link`, {
        sentTo: ['customer@example.be'],
      });
      const token = String(link.json().url).split('/d/')[1];
      const visitor = new Client(t.app);
      await visitor.post(`/api/public/documents/${token}/unlock`, { email: 'customer@example.be' });
      const signed = await visitor.post(`/api/public/documents/${token}/sign`, {
        name: 'Customer',
        signature: `data:image/png;base64,${TINY_PNG.toString('base64')}`,
      });
      expect(signed.statusCode).toBe(200);
    }
    for (const { me } of [a, b]) {
      const organizationId = me.organization.id;
      await withTenant(t.database.db, organizationId, async (trx) => {
        const invoice = await trx
          .selectFrom('documents')
          .select('id')
          .where('organization_id', '=', organizationId)
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('peppol_transmissions')
          .values({
            organization_id: organizationId,
            id: crypto.randomUUID(),
            document_id: invoice.id,
            status: 'queued',
            recipient_id: '0208:0403170701',
            queued_at: new Date(),
            updated_at: new Date(),
          })
          .execute();
      });
    }
    const seen: Record<string, number> = {};
    const foreign: string[] = [];
    for (const table of await tenantTables()) {
      const column = table === 'organizations' ? 'id' : 'organization_id';
      const rows = await withTenant(t.database.db, a.me.organization.id, (trx) =>
        sql<{ org: string }>`select ${sql.ref(column)} as org from ${sql.table(table)}`.execute(
          trx,
        ),
      );
      seen[table] = rows.rows.length;
      if (rows.rows.some((row) => row.org !== a.me.organization.id)) foreign.push(table);
    }
    expect(foreign).toEqual([]);
    expect(seen).toEqual(ROWS_OF_ONE_TENANT);
  });

  it('refuses to write a row for another organization from inside a tenant', async () => {
    const a = await signedUpClient(t.app);
    const b = await signedUpClient(t.app);
    const attempt = withTenant(t.database.db, a.me.organization.id, (trx) =>
      trx
        .insertInto('payment_accounts')
        .values({
          organization_id: b.me.organization.id,
          id: crypto.randomUUID(),
          kind: 'bank',
          name: 'Courant',
          iban: 'BE71096123456769',
          created_at: new Date(),
        })
        .execute(),
    );
    await expect(attempt).rejects.toThrow(/row-level security/);
    const moved = await withTenant(t.database.db, a.me.organization.id, (trx) =>
      trx
        .updateTable('organizations')
        .set({ legal_name: 'hijacked' })
        .where('id', '=', b.me.organization.id)
        .executeTakeFirst(),
    );
    expect(Number(moved.numUpdatedRows)).toBe(0);
  });

  it('sees nothing outside a tenant context under the tenant role', async () => {
    await signedUpClient(t.app);
    const rows = await t.database.db.transaction().execute(async (trx) => {
      await sql`select set_config('role', 'facto_app', true)`.execute(trx);
      return sql`select * from memberships`.execute(trx);
    });
    expect(rows.rows).toEqual([]);
  });

  it('does not let tenant code read password hashes or sessions', async () => {
    const a = await signedUpClient(t.app);
    await expect(
      withTenant(t.database.db, a.me.organization.id, (trx) =>
        sql`select password_hash from users`.execute(trx),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      withTenant(t.database.db, a.me.organization.id, (trx) =>
        sql`select * from sessions`.execute(trx),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      withTenant(t.database.db, a.me.organization.id, (trx) =>
        sql`select two_factor_secret from users`.execute(trx),
      ),
    ).rejects.toThrow(/permission denied/);
    // Strength and two-factor status are for the users and GDPR pages.
    await withTenant(t.database.db, a.me.organization.id, (trx) =>
      sql`select password_score, two_factor_enabled_at from users`.execute(trx),
    );
  });
});
