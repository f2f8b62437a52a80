import { Migrator, sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { Document, Organization, PaymentAccount } from '../../../contract/index.js';
import { migrations } from '../../../../migrations/index.js';
import { openDatabase } from '../../db/database.js';
import {
  createCustomer,
  exampleA,
  finalInvoice,
  setCompany,
} from '../../../../tests/server/pdf-fixtures.js';
import { signedUpClient, useTestApp, type Client } from '../../../../tests/server/test-app.js';

const t = useTestApp();

const accountsOf = async (client: Client) =>
  (await client.get('/api/v1/payment-accounts')).json<PaymentAccount[]>();
const summary = (accounts: PaymentAccount[]) =>
  accounts.map((a) => [a.kind, a.name, a.iban, a.onDocuments, a.isDefault]);
const bankAccountsOf = async (client: Client) =>
  (await client.get('/api/v1/organization')).json<Organization>().bankAccounts;

describe('one list of the company’s accounts', () => {
  it('offers the company settings’ bank accounts for payments, the default first', async () => {
    const { client } = await signedUpClient(t.app, { language: 'fr' });
    await setCompany(client);
    expect(summary(await accountsOf(client))).toEqual([
      ['bank', 'Épargne', 'BE71096123456769', true, false],
      ['bank', 'Courant', 'BE68539007547034', true, true],
      ['cash', 'Caisse', null, false, false],
    ]);
    const customer = await createCustomer(client);
    const invoice = await finalInvoice(client, exampleA(customer.id));
    const current = (await accountsOf(client)).find((a) => a.isDefault) as PaymentAccount;
    const paid = await client.post(`/api/v1/invoices/${invoice.id}/payments`, {
      date: '2026-01-20',
      amount: invoice.totals.totalIncl,
      paymentAccountId: current.id,
    });
    expect(paid.statusCode).toBe(200);
    expect(paid.json<Document>().payments.map((p) => p.paymentAccountName)).toEqual(['Courant']);
    expect((await accountsOf(client)).find((a) => a.id === current.id)?.balance).toBe(
      invoice.totals.totalIncl,
    );
  });

  it('is edited from the payments module too: printed on documents, default, same IBAN refused', async () => {
    const { client } = await signedUpClient(t.app, { language: 'fr' });
    await setCompany(client, {
      bankAccounts: [{ iban: 'BE68539007547034', bic: null, label: 'Courant', isDefault: true }],
    });
    const added = await client.post('/api/v1/payment-accounts', {
      kind: 'bank',
      name: 'Épargne',
      iban: 'be71 0961 2345 6769',
      onDocuments: true,
      isDefault: true,
    });
    expect(added.statusCode).toBe(201);
    expect(added.json<PaymentAccount>()).toMatchObject({
      iban: 'BE71096123456769',
      onDocuments: true,
      isDefault: true,
      used: false,
      balance: '0.00',
    });
    expect((await bankAccountsOf(client)).map((a) => [a.iban, a.label, a.isDefault])).toEqual([
      ['BE68539007547034', 'Courant', false],
      ['BE71096123456769', 'Épargne', true],
    ]);

    const messages: Record<string, string> = {};
    for (const language of ['fr', 'nl', 'en']) {
      const twice = await client.post(
        '/api/v1/payment-accounts',
        { kind: 'bank', name: 'Encore', iban: 'BE68 5390 0754 7034' },
        { 'accept-language': language },
      );
      expect(twice.statusCode).toBe(400);
      messages[language] = twice.json().error.fields.iban;
    }
    expect(messages).toEqual({
      fr: 'Un autre compte de l’entreprise a déjà cet IBAN.',
      nl: 'Een andere rekening van het bedrijf heeft dit IBAN al.',
      en: 'Another account of the company already has this IBAN.',
    });
    const invalid = await client.post('/api/v1/payment-accounts', {
      kind: 'bank',
      name: 'Faux',
      iban: 'BE00539007547034',
    });
    expect(invalid.statusCode).toBe(400);
    expect(Object.keys(invalid.json().error.fields)).toEqual(['iban']);
    expect((await accountsOf(client)).length).toBe(3);
  });

  it('keeps one account per IBAN when the company settings list one made in payments', async () => {
    const { client } = await signedUpClient(t.app, { language: 'nl' });
    const made = (
      await client.post('/api/v1/payment-accounts', {
        kind: 'bank',
        name: 'Zichtrekening',
        iban: 'BE68539007547034',
      })
    ).json<PaymentAccount>();
    expect(made.onDocuments).toBe(false);
    expect(await bankAccountsOf(client)).toEqual([]);
    await setCompany(client, {
      bankAccounts: [{ iban: 'BE68539007547034', bic: 'GEBABEBB', label: null, isDefault: true }],
    });
    const accounts = await accountsOf(client);
    expect(summary(accounts)).toEqual([
      ['bank', 'BE68539007547034', 'BE68539007547034', true, true],
      ['cash', 'Kas', null, false, false],
    ]);
    expect(accounts[0]?.id).toBe(made.id);
  });

  it('refuses to delete an account with payments (translated), and keeps it when taken off documents', async () => {
    const { client } = await signedUpClient(t.app, { language: 'fr' });
    await setCompany(client);
    const customer = await createCustomer(client);
    const invoice = await finalInvoice(client, exampleA(customer.id));
    const savings = (await accountsOf(client)).find((a) => a.name === 'Épargne') as PaymentAccount;
    await client.post(`/api/v1/invoices/${invoice.id}/payments`, {
      date: '2026-01-20',
      amount: '10',
      paymentAccountId: savings.id,
    });
    const messages: Record<string, string> = {};
    for (const language of ['fr', 'nl', 'en']) {
      const refused = await client.request({
        method: 'DELETE',
        url: `/api/v1/payment-accounts/${savings.id}`,
        headers: { 'accept-language': language },
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('accountInUse');
      messages[language] = refused.json().error.message;
    }
    expect(new Set(Object.values(messages)).size).toBe(3);
    expect(messages.nl).toBe(
      'Op deze rekening zijn betalingen geboekt: u kunt ze niet verwijderen. Deactiveer ze in de plaats.',
    );

    // Company settings drop both accounts: the one with payments stays, off documents.
    await setCompany(client, { bankAccounts: [] });
    expect(summary(await accountsOf(client))).toEqual([
      ['bank', 'Épargne', 'BE71096123456769', false, false],
      ['cash', 'Caisse', null, false, false],
    ]);
    const payments = (await client.get(`/api/v1/invoices/${invoice.id}`)).json<Document>().payments;
    expect(payments.map((p) => [p.paymentAccountId, p.amount])).toEqual([[savings.id, '10.00']]);

    const cash = (await accountsOf(client)).find((a) => a.kind === 'cash') as PaymentAccount;
    const deleted = await client.request({
      method: 'DELETE',
      url: `/api/v1/payment-accounts/${cash.id}`,
    });
    expect(deleted.statusCode).toBe(204);
    expect((await accountsOf(client)).map((a) => a.name)).toEqual(['Épargne']);
  });
});

describe('migration 0015: the two lists merged on IBAN', () => {
  it('makes company bank accounts accounts, merges same IBANs, and keeps every payment', async () => {
    const url = process.env.TEST_DATABASE_URL;
    const name = `facto_mig_${process.pid}_${Date.now()}`;
    const admin = url ? new pg.Client({ connectionString: url }) : null;
    if (admin) {
      await admin.connect();
      await admin.query(`create database ${name}`);
    }
    const target = url ? new URL(url) : null;
    if (target) target.pathname = `/${name}`;
    const handle = await openDatabase(
      target ? { url: target.toString(), poolSize: 2 } : { pgliteDir: 'memory://' },
    );
    try {
      const db = handle.db;
      const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
      expect((await migrator.migrateTo('0012_team')).error).toBeUndefined();
      const org = '01900000-0000-7000-8000-000000000001';
      const id = (n: number) => `01900000-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`;
      // The schema as of 0012, written in SQL (the generated types describe the latest one).
      for (const statement of [
        sql`insert into organizations (id, legal_name, country, default_language, created_at, updated_at)
          values (${org}, 'Dupont', 'BE', 'fr', now(), now())`,
        // Company settings: two accounts, the second the default.
        sql`insert into bank_accounts (organization_id, id, iban, bic, label, is_default, position, created_at) values
          (${org}, ${id(1)}, 'BE71096123456769', null, 'Épargne', false, 0, now()),
          (${org}, ${id(2)}, 'BE68539007547034', 'GEBABEBB', null, true, 1, now())`,
        // Payments module: the cash book, the same IBAN twice (once spaced), one of its own.
        sql`insert into payment_accounts (organization_id, id, kind, name, iban, created_at) values
          (${org}, ${id(10)}, 'cash', 'Cash', null, '2026-01-01'),
          (${org}, ${id(11)}, 'bank', 'Compte courant', 'BE68539007547034', '2026-01-01'),
          (${org}, ${id(12)}, 'bank', 'Doublon', 'BE68 5390 0754 7034', '2026-02-01'),
          (${org}, ${id(13)}, 'bank', 'Autre', 'BE62510007547061', '2026-01-01')`,
        sql`insert into journals (organization_id, id, document_type, name, format, is_default, created_at)
          values (${org}, ${id(40)}, 'invoice', 'Factures', 'F%Y-(4)', true, now())`,
        sql`insert into contacts (organization_id, id, number, kind, is_customer, is_supplier, is_prospect,
            name, country, language, currency, vat_regime, created_at, updated_at)
          values (${org}, ${id(45)}, 1, 'company', true, false, false, 'Client', 'BE', 'fr', 'EUR', 'normal', now(), now())`,
        sql`insert into documents (organization_id, id, document_type, journal_id, status, issue_date,
            contact_id, customer, currency, language, price_mode, vat_regime, total_excl, total_vat,
            total_incl, created_at, updated_at)
          values (${org}, ${id(50)}, 'invoice', ${id(40)}, 'finalized', '2026-01-15', ${id(45)}, '{}',
            'EUR', 'fr', 'excl', 'normal', 100, 21, 121, now(), now())`,
        sql`insert into payments (organization_id, id, document_id, payment_account_id, payment_date, amount, created_at) values
          (${org}, ${id(60)}, ${id(50)}, ${id(12)}, '2026-01-20', 10, now()),
          (${org}, ${id(61)}, ${id(50)}, ${id(11)}, '2026-01-21', 5, now())`,
      ])
        await statement.execute(db);

      expect((await migrator.migrateTo('0015_company_accounts')).error).toBeUndefined();
      const accounts = await db
        .selectFrom('payment_accounts')
        .select(['id', 'kind', 'name', 'iban', 'bic', 'on_documents', 'is_default', 'position'])
        .where('organization_id', '=', org)
        .orderBy('position')
        .execute();
      expect(
        accounts.map((a) => [
          a.id,
          a.name,
          a.iban,
          a.bic,
          a.on_documents,
          a.is_default,
          a.position,
        ]),
      ).toEqual([
        [id(1), 'Épargne', 'BE71096123456769', null, true, false, 0],
        [id(11), 'Compte courant', 'BE68539007547034', 'GEBABEBB', true, true, 1],
        [id(13), 'Autre', 'BE62510007547061', null, false, false, 2],
        [id(10), 'Caisse', null, null, false, false, 3],
      ]);
      const payments = await db
        .selectFrom('payments')
        .select(['id', 'payment_account_id'])
        .where('organization_id', '=', org)
        .orderBy('id')
        .execute();
      expect(payments).toEqual([
        { id: id(60), payment_account_id: id(11) },
        { id: id(61), payment_account_id: id(11) },
      ]);
    } finally {
      await handle.close();
      if (admin) {
        await admin.query(`drop database if exists ${name}`);
        await admin.end();
      }
    }
  });
});
